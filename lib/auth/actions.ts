"use server";

import { AuthError } from "next-auth";
import { signIn, signOut } from "@/auth";
import { credentialsSchema } from "./credentials";

export type SignInState = { error?: "invalid" | "unavailable"; email?: string };

/** Only same-site paths are followed after sign-in. */
function safeRedirect(target: unknown): string {
  return typeof target === "string" && target.startsWith("/") && !target.startsWith("//")
    ? target
    : "/";
}

export async function signInAction(
  _previous: SignInState,
  formData: FormData,
): Promise<SignInState> {
  const email = String(formData.get("email") ?? "");
  const parsed = credentialsSchema.safeParse({ email, password: formData.get("password") });
  if (!parsed.success) return { error: "invalid", email };
  try {
    await signIn("credentials", {
      ...parsed.data,
      redirectTo: safeRedirect(formData.get("callbackUrl")),
    });
  } catch (error) {
    // signIn redirects by throwing; only Auth.js's own errors mean "not signed in".
    if (error instanceof AuthError) {
      const cause = (error.cause as { err?: unknown } | undefined)?.err;
      if (error.type === "CallbackRouteError" && cause) {
        console.error("[sign-in] could not check credentials", cause);
        return { error: "unavailable", email };
      }
      return { error: "invalid", email };
    }
    throw error;
  }
  return {};
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}
