import { useTranslations } from "next-intl";
import { LocalizedText } from "@/components/ui/localized-text";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { type LocalizedValues, pickLocalized } from "@/lib/i18n/localized";
import type { MeetingRefs } from "@/lib/meetings/types";
import { MinutesEditor } from "./minutes-editor";
import { MeetingSection } from "./section";

/**
 * The minutes in the reader's language (another one, marked, when it is missing), with the
 * other languages a click away. Plain text: line breaks kept, nothing interpreted as markup.
 */
export function MinutesSection({
  minutes,
  editor,
  locale,
}: {
  minutes: LocalizedValues;
  editor: { refs: MeetingRefs; base: string } | null;
  locale: Locale;
}) {
  const t = useTranslations("meetings.minutes");
  const shown = pickLocalized(minutes, locale);
  const others = LOCALES.filter((lang) => lang !== shown?.lang && minutes[lang]?.trim());
  return (
    <MeetingSection id="minutes" title={t("heading")}>
      {shown ? (
        <div className="space-y-3">
          <div className="max-w-prose whitespace-pre-line leading-relaxed [overflow-wrap:anywhere]">
            <LocalizedText value={shown} />
          </div>
          {others.map((lang) => (
            <details key={lang} className="rounded-md border border-line">
              <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-accent-strong">
                {t(`in.${lang}`)}
              </summary>
              <div
                lang={lang}
                className="max-w-prose whitespace-pre-line border-t border-line px-3 py-2 leading-relaxed [overflow-wrap:anywhere]"
              >
                {minutes[lang]}
              </div>
            </details>
          ))}
        </div>
      ) : (
        <p className="text-muted">{t("empty")}</p>
      )}
      {editor ? <MinutesEditor refs={editor.refs} base={editor.base} minutes={minutes} /> : null}
    </MeetingSection>
  );
}
