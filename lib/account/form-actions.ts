"use server";

import { revalidatePath } from "next/cache";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import type { ActionRefusal } from "@/lib/actions/guard";
import { formDataToObject, runAction } from "@/lib/actions/run";
import { getSessionUser, TWO_FACTOR_PATH } from "@/lib/auth/session";
import { signInAgain } from "@/lib/auth/sign-in-again";
import {
  type AttemptKeys,
  beginAttempt,
  clientIp,
  recordFailure,
  recordSuccess,
  throttledMessage,
} from "@/lib/auth/throttle";
import { formAction, toFormState } from "@/lib/forms/server";
import type { FormState } from "@/lib/forms/state";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";
import { getDb } from "@/lib/server/db";
import {
  changePassword,
  confirmTwoFactor,
  disableTwoFactor,
  endOwnSession,
  setLocale,
  startTwoFactor,
  updateProfile,
} from "./actions";
import { EVERY_PAGE } from "./rules";

/** The language in a cookie as well: the sign-in page follows it after signing out. */
async function rememberLocale(locale: string) {
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    sameSite: "lax",
    httpOnly: true,
    secure: process.env.NODE_ENV === "production",
    maxAge: 60 * 60 * 24 * 365,
  });
}

export const updateProfileAction = formAction(updateProfile, {
  revalidate: EVERY_PAGE,
  onSuccess: (profile) => rememberLocale(profile.locale),
});

/**
 * The kit never sends a password back: after a refusal the password fields start empty.
 * Checking the current password is a sign-in in all but name (issue 18.4): it counts against
 * the same throttle (below), so a session cannot be used to guess the password.
 */
const changePasswordForm = (keys: AttemptKeys, now: Date) =>
  formAction(changePassword, {
    // Every session ended with the change; this browser goes on with a fresh one (signing in
    // again redirects, to the profile or to the start page for a replaced one-time password).
    onSuccess: async ({ email }, fields) => {
      await recordSuccess(getDb(), keys, now);
      const next = fields.from === "profile" ? "/profile?password=changed" : "/";
      await signInAgain(email, String(fields.newPassword ?? ""), next);
    },
  });

export async function changePasswordAction(
  previous: FormState<{ email: string }>,
  formData: FormData,
): Promise<FormState<{ email: string }>> {
  const user = await getSessionUser();
  const now = new Date();
  const keys = { email: user?.email ?? "", ip: clientIp(await headers()) };
  // Signed out: the action itself answers "unauthenticated".
  if (!user) return changePasswordForm(keys, now)(previous, formData);
  const db = getDb();
  const verdict = await beginAttempt(db, keys, now);
  if (!verdict.allowed)
    return toFormState<{ email: string }>(
      refusal("throttled", throttledMessage(verdict.retryAfterSeconds)),
      formDataToObject(formData),
    );
  const state = await changePasswordForm(keys, now)(previous, formData);
  if (state.status === "error" && state.fieldErrors.currentPassword?.length)
    await recordFailure(db, keys, now);
  return state;
}

// The page then shows the new key; only after a success (a refusal stays in the form).
export const startTwoFactorAction = formAction(startTwoFactor, {
  revalidate: () => [TWO_FACTOR_PATH],
});

/**
 * The answer carries the recovery codes, which the form shows this once. No revalidation: the
 * page would replace the form before the codes were read.
 */
export const confirmTwoFactorAction = formAction(confirmTwoFactor, {
  input: (fields) => ({ code: fields.code ?? "" }),
});

const refusal = (code: ActionRefusal["code"], message: ActionRefusal["message"]) =>
  ({ status: "error", code, message }) satisfies ActionRefusal;

/**
 * Checking the password and a code again is a sign-in in all but name: it counts against the
 * same throttle, so a stolen session cannot be used to guess either. A success ends on the
 * profile, which says that two-factor sign-in is off.
 */
export async function disableTwoFactorAction(
  _previous: FormState<never>,
  formData: FormData,
): Promise<FormState<never>> {
  const fields = formDataToObject(formData);
  const user = await getSessionUser();
  if (!user)
    return toFormState<never>(
      refusal("unauthenticated", { key: "errors.unauthenticated" }),
      fields,
    );
  const db = getDb();
  const now = new Date();
  const keys = { email: user.email, ip: clientIp(await headers()) };
  const verdict = await beginAttempt(db, keys, now);
  if (!verdict.allowed)
    return toFormState<never>(
      refusal("throttled", throttledMessage(verdict.retryAfterSeconds)),
      fields,
    );
  const result = await runAction(disableTwoFactor, fields);
  if (result.status === "error") {
    if (result.code === "validation") await recordFailure(db, keys, now);
    return toFormState<never>(result, fields);
  }
  await recordSuccess(db, keys, now);
  revalidatePath("/", "layout");
  redirect("/profile?twoFactor=off");
}

/** Saves the language: on the account when signed in, and in a cookie for the sign-in page. */
export async function changeLanguage(locale: string): Promise<void> {
  if (!isLocale(locale)) return;
  await rememberLocale(locale);
  if (await getSessionUser()) await runAction(setLocale, { locale });
  revalidatePath("/", "layout");
}

export async function changeLanguageForm(formData: FormData): Promise<void> {
  await changeLanguage(String(formData.get("locale") ?? ""));
}

/** The profile's "End" next to a session: a plain form, the list refreshed (issue 18.5). */
export async function endSessionForm(formData: FormData): Promise<void> {
  await runAction(endOwnSession, { sessionId: String(formData.get("sessionId") ?? "") });
  revalidatePath("/profile");
}
