"use client";

import { Languages } from "lucide-react";
import { useTranslations } from "next-intl";
import { type ChangeEvent, useId, useState } from "react";
import type { FieldSource } from "@/components/forms/form-field";
import { Field, FieldErrors } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import type { LocalizedValues } from "@/lib/i18n/localized";

export type TextPrefix = "title" | "text" | "city" | "minutes";

const column = (prefix: TextPrefix, lang: Locale) =>
  `${prefix}${lang === "nb" ? "Nb" : lang === "ru" ? "Ru" : "En"}` as const;

/** One content text in nb, ru and en side by side (stacked on phones), a marker on empty ones. */
export function LanguageFields({
  prefix,
  legend,
  initial,
  form: { value, errors },
  maxLength,
  rows,
  hint,
}: {
  prefix: TextPrefix;
  legend: string;
  hint?: string;
  /** The record's text, by language; what the user typed wins. */
  initial?: LocalizedValues;
  /** The form's values (what was typed, else `initial`) and errors. */
  form: FieldSource;
  maxLength: number;
  /** Textareas of this many rows; inputs when absent. */
  rows?: number;
}) {
  const groupErrors = errors(prefix);
  const errorId = useId();
  const hintId = useId();
  const describedBy = [hint ? hintId : "", groupErrors ? errorId : ""].filter(Boolean).join(" ");
  return (
    <fieldset aria-describedby={describedBy || undefined} className="min-w-0 space-y-2">
      <legend className="text-sm font-semibold text-ink">{legend}</legend>
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <div className="grid grid-cols-1 gap-3 lg:grid-cols-3">
        {LOCALES.map((lang) => {
          const name = column(prefix, lang);
          return (
            <LanguageText
              key={lang}
              name={name}
              lang={lang}
              defaultValue={value(name, initial?.[lang])}
              errors={errors(name)}
              maxLength={maxLength}
              rows={rows}
            />
          );
        })}
      </div>
      <FieldErrors id={errorId} messages={groupErrors} />
    </fieldset>
  );
}

function LanguageText({
  name,
  lang,
  defaultValue,
  errors,
  maxLength,
  rows,
}: {
  name: ReturnType<typeof column>;
  lang: Locale;
  defaultValue: string;
  errors?: string[];
  maxLength: number;
  rows?: number;
}) {
  const t = useTranslations("meetings");
  const [empty, setEmpty] = useState(!defaultValue.trim());
  const onChange = (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    setEmpty(!event.currentTarget.value.trim());
  const marker = empty ? (
    <span className="inline-flex items-center gap-1 text-xs text-muted">
      <Languages aria-hidden className="size-3.5 shrink-0" />
      {t("form.translationMissing")}
    </span>
  ) : null;
  const props = { name, lang, defaultValue, onChange, maxLength };
  return (
    <Field label={t(`fields.${name}`)} hint={marker} errors={errors}>
      {rows ? <Textarea rows={rows} {...props} /> : <Input {...props} />}
    </Field>
  );
}
