import { localizedKeys } from "@/lib/i18n/localized";

/** A field's nb, ru and en columns, alike but for the language. */
function perLanguage<P extends string, K extends ColumnKind, W extends number>(
  prefix: P,
  kind: K,
  width: W,
) {
  const [nb, ru, en] = localizedKeys(prefix);
  return [
    { key: nb, kind, width },
    { key: ru, kind, width },
    { key: en, kind, width },
  ] as const;
}

/**
 * The project spreadsheet's columns, in file order: what an export writes, what the template
 * shows and what an import recognises. Headings are `spreadsheets.columns.<key>` messages.
 */
export const PROJECT_COLUMNS = [
  { key: "code", kind: "text", width: 12 },
  ...perLanguage("title", "text", 40),
  ...perLanguage("summary", "longText", 60),
  { key: "area", kind: "text", width: 28 },
  { key: "status", kind: "text", width: 16 },
  { key: "iati", kind: "integer", width: 10 },
  { key: "health", kind: "text", width: 16 },
  { key: "progress", kind: "integer", width: 10 },
  { key: "plannedStart", kind: "date", width: 13 },
  { key: "plannedEnd", kind: "date", width: 13 },
  { key: "leadOrgNo", kind: "text", width: 32 },
  { key: "leadOrgRu", kind: "text", width: 32 },
  { key: "contactNoName", kind: "text", width: 24 },
  { key: "contactNoEmail", kind: "text", width: 30 },
  { key: "contactRuName", kind: "text", width: 24 },
  { key: "contactRuEmail", kind: "text", width: 30 },
  { key: "partners", kind: "longText", width: 32 },
  { key: "places", kind: "longText", width: 20 },
  { key: "fundingAmount", kind: "amount", width: 16 },
  { key: "fundingCurrency", kind: "text", width: 10 },
  { key: "fundingSource", kind: "text", width: 28 },
  { key: "lastUpdateDate", kind: "date", width: 13 },
  { key: "lastUpdateNote", kind: "longText", width: 60 },
] as const satisfies readonly ColumnSpec[];

export type ColumnKind = "text" | "longText" | "integer" | "amount" | "date" | "dateTime";

export interface ColumnSpec {
  key: string;
  kind: ColumnKind;
  /** Excel column width, in characters. */
  width: number;
}

export type ProjectColumnKey = (typeof PROJECT_COLUMNS)[number]["key"];

/** Written on export for the reader, ignored on import: they describe the history, not the project. */
export const EXPORT_ONLY_COLUMNS: readonly ProjectColumnKey[] = [
  "lastUpdateDate",
  "lastUpdateNote",
];

export const TITLE_COLUMNS = localizedKeys("title");

export const HISTORY_COLUMNS = [
  { key: "at", kind: "dateTime", width: 18 },
  { key: "code", kind: "text", width: 12 },
  { key: "title", kind: "text", width: 40 },
  { key: "author", kind: "text", width: 24 },
  { key: "side", kind: "text", width: 18 },
  { key: "status", kind: "text", width: 16 },
  { key: "iati", kind: "integer", width: 10 },
  { key: "health", kind: "text", width: 16 },
  { key: "progress", kind: "integer", width: 10 },
  { key: "previousStatus", kind: "text", width: 16 },
  { key: "previousHealth", kind: "text", width: 16 },
  { key: "previousProgress", kind: "integer", width: 10 },
  { key: "note", kind: "longText", width: 60 },
  { key: "noteLanguage", kind: "text", width: 14 },
  { key: "nextSteps", kind: "longText", width: 40 },
  { key: "confirmedBy", kind: "text", width: 24 },
  { key: "confirmedAt", kind: "dateTime", width: 18 },
] as const satisfies readonly ColumnSpec[];

export type HistoryColumnKey = (typeof HISTORY_COLUMNS)[number]["key"];

/** Excel's name of a column: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
