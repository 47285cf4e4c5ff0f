"use client";

import { useFormatter, useTranslations } from "next-intl";
import { LanguageName } from "@/components/ui/language-options";
import { mayTranslate, type Translator, translationFor } from "@/lib/projects/status-updates/rules";
import type { UpdateEntry } from "@/lib/projects/status-updates/types";
import type { Locale } from "@/lib/vocabulary";
import { formatMoment } from "./format";
import { WrittenText } from "./history-update";
import { TranslateForm } from "./translate-form";

function Texts({
  note,
  nextSteps,
  lang,
}: {
  note: string | null;
  nextSteps: string | null;
  lang: Locale | null;
}) {
  const t = useTranslations();
  return (
    <>
      {note ? <WrittenText text={note} lang={lang} /> : null}
      {nextSteps ? (
        <WrittenText text={nextSteps} lang={lang} label={t("fields.nextSteps")} />
      ) : null}
    </>
  );
}

/**
 * An update's note and next steps: in the reader's language when translated — marked with who
 * translated it and when, the original one click away — else as written; and the translate form
 * for whoever may translate.
 */
export function UpdateText({
  entry,
  locale,
  translator,
}: {
  entry: UpdateEntry;
  locale: Locale;
  translator?: Translator;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const translation = translationFor(entry, locale);
  const form = mayTranslate(translator, entry) ? (
    <TranslateForm entry={entry} locale={locale} />
  ) : null;
  const original = <Texts note={entry.note} nextSteps={entry.nextSteps} lang={entry.locale} />;
  // The form keeps its place whether or not a translation is shown, so that its answer (and its
  // open disclosure) outlive the page refreshing with the translation just saved.
  return (
    <>
      {translation && entry.locale ? (
        <div className="space-y-2">
          <Texts note={translation.note} nextSteps={translation.nextSteps} lang={locale} />
          <p className="text-xs text-muted">
            {t("project.translate.by", {
              name: translation.translatorName,
              date: formatMoment(format, translation.at),
            })}
            {translation.outdated ? (
              <span className="ml-2 inline-flex items-center rounded border border-warn/40 bg-warn-soft px-1.5 align-middle font-medium text-warn">
                {t("project.possiblyOutdated")}
              </span>
            ) : null}
          </p>
          <details className="rounded-md border border-line">
            <summary className="min-h-8 cursor-pointer px-3 py-1.5 text-sm font-medium text-accent-strong">
              {t("project.translate.showOriginal")}
              <LanguageName
                locale={entry.locale}
                className="ml-2 rounded border border-line px-1 text-xs font-normal text-muted"
              />
            </summary>
            <div className="space-y-2 border-t border-line px-3 py-2">{original}</div>
          </details>
        </div>
      ) : (
        <div className="space-y-2">{original}</div>
      )}
      {form}
    </>
  );
}
