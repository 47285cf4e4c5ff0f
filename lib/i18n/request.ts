import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getSessionUser } from "@/lib/auth/session";
import {
  DEFAULT_LOCALE,
  INTL_LOCALE,
  isLocale,
  LOCALE_COOKIE,
  type Locale,
  negotiateLocale,
} from "./locales";
import { timeZoneFor } from "./time-zone";

/** Behind sign-in the user's preference rules; before it, a cookie or the browser's languages. */
async function resolveLocale(): Promise<{ locale: Locale; timeZone: string }> {
  const user = await getSessionUser();
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
