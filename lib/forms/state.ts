import type { Conflict, ErrorCode, FieldErrors, MessageRef } from "@/lib/errors";

/** What the user typed, as the browser sent it: shown again after a refusal. */
export type FormValues = Record<string, string | string[]>;

/**
 * What every form's server action answers. `attempt` is new on each answer, so the form can
 * re-mount its fields (React resets a form after its action) and tell one answer from the next.
 */
export type FormState<T = unknown> =
  | { status: "idle" }
  | { status: "success"; data: T; attempt: string }
  | {
      status: "error";
      code: ErrorCode;
      /** A key in messages/*.json, translated where it is shown. */
      message: MessageRef;
      fieldErrors: FieldErrors;
      /** Everything typed except secrets (passwords, codes): the form shows it again. */
      values: FormValues;
      /** A stale write: what changed, and the version the next attempt applies on. */
      conflict?: Conflict;
      /** What a custom adapter adds to a refusal (the import's fresh preview, the sign-in step). */
      data?: T;
      attempt: string;
    };

export const IDLE_FORM: FormState<never> = { status: "idle" };

/** A form's server action, as `useActionState` takes it. */
export type FormAction<T = unknown> = (
  previous: FormState<T>,
  formData: FormData,
) => Promise<FormState<T>>;
