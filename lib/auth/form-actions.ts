"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { credentialsSchema } from "@/lib/auth/credentials";
import { signIn, signOut } from "@/lib/auth/next-auth";
import { SIGN_IN_CODES, type ThrottledSignIn } from "@/lib/auth/sign-in-errors";
import { LIMITS } from "@/lib/auth/throttle";
import { log, logUnexpected } from "@/lib/log";
import { noteDatabaseFailure } from "@/lib/server/outage-watch";

/**
 * What the sign-in form shows next. Never the password: on the code step the browser still
 * holds it and sends it again with the code (see components/auth/sign-in-form.tsx).
 */
export type SignInState = {
  error?: "invalid" | "unavailable" | "throttled" | "codeInvalid";
  email?: string;
  /** "code": the password was right; the account asks for its second factor. */
  step?: "password" | "code";
  /** For "throttled": whole minutes until the next attempt is possible. */
  minutes?: number;
};

/** Only same-site paths are followed after sign-in. */
function safeRedirect(target: unknown): string {
  return typeof target === "string" && target.startsWith("/") && !target.startsWith("//")
    ? target
    : "/";
}

function refusal(error: CredentialsSignin, email: string): SignInState {
  if (error.code === SIGN_IN_CODES.throttled) {
    const seconds =
      (error as Partial<ThrottledSignIn>).retryAfterSeconds ?? LIMITS.account.blockSeconds;
    return {
      error: "throttled",
      email,
      step: "password",
      minutes: Math.max(1, Math.ceil(seconds / 60)),
    };
  }
  if (error.code === SIGN_IN_CODES.codeRequired) return { email, step: "code" };
  if (error.code === SIGN_IN_CODES.codeInvalid)
    return { error: "codeInvalid", email, step: "code" };
  return { error: "invalid", email, step: "password" };
}

export async function signInAction(
  _previous: SignInState,
  formData: FormData,
): Promise<SignInState> {
  const email = String(formData.get("email") ?? "");
  const parsed = credentialsSchema.safeParse({ email, password: formData.get("password") });
  if (!parsed.success) return { error: "invalid", email, step: "password" };
  const code = formData.get("code");
  // The code step sent without a code: nothing to check yet.
  if (typeof code === "string" && !code.trim())
    return { error: "codeInvalid", email, step: "code" };
  try {
    await signIn("credentials", {
      ...parsed.data,
      ...(typeof code === "string" ? { code: code.trim() } : {}),
      redirectTo: safeRedirect(formData.get("callbackUrl")),
    });
  } catch (error) {
    // signIn redirects by throwing; only Auth.js's own errors mean "not signed in".
    if (error instanceof CredentialsSignin) return refusal(error, email);
    if (error instanceof AuthError) {
      const cause = (error.cause as { err?: unknown } | undefined)?.err;
      if (error.type === "CallbackRouteError" && cause) {
        // A lost database is expected to happen (and marks the outage); anything else is a bug.
        if (noteDatabaseFailure(cause)) log.warn("sign-in refused: database unavailable");
        else logUnexpected("sign-in: could not check credentials", cause, { action: "signIn" });
        return {
          error: "unavailable",
          email,
          step: typeof code === "string" && code ? "code" : "password",
        };
      }
      return { error: "invalid", email, step: "password" };
    }
    throw error;
  }
  return {};
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}
