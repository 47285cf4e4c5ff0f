import { useTranslations } from "next-intl";
import { LocalizedText } from "@/components/ui/localized-text";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { type LocalizedValues, pickLocalized } from "@/lib/i18n/localized";
import type { TextKey } from "@/lib/projects/rules";

interface Props {
  title: LocalizedValues;
  summary: LocalizedValues;
  locale: Locale;
  /** Texts that another language overtook, e.g. "summary.ru". */
  outdated: TextKey[];
}

function OutdatedMarker({ label }: { label: string }) {
  return (
    <span className="ml-2 inline-flex items-center rounded border border-warn/40 bg-warn-soft px-1.5 align-middle text-xs font-medium text-warn">
      {label}
    </span>
  );
}

function TextIn({
  value,
  lang,
  className,
  missing,
  outdated,
}: {
  value: string | null | undefined;
  lang: Locale;
  className: string;
  missing: string;
  outdated?: string;
}) {
  const text = value?.trim();
  if (!text) return <p className="text-sm italic text-muted">{missing}</p>;
  return (
    <p className={className}>
      <span lang={lang}>{text}</span>
      {outdated ? <OutdatedMarker label={outdated} /> : null}
    </p>
  );
}

/**
 * The summary in the reader's language, and title and summary in the other languages one
 * click away: a native disclosure, rendered on the server and usable without JavaScript.
 */
export function ProjectTexts({ title, summary, locale, outdated }: Props) {
  const t = useTranslations();
  const outdatedLabel = (key: TextKey) =>
    outdated.includes(key) ? t("project.possiblyOutdated") : undefined;
  const others = LOCALES.filter((lang) => lang !== locale);
  const summaryText = pickLocalized(summary, locale);
  const missing = t("content.translationMissing");
  return (
    <div className="max-w-prose space-y-3">
      {summaryText ? (
        <p className="whitespace-pre-line text-ink">
          <LocalizedText value={summaryText} />
          {outdatedLabel(`summary.${summaryText.lang}`) ? (
            <OutdatedMarker label={t("project.possiblyOutdated")} />
          ) : null}
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
              {(
                [
                  ["title", title, "font-medium"],
                  ["summary", summary, "whitespace-pre-line text-sm"],
                ] as const
              ).map(([field, values, className]) => (
                <TextIn
                  key={field}
                  value={values[lang]}
                  lang={lang}
                  className={className}
                  missing={missing}
                  outdated={outdatedLabel(`${field}.${lang}`)}
                />
              ))}
            </div>
          ))}
        </div>
      </details>
    </div>
  );
}
