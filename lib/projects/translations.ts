import type { TextEditedAt } from "@/db/schema/projects";
import { LOCALES, type Locale } from "@/lib/i18n/locales";

export const TEXT_FIELDS = ["title", "summary"] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
export type TextKey = `${TextField}.${Locale}`;
type TextColumn<F extends TextField = TextField> = `${F}${"Nb" | "Ru" | "En"}`;
/** A project's texts as columns (a row, or the form's parsed input). */
export type TextValues = Partial<Record<TextColumn, string | null>>;

export function textColumn<F extends TextField>(field: F, lang: Locale): TextColumn<F> {
  return `${field}${lang === "nb" ? "Nb" : lang === "ru" ? "Ru" : "En"}`;
}

const present = (values: TextValues, field: TextField, lang: Locale) =>
  Boolean(values[textColumn(field, lang)]?.trim());

const editedAt = (stamps: TextEditedAt, key: TextKey) => {
  const time = Date.parse(stamps[key] ?? "");
  return Number.isNaN(time) ? 0 : time;
};

/**
 * The texts another language has overtaken: some other language of the same field was edited
 * after this one, so this translation may no longer say the same (e.g. ["title.ru"]).
 */
export function outdatedLanguages(textEditedAt: TextEditedAt, values: TextValues): TextKey[] {
  const outdated: TextKey[] = [];
  for (const field of TEXT_FIELDS) {
    for (const lang of LOCALES) {
      if (!present(values, field, lang)) continue;
      const own = editedAt(textEditedAt, `${field}.${lang}`);
      const overtaken = LOCALES.some(
        (other) =>
          other !== lang &&
          present(values, field, other) &&
          editedAt(textEditedAt, `${field}.${other}`) > own,
      );
      if (overtaken) outdated.push(`${field}.${lang}`);
    }
  }
  return outdated;
}

/** The timestamps after a save: every text that changed is stamped `now`; a cleared one loses its stamp. */
export function stampTextEdits(
  previous: TextEditedAt,
  before: TextValues,
  after: TextValues,
  now: Date,
): TextEditedAt {
  const next: TextEditedAt = { ...previous };
  for (const field of TEXT_FIELDS) {
    for (const lang of LOCALES) {
      const column = textColumn(field, lang);
      const value = after[column] ?? null;
      if ((before[column] ?? null) === value) continue;
      if (value === null) delete next[`${field}.${lang}`];
      else next[`${field}.${lang}`] = now.toISOString();
    }
  }
  return next;
}
