import { getLocale } from "next-intl/server";
import { type Locale, toAppLocale } from "./locales";

/** The reader's language (nb, ru or en); next-intl itself formats with the full tag (e.g. en-GB). */
export async function getAppLocale(): Promise<Locale> {
  return toAppLocale(await getLocale());
}
