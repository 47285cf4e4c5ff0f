import type { Locale } from "./locales";

export type LocalizedValues = Partial<Record<Locale, string | null>>;

export interface Localized {
  text: string;
  /** The language the text is actually in. */
  lang: Locale;
  /** True when the reader's language was missing and another one is shown instead. */
  fallback: boolean;
}

const FALLBACK_ORDER: Record<Locale, Locale[]> = {
  nb: ["nb", "en", "ru"],
  ru: ["ru", "en", "nb"],
  en: ["en", "nb", "ru"],
};

/** The text in the reader's language, or visibly another one; never silently nothing. */
export function pickLocalized(values: LocalizedValues, locale: Locale): Localized | null {
  for (const lang of FALLBACK_ORDER[locale]) {
    const text = values[lang]?.trim();
    if (text) return { text, lang, fallback: lang !== locale };
  }
  return null;
}

/** Reads `${prefix}Nb`, `${prefix}Ru`, `${prefix}En` from a row. */
export function localizedField<P extends string>(
  row: Partial<Record<`${P}${"Nb" | "Ru" | "En"}`, string | null>>,
  prefix: P,
): LocalizedValues {
  const r = row as Record<string, string | null | undefined>;
  return { nb: r[`${prefix}Nb`], ru: r[`${prefix}Ru`], en: r[`${prefix}En`] };
}
