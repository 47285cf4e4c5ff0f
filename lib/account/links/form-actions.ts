"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import type { ActionRefusal } from "@/lib/actions/guard";
import { formDataToObject } from "@/lib/actions/run";
import { signInAgain } from "@/lib/auth/sign-in-again";
import { clientIp, throttledMessage } from "@/lib/auth/throttle";
import { ERRORS, type ErrorCode, type FieldErrors, type MessageRef } from "@/lib/errors";
import { toFormState } from "@/lib/forms/server";
import type { FormState } from "@/lib/forms/state";
import { logUnexpected } from "@/lib/log";
import { mailEnabled } from "@/lib/notifications/writes";
import { getDb } from "@/lib/server/db";
import { databaseIsDown } from "@/lib/server/outage";
import { noteDatabaseFailure } from "@/lib/server/outage-watch";
import { toFieldErrors } from "@/lib/validation";
import { linkPasswordSchema, resetRequestSchema } from "./input";
import { LINK_COOKIE, RESET_PATH } from "./rules";
import type { ResetRequestAnswer } from "./types";
import { requestPasswordReset, setPasswordWithLink } from "./writes";

// Both forms act without signing in — the address (throttled) or the link's token is all
// there is — so they are no guarded action; the permission-coverage test names them.

const refusal = (
  code: ErrorCode,
  message: MessageRef = { key: ERRORS[code].message },
  fieldErrors?: FieldErrors,
): ActionRefusal => ({ status: "error", code, message, ...(fieldErrors ? { fieldErrors } : {}) });

/** Runs the database work of a public form: an outage or a bug answers, never throws. */
async function guarded<T>(work: () => Promise<T>, action: string): Promise<T | ActionRefusal> {
  if (databaseIsDown()) return refusal("unavailable");
  try {
    return await work();
  } catch (error) {
    if (noteDatabaseFailure(error)) return refusal("unavailable");
    const { correlationId } = logUnexpected("unexpected error in a password link form", error, {
      action,
    });
    return refusal("internal", {
      key: ERRORS.internal.message,
      values: { reference: correlationId },
    });
  }
}

const isRefusal = (value: unknown): value is ActionRefusal =>
  (value as { status?: unknown } | null)?.status === "error";

/**
 * "Forgot password?": the same answer whether or not an account has the address (a link is
 * mailed only if one does); refused only by the throttle or for an address that is no address.
 */
export async function requestPasswordResetAction(
  _previous: FormState<ResetRequestAnswer>,
  formData: FormData,
): Promise<FormState<ResetRequestAnswer>> {
  const fields = formDataToObject(formData);
  if (!mailEnabled()) return toFormState(refusal("not_found"), fields);
  const parsed = resetRequestSchema.safeParse(fields);
  if (!parsed.success)
    return toFormState(refusal("validation", undefined, toFieldErrors(parsed.error)), fields);
  const { email } = parsed.data;
  const ip = clientIp(await headers());
  const outcome = await guarded(
    () => requestPasswordReset(getDb(), { email, ip }),
    "requestPasswordReset",
  );
  if (isRefusal(outcome)) return toFormState(outcome, fields);
  if (outcome.status === "throttled")
    return toFormState(refusal("throttled", throttledMessage(outcome.retryAfterSeconds)), fields);
  return toFormState({ status: "success", data: { email } }, fields);
}

/**
 * The new password for an opened link (its token in the cookie the link set): saved, every
 * session ended, and this browser signed in again — or, for an account with two-factor
 * sign-in, sent to the sign-in page to finish with a code.
 */
export async function setPasswordWithLinkAction(
  _previous: FormState<never>,
  formData: FormData,
): Promise<FormState<never>> {
  const fields = formDataToObject(formData);
  const jar = await cookies();
  const token = jar.get(LINK_COOKIE)?.value ?? "";
  const parsed = linkPasswordSchema.safeParse(fields);
  if (!parsed.success)
    return toFormState(refusal("validation", undefined, toFieldErrors(parsed.error)), fields);
  const ip = clientIp(await headers());
  const outcome = await guarded(
    () => setPasswordWithLink(getDb(), token, parsed.data, { ip }),
    "setPasswordWithLink",
  );
  if (isRefusal(outcome)) return toFormState(outcome, fields);
  if (outcome.status === "refused")
    return toFormState(refusal("validation", undefined, outcome.fieldErrors), fields);
  if (outcome.status !== "saved")
    return toFormState(refusal("not_found", { key: "passwordLink.gone" }), fields);
  jar.delete({ name: LINK_COOKIE, path: RESET_PATH });
  await signInAgain(outcome.email, parsed.data.newPassword, `/profile?password=${outcome.purpose}`);
  // Not signed in by the password alone (two-factor sign-in): the code is asked there.
  redirect(`/sign-in?password=${outcome.purpose}`);
}
