import { LOCALES, type Locale } from "@/lib/vocabulary";

export { LOCALES, type Locale };
export const DEFAULT_LOCALE: Locale = "en";
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** BCP 47 tag for Intl APIs ("nb" is Norwegian bokmål). */
export const INTL_LOCALE: Record<Locale, string> = { nb: "nb-NO", ru: "ru-RU", en: "en-GB" };

/** Picks the best supported language from an Accept-Language header, honouring q-values. */
export function negotiateLocale(header: string | null | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number.parseFloat(q.slice(2)) : 1;
      return { tag: tag.toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.tag && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranked) {
    const primary = tag.split("-")[0];
    // Norwegian: "no" and "nn" readers are best served by bokmål.
    if (primary === "nb" || primary === "no" || primary === "nn") return "nb";
    if (primary === "ru") return "ru";
    if (primary === "en") return "en";
  }
  return undefined;
}

/** The app's language code for a BCP 47 tag such as next-intl's "en-GB". */
export function toAppLocale(tag: string): Locale {
  const primary = tag.toLowerCase().split("-")[0];
  return isLocale(primary) ? primary : DEFAULT_LOCALE;
}
