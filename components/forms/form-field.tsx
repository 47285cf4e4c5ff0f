import { cloneElement } from "react";
import { Field, type FieldProps } from "@/components/ui/field";

/**
 * Where a field's value and errors come from: a `useForm` handle, or a form's values and errors
 * handed to a section of it.
 */
export interface FieldSource {
  /** What was typed after a refusal, otherwise `initial` (or the record's value). */
  value: (name: string, initial?: string | null) => string;
  errors: (name: string) => string[] | undefined;
}

/**
 * A Field of a form (a `useForm` handle, or another source), bound by `name`: it shows the
 * form's errors for that name, and its control gets the name and, as its default, what was
 * typed after a refusal, otherwise `initial` (the record's value).
 */
export function FormField({
  form,
  name,
  initial,
  id,
  children,
  ...field
}: Omit<FieldProps, "errors"> & {
  form: FieldSource;
  name: string;
  initial?: string | null;
  /** The control's id, where the page needs a known one (otherwise the Field makes one). */
  id?: string;
}) {
  return (
    <Field {...field} errors={form.errors(name)}>
      {cloneElement(children, {
        id: id ?? children.props.id,
        name,
        defaultValue: form.value(name, initial),
      })}
    </Field>
  );
}
