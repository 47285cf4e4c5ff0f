import { DEFAULT_LOCALE, isLocale, type Locale, negotiateLocale } from "@/lib/i18n/locales";
import en from "@/messages/en.json";
import nb from "@/messages/nb.json";
import ru from "@/messages/ru.json";
import { plainPageHtml } from "./plain-page";

const CATALOGUES = { en, nb, ru } satisfies Record<Locale, unknown>;

/** Without the database the user's own preference is unknown: the cookie, else the browser's. */
export function outageLocale(cookie: string | undefined, acceptLanguage: string | null): Locale {
  if (isLocale(cookie)) return cookie;
  return negotiateLocale(acceptLanguage) ?? DEFAULT_LOCALE;
}

/**
 * The translated "temporarily unavailable" page, rendered by the proxy itself: no React tree,
 * no layout and no query can fail while the database is down. `again` is the address asked for.
 */
export function outagePageHtml(locale: Locale, again: string): string {
  const { app, errors } = CATALOGUES[locale];
  return plainPageHtml({
    locale,
    code: "503",
    appName: app.name,
    title: errors.unavailableTitle,
    paragraphs: [errors.unavailableBody],
    links: [{ label: errors.retry, href: again }],
  });
}
