import { isLocale, type Locale } from "@/lib/i18n/locales";

/** A document in one language, or Norwegian and Russian side by side ("two originals"). */
export const DOC_LANGS = ["nb", "ru", "en", "nb-ru"] as const;
export type DocLang = (typeof DOC_LANGS)[number];

export function isDocLang(value: unknown): value is DocLang {
  return typeof value === "string" && (DOC_LANGS as readonly string[]).includes(value);
}

/** The requested language, or the reader's own when the request names none or a wrong one. */
export function parseDocLang(value: unknown, fallback: Locale): DocLang {
  return isDocLang(value) ? value : fallback;
}

export function docLocales(lang: DocLang): Locale[] {
  return lang === "nb-ru" ? ["nb", "ru"] : isLocale(lang) ? [lang] : ["en"];
}

/** A real calendar date written YYYY-MM-DD, else null. */
export function parseIsoDate(value: unknown): string | null {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) return null;
  const year = date.getUTCFullYear();
  return year >= 1990 && year <= 2200 ? value : null;
}

export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** First value of a search parameter. */
export function firstParam(value: string | string[] | undefined | null): string | undefined {
  return Array.isArray(value) ? value[0] : (value ?? undefined);
}
