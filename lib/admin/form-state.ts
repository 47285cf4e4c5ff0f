import type { ActionState } from "@/lib/actions/guard";
import type { ErrorCode, FieldErrors, MessageRef } from "@/lib/errors";

/** What the user submitted, shown again after a refusal: React resets a form after its action. */
export type FormValues = Record<string, string>;

export type FormState =
  | { status: "idle" }
  | {
      status: "error";
      code: ErrorCode;
      message: MessageRef;
      fieldErrors: FieldErrors;
      values: FormValues;
      /** New on every answer, so the fields re-mount with the returned values. */
      attempt: string;
    }
  | { status: "saved"; attempt: string };

export const IDLE: FormState = { status: "idle" };

/** The submitted text fields (never passwords: none of the administration forms has one). */
export function submittedValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const [key, value] of formData.entries())
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  return values;
}

export function refusal(
  result: Extract<ActionState, { status: "error" }>,
  formData: FormData,
): Extract<FormState, { status: "error" }> {
  return {
    status: "error",
    code: result.code,
    message: result.message,
    fieldErrors: result.fieldErrors ?? {},
    values: submittedValues(formData),
    attempt: crypto.randomUUID(),
  };
}

export const saved = (): FormState => ({ status: "saved", attempt: crypto.randomUUID() });

/** A button's answer: what went wrong, or (after a password reset) the one-time password. */
export type CommandState =
  | { status: "idle" }
  | { status: "error"; message: MessageRef; attempt: string }
  | {
      status: "done";
      attempt: string;
      initialPassword?: string;
      position?: number;
      total?: number;
    };

export const IDLE_COMMAND: CommandState = { status: "idle" };

export type CommandAction = (state: CommandState, formData: FormData) => Promise<CommandState>;
