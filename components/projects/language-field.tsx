import { useState } from "react";
import { FormField } from "@/components/forms/form-field";
import type { FormHandle } from "@/components/forms/use-form";
import { Select } from "@/components/ui/input";
import { LanguageOptions } from "@/components/ui/language-options";
import type { Locale } from "@/lib/vocabulary";

/**
 * The language a text is written in. The form's owner keeps the choice (`choice`),
 * so it outlasts the fields' re-mount after an answer: the next text starts in the same language.
 */
export function LanguageField<T>({
  form,
  name,
  label,
  choice: [chosen, onChoose],
  locales,
  className = "sm:w-1/3",
}: {
  form: FormHandle<T>;
  name: string;
  label: string;
  /** The language chosen and the way to change it (a `useState` of the form's owner). */
  choice: [string, (locale: string) => void];
  /** The languages offered; all by default. */
  locales?: readonly Locale[];
  className?: string;
}) {
  return (
    <FormField form={form} name={name} initial={chosen} className={className} label={label}>
      <Select onChange={(event) => onChoose(event.target.value)} className="min-h-11">
        <LanguageOptions locales={locales} />
      </Select>
    </FormField>
  );
}

/**
 * A form's language field and the language chosen in it (at first `initial`), kept across the
 * fields' re-mounts: spread on a LanguageField.
 */
export function useLanguageChoice<T>(form: FormHandle<T>, name: string, initial: string) {
  const choice = useState(initial);
  return { form, name, choice };
}
