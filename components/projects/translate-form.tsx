"use client";

import { Languages } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormFeedback } from "@/components/forms/form-feedback";
import { SubmitButton } from "@/components/forms/submit";
import { useForm } from "@/components/forms/use-form";
import { Field } from "@/components/ui/field";
import { Select, Textarea } from "@/components/ui/input";
import { LanguageOptions } from "@/components/ui/language-options";
import { translateStatusUpdateAction } from "@/lib/projects/status-updates/form-actions";
import { NEXT_STEPS_MAX, NOTE_MAX } from "@/lib/projects/status-updates/rules";
import type { UpdateEntry } from "@/lib/projects/status-updates/types";
import { LOCALES, type Locale } from "@/lib/vocabulary";

/**
 * "Translate": a disclosure under an update's text with the note and next steps in another
 * language (by default the reader's), for its author, the other side's contact or a coordinator.
 * Translating again into a language replaces the translation there.
 */
export function TranslateForm({ entry, locale }: { entry: UpdateEntry; locale: Locale }) {
  const t = useTranslations();
  const form = useForm(translateStatusUpdateAction);
  const targets = LOCALES.filter((l) => l !== entry.locale);
  const [chosen, setChosen] = useState<string>(
    form.value("locale", targets.includes(locale) ? locale : (targets[0] ?? locale)),
  );
  const lang = (LOCALES as readonly string[]).includes(chosen) ? chosen : undefined;
  return (
    <details className="translate no-print rounded-md border border-line">
      <summary className="flex min-h-11 cursor-pointer items-center gap-2 px-3 py-2 text-sm font-medium text-accent-strong sm:min-h-10">
        <Languages aria-hidden className="size-4" />
        {t("project.translate.open")}
      </summary>
      <form action={form.action} noValidate className="space-y-3 border-t border-line p-3">
        <FormFeedback
          state={form.state}
          saved={t("project.translate.saved", {
            language: lang ? t(`languages.${lang as Locale}`) : "",
          })}
        />
        <input type="hidden" name="updateId" value={entry.id} />
        <div key={form.key} className="space-y-3">
          <Field
            className="sm:w-1/2"
            label={t("project.translate.into")}
            errors={form.errors("locale")}
          >
            <Select
              name="locale"
              defaultValue={chosen}
              onChange={(event) => setChosen(event.target.value)}
              className="min-h-11"
            >
              <LanguageOptions locales={targets} />
            </Select>
          </Field>
          {(
            [
              ["note", entry.note, NOTE_MAX, 4],
              ["nextSteps", entry.nextSteps, NEXT_STEPS_MAX, 3],
            ] as const
          ).map(([field, original, max, rows]) =>
            // A translation for each text the update has.
            original ? (
              <Field
                key={field}
                label={t(`fields.${field}`)}
                errors={form.errors(field)}
                hint={t("project.maxChars", { max })}
              >
                <Textarea
                  name={field}
                  rows={rows}
                  lang={lang}
                  required
                  defaultValue={form.value(field)}
                />
              </Field>
            ) : null,
          )}
        </div>
        <SubmitButton
          pending={form.pending}
          busy={t("project.translate.saving")}
          variant="secondary"
          className="h-11 w-full sm:h-10 sm:w-auto"
        >
          {t("project.translate.save")}
        </SubmitButton>
      </form>
    </details>
  );
}
