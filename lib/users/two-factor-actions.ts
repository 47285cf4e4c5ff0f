"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { formDataToObject, runAction } from "@/lib/actions/run";
import { getSessionUser, TWO_FACTOR_PATH } from "@/lib/auth/session";
import { beginAttempt, clientIp, recordFailure, recordSuccess } from "@/lib/auth/throttle";
import { getDb } from "@/lib/db";
import type { FieldErrors, MessageRef } from "@/lib/errors";
import { confirmTwoFactor, disableTwoFactor, startTwoFactor } from "./two-factor-commands";

/** Never carries a password or a code back: after a refusal the fields start empty. */
export type TwoFactorState =
  | { status: "idle" }
  | { status: "error"; message: MessageRef; fieldErrors: FieldErrors; attempt: string }
  /** The recovery codes, shown once by the form that asked and never again. */
  | { status: "enabled"; recoveryCodes: string[] };

const error = (message: MessageRef, fieldErrors: FieldErrors = {}): TwoFactorState => ({
  status: "error",
  message,
  fieldErrors,
  attempt: crypto.randomUUID(),
});

export async function startTwoFactorAction(
  _previous: TwoFactorState,
  _formData: FormData,
): Promise<TwoFactorState> {
  const result = await runAction(startTwoFactor, {});
  if (result.status === "error") return error(result.message, result.fieldErrors);
  revalidatePath(TWO_FACTOR_PATH);
  return { status: "idle" };
}

export async function confirmTwoFactorAction(
  _previous: TwoFactorState,
  formData: FormData,
): Promise<TwoFactorState> {
  const result = await runAction(confirmTwoFactor, { code: formData.get("code") ?? "" });
  if (result.status === "error") return error(result.message, result.fieldErrors);
  if (result.status !== "success") return { status: "idle" };
  // No revalidation here: the page would replace the form before the codes were read.
  return { status: "enabled", recoveryCodes: result.data.recoveryCodes };
}

/**
 * Checking the password and a code again is a sign-in in all but name: it counts against the
 * same throttle, so a stolen session cannot be used to guess either.
 */
export async function disableTwoFactorAction(
  _previous: TwoFactorState,
  formData: FormData,
): Promise<TwoFactorState> {
  const user = await getSessionUser();
  if (!user) return error({ key: "errors.unauthenticated" });
  const db = getDb();
  const now = new Date();
  const keys = { email: user.email, ip: clientIp(await headers()) };
  const verdict = await beginAttempt(db, keys, now);
  if (!verdict.allowed)
    return error({
      key: "auth.throttled",
      values: { minutes: Math.max(1, Math.ceil(verdict.retryAfterSeconds / 60)) },
    });
  const result = await runAction(disableTwoFactor, formDataToObject(formData));
  if (result.status === "error") {
    if (result.code === "validation") await recordFailure(db, keys, now);
    return error(result.message, result.fieldErrors);
  }
  await recordSuccess(db, keys, now);
  revalidatePath("/", "layout");
  redirect("/profile?twoFactor=off");
}
