import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { documentTranslator } from "@/lib/print/i18n";
import { PROJECT_COLUMNS, type ProjectColumnKey } from "./columns";

/** Headings and words of a file, in the file's language: chosen per download, not per request. */
export const sheetTranslator = (lang: Locale) => documentTranslator(lang);

/** How headings and words are compared: case, spacing and Unicode form do not count. */
export function fold(text: string): string {
  return text.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("und");
}

/**
 * Every heading an import recognises — each column's heading in nb, ru and en, and its key —
 * mapped to the column. A heading that would name two columns is a mistake in the messages.
 */
function buildHeadingIndex(): Map<string, ProjectColumnKey> {
  const index = new Map<string, ProjectColumnKey>();
  const add = (heading: string, key: ProjectColumnKey) => {
    const folded = fold(heading);
    const known = index.get(folded);
    if (known && known !== key) throw new Error(`heading "${heading}" names ${known} and ${key}`);
    index.set(folded, key);
  };
  for (const lang of LOCALES) {
    const t = sheetTranslator(lang);
    for (const { key } of PROJECT_COLUMNS) add(t(`spreadsheets.columns.${key}`), key);
  }
  for (const { key } of PROJECT_COLUMNS) add(key, key);
  return index;
}

let headingIndex: Map<string, ProjectColumnKey> | undefined;

export function columnForHeading(heading: string): ProjectColumnKey | undefined {
  headingIndex ??= buildHeadingIndex();
  return headingIndex.get(fold(heading));
}

/** Words of an enumeration (statuses, health) in all three languages and as their codes. */
export function wordIndex<T extends string>(
  values: readonly T[],
  label: (t: ReturnType<typeof sheetTranslator>, value: T) => string,
): Map<string, T> {
  const index = new Map<string, T>();
  for (const value of values) {
    index.set(fold(value), value);
    index.set(fold(value.replace(/_/g, " ")), value);
    for (const lang of LOCALES) index.set(fold(label(sheetTranslator(lang), value)), value);
  }
  return index;
}
