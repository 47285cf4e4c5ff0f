"use client";

import { History, Languages } from "lucide-react";
import { useTranslations } from "next-intl";
import { type ChangeEvent, useState } from "react";
import { Field, FieldErrors } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import type { ProjectFormValues } from "@/lib/projects/rules";
import { type TextField, type TextKey, textColumn } from "@/lib/projects/rules";
import { controlId, type ErrorsFor } from "./project-form-parts";

/** One content field in nb, ru and en side by side (stacked on phones). */
export function TranslationFields({
  field,
  values,
  outdated,
  errorsFor,
  multiline = false,
}: {
  field: TextField;
  values: ProjectFormValues;
  outdated: readonly TextKey[];
  errorsFor: ErrorsFor;
  multiline?: boolean;
}) {
  const t = useTranslations("projectForm.texts");
  const groupErrors = errorsFor(field);
  const errorId = `${controlId(field)}-error`;
  return (
    <fieldset aria-describedby={groupErrors ? errorId : undefined} className="space-y-2">
      <legend className="text-sm font-semibold text-ink">{t(field)}</legend>
      <div className="grid gap-4 lg:grid-cols-3">
        {LOCALES.map((lang) => (
          <LanguageText
            key={lang}
            field={field}
            lang={lang}
            defaultValue={values[textColumn(field, lang)]}
            outdated={outdated.includes(`${field}.${lang}`)}
            errors={errorsFor(textColumn(field, lang))}
            multiline={multiline}
          />
        ))}
      </div>
      <FieldErrors id={errorId} messages={groupErrors} />
    </fieldset>
  );
}

function LanguageText({
  field,
  lang,
  defaultValue,
  outdated,
  errors,
  multiline,
}: {
  field: TextField;
  lang: Locale;
  defaultValue: string;
  outdated: boolean;
  errors?: string[];
  multiline: boolean;
}) {
  const t = useTranslations();
  const name = textColumn(field, lang);
  const [empty, setEmpty] = useState(!defaultValue.trim());
  // Once someone works on an overtaken text, the warning has done its job.
  const [touched, setTouched] = useState(false);
  const onChange = (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    setEmpty(!event.currentTarget.value.trim());
    setTouched(true);
  };
  const marker = empty ? (
    <Marker kind="missing" label={t("projectForm.texts.missing")} />
  ) : outdated && !touched ? (
    <Marker kind="outdated" label={t("projectForm.texts.outdated")} />
  ) : null;
  const props = { id: controlId(name), name, lang, defaultValue, onChange };
  return (
    <Field label={t(`fields.${name}`)} hint={marker} errors={errors}>
      {multiline ? <Textarea rows={6} {...props} /> : <Input {...props} />}
    </Field>
  );
}

function Marker({ kind, label }: { kind: "missing" | "outdated"; label: string }) {
  const Icon = kind === "missing" ? Languages : History;
  return (
    <span
      className={
        kind === "missing"
          ? "inline-flex items-center gap-1 text-xs text-muted"
          : "inline-flex items-center gap-1 rounded border border-warn/40 bg-warn-soft px-1.5 py-0.5 text-xs font-medium text-warn"
      }
    >
      <Icon aria-hidden className="size-3.5 shrink-0" />
      {label}
    </span>
  );
}
