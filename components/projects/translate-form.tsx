"use client";

import { Languages } from "lucide-react";
import { useTranslations } from "next-intl";
import { useForm } from "@/components/forms/use-form";
import { translateStatusUpdateAction } from "@/lib/projects/status-updates/form-actions";
import type { UpdateEntry } from "@/lib/projects/status-updates/types";
import { LOCALES, type Locale } from "@/lib/vocabulary";
import { LanguageField, useLanguageChoice } from "./language-field";
import { TextField, UPDATE_TEXTS } from "./text-field";
import { TextForm } from "./text-form";

/**
 * "Translate": a disclosure under an update's text with the note and next steps in another
 * language (by default the reader's), for its author, the other side's contact or a coordinator.
 * Translating again into a language replaces the translation there.
 */
export function TranslateForm({ entry, locale }: { entry: UpdateEntry; locale: Locale }) {
  const t = useTranslations();
  const form = useForm(translateStatusUpdateAction);
  const targets = LOCALES.filter((l) => l !== entry.locale);
  const language = useLanguageChoice(
    form,
    "locale",
    form.value("locale", targets.includes(locale) ? locale : (targets[0] ?? locale)),
  );
  const [chosen] = language.choice;
  const lang = (LOCALES as readonly string[]).includes(chosen) ? chosen : undefined;
  return (
    <details className="translate no-print rounded-md border border-line">
      <summary className="flex min-h-11 cursor-pointer items-center gap-2 px-3 py-2 text-sm font-medium text-accent-strong sm:min-h-10">
        <Languages aria-hidden className="size-4" />
        {t("project.translate.open")}
      </summary>
      <TextForm
        form={form}
        saved={t("project.translate.saved", {
          language: lang ? t(`languages.${lang as Locale}`) : "",
        })}
        hidden={{ updateId: entry.id }}
        submit={t("project.translate.save")}
        busy={t("project.translate.saving")}
        className="border-t border-line p-3"
        buttonClassName="h-11 w-full sm:h-10 sm:w-auto"
      >
        <LanguageField
          {...language}
          label={t("project.translate.into")}
          locales={targets}
          className="sm:w-1/2"
        />
        {UPDATE_TEXTS.map((text) =>
          // A translation for each text the update has.
          entry[text.name] ? (
            <TextField
              key={text.name}
              form={form}
              {...text}
              label={t(`fields.${text.name}`)}
              lang={lang}
              required
            />
          ) : null,
        )}
      </TextForm>
    </details>
  );
}
