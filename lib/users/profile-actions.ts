"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { formDataToObject, runAction } from "@/lib/actions/run";
import { signInAgain } from "@/lib/auth/sign-in-again";
import type { ErrorCode, FieldErrors, MessageRef } from "@/lib/errors";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { changePassword, updateProfile } from "./profile-commands";

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
