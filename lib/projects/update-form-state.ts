import type { ActionState } from "@/lib/actions/guard";

/**
 * What a project form's server action answers: the guarded action's result, plus what was
 * submitted (a refused form keeps every entry; a saved one keeps what stays true, such as the
 * new status) and a fresh nonce per answer (so fields re-read their defaults).
 */
export type FormState<T = unknown> = (ActionState<T> | { status: "idle" }) & {
  values?: Record<string, string>;
  nonce?: string;
};

export const INITIAL_FORM_STATE: FormState<never> = { status: "idle" };

/** The submitted text fields, for refilling the form; files and unknown names are dropped. */
export function submittedValues(
  raw: Record<string, unknown>,
  fields: readonly string[],
): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of fields) {
    const value = raw[field];
    if (typeof value === "string") values[field] = value;
  }
  return values;
}
