"use server";

import { randomUUID } from "node:crypto";
import { AuthError, CredentialsSignin } from "next-auth";
import { credentialsSchema } from "@/lib/auth/credentials";
import { signIn, signOut } from "@/lib/auth/next-auth";
import { SIGN_IN_CODES, type ThrottledSignIn } from "@/lib/auth/sign-in-errors";
import { LIMITS, throttledMessage } from "@/lib/auth/throttle";
import type { SignInStep } from "@/lib/auth/types";
import type { ErrorCode, MessageRef } from "@/lib/errors";
import type { FormState } from "@/lib/forms/state";
import { log, logUnexpected } from "@/lib/log";
import { noteDatabaseFailure } from "@/lib/server/outage-watch";

// The sign-in form's answers are built here rather than by formAction: signing in is no guarded
// action. Never the password: on the code step the browser still holds it and sends it again
// with the code (see components/auth/sign-in-form.tsx).

/** The password was right and the account asks for its second factor. */
const askForCode = (email: string): FormState<SignInStep> => ({
  status: "success",
  data: { step: "code", email },
  attempt: randomUUID(),
});

function refused(
  code: ErrorCode,
  message: MessageRef,
  step: SignInStep["step"],
  email: string,
): FormState<SignInStep> {
  return {
    status: "error",
    code,
    message,
    fieldErrors: {},
    values: { email },
    data: { step, email },
    attempt: randomUUID(),
  };
}

const invalid = (email: string) =>
  refused("unauthenticated", { key: "auth.invalidCredentials" }, "password", email);
const codeInvalid = (email: string) =>
  refused("unauthenticated", { key: "auth.codeStep.invalid" }, "code", email);

/** Only same-site paths are followed after sign-in. */
function safeRedirect(target: unknown): string {
  return typeof target === "string" && target.startsWith("/") && !target.startsWith("//")
    ? target
    : "/";
}

function refusal(error: CredentialsSignin, email: string): FormState<SignInStep> {
  if (error.code === SIGN_IN_CODES.throttled) {
    const seconds =
      (error as Partial<ThrottledSignIn>).retryAfterSeconds ?? LIMITS.account.blockSeconds;
    return refused("throttled", throttledMessage(seconds), "password", email);
  }
  if (error.code === SIGN_IN_CODES.codeRequired) return askForCode(email);
  if (error.code === SIGN_IN_CODES.codeInvalid) return codeInvalid(email);
  return invalid(email);
}

export async function signInAction(
  _previous: FormState<SignInStep>,
  formData: FormData,
): Promise<FormState<SignInStep>> {
  const email = String(formData.get("email") ?? "");
  const parsed = credentialsSchema.safeParse({ email, password: formData.get("password") });
  if (!parsed.success) return invalid(email);
  const code = formData.get("code");
  // The code step sent without a code: nothing to check yet.
  if (typeof code === "string" && !code.trim()) return codeInvalid(email);
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
        const step = typeof code === "string" && code ? "code" : "password";
        return refused("unavailable", { key: "auth.unavailable" }, step, email);
      }
      return invalid(email);
    }
    throw error;
  }
  // Not reached: a successful sign-in redirects.
  return { status: "idle" };
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}
