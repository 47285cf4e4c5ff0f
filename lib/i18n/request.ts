import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getSessionUser } from "@/lib/auth/session";
import { isDatabaseUnavailable } from "@/lib/errors";
import { databaseIsDown } from "@/lib/server/outage";
import {
  DEFAULT_LOCALE,
  INTL_LOCALE,
  isLocale,
  LOCALE_COOKIE,
  type Locale,
  negotiateLocale,
} from "./locales";
import { timeZoneFor } from "./time-zone";

/**
 * The signed-in user, or null when there is none — or when the database cannot be asked: the
 * "temporarily unavailable" page must still be shown, in the cookie's or browser's language.
 */
async function signedInUser() {
  if (databaseIsDown()) return null;
  try {
    return await getSessionUser();
  } catch (error) {
    if (isDatabaseUnavailable(error)) return null;
    throw error;
  }
}

/** Behind sign-in the user's preference rules; before it, a cookie or the browser's languages. */
async function resolveLocale(): Promise<{ locale: Locale; timeZone: string }> {
  const user = await signedInUser();
  if (user) return { locale: user.locale, timeZone: timeZoneFor(user.delegation) };
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(fromCookie)
    ? fromCookie
    : (negotiateLocale((await headers()).get("accept-language")) ?? DEFAULT_LOCALE);
  return { locale, timeZone: timeZoneFor(undefined) };
}

export default getRequestConfig(async () => {
  const { locale, timeZone } = await resolveLocale();
  const messages = (await import(`../../messages/${locale}.json`)).default;
  // Formatting follows the full tag: British English dates ("4 Dec 2019"), not American.
  return { locale: INTL_LOCALE[locale], messages, timeZone };
});
