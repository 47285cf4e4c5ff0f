import { useTranslations } from "next-intl";
import { FormField } from "@/components/forms/form-field";
import type { FormHandle } from "@/components/forms/use-form";
import { Textarea } from "@/components/ui/input";
import { COMMENT_MAX, NEXT_STEPS_MAX, NOTE_MAX } from "@/lib/projects/status-updates/rules";

/** A comment's text: its name, limit and height. */
export const COMMENT_TEXT = { name: "body", max: COMMENT_MAX, rows: 3 } as const;

/** An update's two texts: their names, limits and heights. */
export const UPDATE_TEXTS = [
  { name: "note", max: NOTE_MAX, rows: 4 },
  { name: "nextSteps", max: NEXT_STEPS_MAX, rows: 3 },
] as const;

/** A text of a form with its limit said under its label ("At most 2000 characters"). */
export function TextField<T>({
  form,
  name,
  label,
  max,
  rows,
  required,
  lang,
}: {
  form: FormHandle<T>;
  name: string;
  label: string;
  max: number;
  rows: number;
  required?: boolean;
  /** The language it is written in, when it is not the page's. */
  lang?: string;
}) {
  const t = useTranslations();
  return (
    <FormField form={form} name={name} label={label} hint={t("project.maxChars", { max })}>
      <Textarea rows={rows} lang={lang} required={required} />
    </FormField>
  );
}
