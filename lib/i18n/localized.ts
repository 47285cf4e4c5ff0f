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

/** The per-language keys of a field: `${prefix}Nb`, `${prefix}Ru`, `${prefix}En`. */
export type LocalizedKey<P extends string> = `${P}${"Nb" | "Ru" | "En"}`;

/** The per-language keys of a field, in the order nb, ru, en (`["titleNb", "titleRu", "titleEn"]`). */
export const localizedKeys = <P extends string>(prefix: P) =>
  [`${prefix}Nb`, `${prefix}Ru`, `${prefix}En`] as const;

/** A row's per-language values of a field as a form's fields: "" where a language is missing. */
export function localizedFormFields<P extends string>(
  row: Partial<Record<LocalizedKey<P>, string | null>>,
  prefix: P,
): Record<LocalizedKey<P>, string> {
  const values = row as Record<string, string | null | undefined>;
  return Object.fromEntries(localizedKeys(prefix).map((key) => [key, values[key] ?? ""])) as Record<
    LocalizedKey<P>,
    string
  >;
}

type LanguageSuffix = "Nb" | "Ru" | "En";

/**
 * A field's nb, ru and en columns of a table (for a select) or values of a row, named `${as}Nb`, `${as}Ru` and
 * `${as}En` (`localizedColumns(workingGroups, "name", "group")` → `{ groupNb: …nameNb, … }`).
 */
export function localizedColumns<
  F extends string,
  T extends Record<`${F}${LanguageSuffix}`, unknown>,
  K extends string = F,
>(table: T, field: F, as?: K): { [S in LanguageSuffix as `${K}${S}`]: T[`${F}${S}` & keyof T] } {
  const name = as ?? field;
  return {
    [`${name}Nb`]: table[`${field}Nb`],
    [`${name}Ru`]: table[`${field}Ru`],
    [`${name}En`]: table[`${field}En`],
  } as { [S in LanguageSuffix as `${K}${S}`]: T[`${F}${S}` & keyof T] };
}

/** A row's nb, ru and en values of a field (`titleNb`, `titleRu`, `titleEn` → `{ nb, ru, en }`). */
export function localizedValues<P extends string, T extends Record<LocalizedKey<P>, unknown>>(
  row: T,
  prefix: P,
): { nb: T[`${P}Nb` & keyof T]; ru: T[`${P}Ru` & keyof T]; en: T[`${P}En` & keyof T] } {
  const values = row as Record<string, unknown> as Record<string, T[keyof T]>;
  return {
    nb: values[`${prefix}Nb`] as T[`${P}Nb` & keyof T],
    ru: values[`${prefix}Ru`] as T[`${P}Ru` & keyof T],
    en: values[`${prefix}En`] as T[`${P}En` & keyof T],
  };
}
