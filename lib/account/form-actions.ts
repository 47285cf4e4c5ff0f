"use server";

import { revalidatePath } from "next/cache";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import {
  changePassword,
  confirmTwoFactor,
  disableTwoFactor,
  setLocale,
  startTwoFactor,
  updateProfile,
} from "@/lib/account/actions";
import { formDataToObject, runAction } from "@/lib/actions/run";
import { getSessionUser, TWO_FACTOR_PATH } from "@/lib/auth/session";
import { signInAgain } from "@/lib/auth/sign-in-again";
import { beginAttempt, clientIp, recordFailure, recordSuccess } from "@/lib/auth/throttle";
import type { ErrorCode, FieldErrors, MessageRef } from "@/lib/errors";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";
import { getDb } from "@/lib/server/db";

export type ProfileState =
  | { status: "idle" }
  | {
      status: "error";
      message: MessageRef;
      fieldErrors: FieldErrors;
      values: { name: string; locale: string };
      attempt: string;
    }
  | { status: "saved"; attempt: string };

export async function updateProfileAction(
  _previous: ProfileState,
  formData: FormData,
): Promise<ProfileState> {
  const input = formDataToObject(formData);
  const result = await runAction(updateProfile, input);
  if (result.status === "error")
    return {
      status: "error",
      message: result.message,
      fieldErrors: result.fieldErrors ?? {},
      values: { name: String(input.name ?? ""), locale: String(input.locale ?? "") },
      attempt: crypto.randomUUID(),
    };
  if (result.status === "success")
    // The sign-in page follows the same language after signing out.
    (await cookies()).set(LOCALE_COOKIE, result.data.locale, {
      path: "/",
      sameSite: "lax",
      httpOnly: true,
      secure: process.env.NODE_ENV === "production",
      maxAge: 60 * 60 * 24 * 365,
    });
  revalidatePath("/", "layout");
  return { status: "saved", attempt: crypto.randomUUID() };
}

/** Never carries a password back: after a refusal the password fields start empty. */
export type PasswordState =
  | { status: "idle" }
  | {
      status: "error";
      code: ErrorCode;
      message: MessageRef;
      fieldErrors: FieldErrors;
      attempt: string;
    }
  | { status: "signInAgain" };

export async function changePasswordAction(
  _previous: PasswordState,
  formData: FormData,
): Promise<PasswordState> {
  const result = await runAction(changePassword, formDataToObject(formData));
  if (result.status === "error")
    return {
      status: "error",
      code: result.code,
      message: result.message,
      fieldErrors: result.fieldErrors ?? {},
      attempt: crypto.randomUUID(),
    };
  if (result.status !== "success") return { status: "idle" };
  // Every session ended with the change; this browser goes on with a fresh one.
  const next = formData.get("from") === "profile" ? "/profile?password=changed" : "/";
  await signInAgain(result.data.email, String(formData.get("newPassword") ?? ""), next);
  return { status: "signInAgain" };
}

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

/** Saves the language: on the account when signed in, and in a cookie for the sign-in page. */
export async function changeLanguage(locale: string): Promise<void> {
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    sameSite: "lax",
    httpOnly: true,
    secure: process.env.NODE_ENV === "production",
    maxAge: 60 * 60 * 24 * 365,
  });
  if (await getSessionUser()) await runAction(setLocale, { locale });
  revalidatePath("/", "layout");
}

export async function changeLanguageForm(formData: FormData): Promise<void> {
  await changeLanguage(String(formData.get("locale") ?? ""));
}
