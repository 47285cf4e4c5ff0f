"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { runAction } from "@/lib/actions/run";
import { getSessionUser } from "@/lib/auth/session";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";
import { setLocale } from "./commands";

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
