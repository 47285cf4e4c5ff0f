import { useTranslations } from "next-intl";
import { LocalizedText } from "@/components/ui/localized-text";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { type LocalizedValues, pickLocalized } from "@/lib/i18n/localized";

interface Props {
  title: LocalizedValues;
  summary: LocalizedValues;
  locale: Locale;
}

function TextIn({
  value,
  lang,
  className,
  missing,
}: {
  value: string | null | undefined;
  lang: Locale;
  className: string;
  missing: string;
}) {
  const text = value?.trim();
  if (!text) return <p className="text-sm italic text-muted">{missing}</p>;
  return (
    <p lang={lang} className={className}>
      {text}
    </p>
  );
}

/**
 * The summary in the reader's language, and title and summary in the other languages one
 * click away: a native disclosure, rendered on the server and usable without JavaScript.
 */
export function ProjectTexts({ title, summary, locale }: Props) {
  const t = useTranslations();
  const others = LOCALES.filter((lang) => lang !== locale);
  const summaryText = pickLocalized(summary, locale);
  const missing = t("content.translationMissing");
  return (
    <div className="max-w-prose space-y-3">
      {summaryText ? (
        <p className="whitespace-pre-line text-ink">
          <LocalizedText value={summaryText} />
        </p>
      ) : (
        <p className="italic text-muted">{t("project.noSummary")}</p>
      )}
      <details className="group rounded-md border border-line bg-surface">
        <summary className="cursor-pointer select-none px-3 py-2 text-sm font-medium text-accent-strong">
          {t("project.otherLanguages")}
        </summary>
        <div className="divide-y divide-line border-t border-line">
          {others.map((lang) => (
            <div key={lang} className="space-y-1 px-3 py-3">
              <p className="text-xs font-semibold uppercase tracking-wide text-muted" lang={lang}>
                {t(`languages.${lang}`)}
              </p>
              <TextIn value={title[lang]} lang={lang} className="font-medium" missing={missing} />
              <TextIn
                value={summary[lang]}
                lang={lang}
                className="whitespace-pre-line text-sm"
                missing={missing}
              />
            </div>
          ))}
        </div>
      </details>
    </div>
  );
}
