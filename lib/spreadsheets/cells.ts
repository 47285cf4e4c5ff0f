import type { ColumnKind } from "./columns";

/**
 * A cell of a sheet we write, independent of the file format. Text is written as text (and
 * neutralised against formulas); the others as real numbers and dates in XLSX.
 */
export type Cell =
  | string
  | number
  | { date: string }
  | { dateTime: string }
  | { amount: string }
  | null;

export interface SheetColumn {
  header: string;
  kind: ColumnKind;
  width: number;
}

export interface Sheet {
  name: string;
  columns: SheetColumn[];
  rows: Cell[][];
}

/** Characters that make a spreadsheet program read a cell as a formula (OWASP: CSV injection). */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * Text that a spreadsheet would run as a formula gets an apostrophe in front, so it stays
 * text. Text that already starts with apostrophes before such a character gets one more, so
 * that `unneutralise` gives back exactly what was stored.
 */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The inverse of `neutralise`, for cells read back from a file. */
export function unneutralise(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text) ? text.slice(1) : text;
}

/**
 * A formula start right after a separator or a line break, or after double quotes at the
 * start: where a program that splits the file on another separator than ours — Excel with
 * Norwegian or Russian regional settings splits on ";" — would begin a cell.
 */
const FORMULA_AFTER_SEPARATOR = /(^"+|[,;\t\r\n]"*)('*[=+\-@])/g;
const NEUTRALISED_AFTER_SEPARATOR = /(^"+|[,;\t\r\n]"*)'('*[=+\-@])/g;

/**
 * For CSV: `neutralise`, and an apostrophe before every formula start that follows a
 * separator, so no way of splitting the file makes a cell that runs. Invertible like
 * `neutralise` (apostrophes already there get one more).
 */
export function neutraliseCsv(text: string): string {
  return neutralise(text).replace(FORMULA_AFTER_SEPARATOR, "$1'$2");
}

/** The inverse of `neutraliseCsv`, for cells read back from a CSV file. */
export function unneutraliseCsv(text: string): string {
  return unneutralise(text.replace(NEUTRALISED_AFTER_SEPARATOR, "$1$2"));
}

/** Spreadsheets and XML turn CRLF into LF; two texts that differ only so are the same text. */
export function sameText(a: string | null, b: string | null): boolean {
  const fold = (v: string | null) => (v ?? "").replace(/\r\n?/g, "\n");
  return fold(a) === fold(b);
}

/** "2018-03-15" as midnight UTC: how Excel's day numbers map onto dates without a time zone. */
export function utcDate(iso: string): Date {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`);
}

/** A local wall-clock time ("2018-03-15T10:30:00") as the Date Excel shows as that time. */
export function wallClock(iso: string): Date {
  return new Date(`${iso.slice(0, 19)}Z`);
}

/** The calendar date of a Date read from a spreadsheet (Excel dates carry no time zone). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Excel's serial day number (1900 date system) as an ISO date; null outside 1900–9999. */
export function serialToIso(serial: number): string | null {
  if (!Number.isInteger(serial) || serial < 1 || serial > 2958465) return null;
  return isoDay(new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000));
}

/** The IATI activity status code of a lifecycle status (proposed 1 … cancelled 6). */
export const IATI_CODES = {
  proposed: 1,
  planned: 2,
  in_progress: 3,
  completed: 4,
  suspended: 5,
  cancelled: 6,
} as const;
