import "server-only";
import { CsvError, parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import type { MessageRef } from "@/lib/errors";
import { isoDay, unneutralise } from "./cells";

/** Uploads larger than this are refused before anything is parsed. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_FILE_MB = MAX_FILE_BYTES / 1024 / 1024;
/** Data rows per file: a work plan has tens of projects, a large one a few hundred. */
export const MAX_ROWS = 2000;

export type RawCell =
  | { kind: "empty" }
  | { kind: "text"; text: string }
  | { kind: "number"; value: number }
  | { kind: "date"; iso: string }
  | { kind: "formula" };

export interface RawRow {
  /** The row number a spreadsheet program shows (the header is row 1). */
  number: number;
  cells: RawCell[];
}

export type Encoding = "utf-8" | "utf-16" | "windows-1252";

export interface RawSheet {
  format: "csv" | "xlsx";
  /** How a CSV file's bytes were decoded; null for XLSX. */
  encoding: Encoding | null;
  header: RawCell[];
  rows: RawRow[];
}

export type ReadResult = { ok: true; sheet: RawSheet } | { ok: false; problem: MessageRef };

const EMPTY: RawCell = { kind: "empty" };
const refuse = (key: string, values?: MessageRef["values"]): ReadResult => ({
  ok: false,
  problem: values
    ? { key: `spreadsheets.errors.${key}`, values }
    : { key: `spreadsheets.errors.${key}` },
});

const startsWith = (bytes: Uint8Array, ...signature: number[]) =>
  signature.every((byte, i) => bytes[i] === byte);

/**
 * Reads an upload by what it is, whatever its name says: a ZIP container (PK\x03\x04) is
 * read as XLSX, anything else must be text and is read as CSV. Images, PDFs, old binary .xls
 * files and other binaries are refused.
 */
export async function readSpreadsheet(bytes: Uint8Array): Promise<ReadResult> {
  if (bytes.length > MAX_FILE_BYTES) return refuse("tooLarge", { size: MAX_FILE_MB });
  if (bytes.length === 0) return refuse("empty");
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return readXlsx(bytes);
  const text = decodeText(bytes);
  if (!text) return refuse("notSpreadsheet");
  return readCsv(text.text, text.encoding);
}

const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0c, 0x0d]);

/** Control characters other than tab, line and page breaks never occur in a CSV file. */
function binary(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && !TEXT_CONTROLS.has(code)) return true;
  }
  return false;
}
/** Bytes Windows-1252 leaves undefined: text that has them is in no encoding we know. */
const UNDEFINED_1252 = /[\u0081\u008d\u008f\u0090\u009d]/;

/**
 * UTF-8 when the bytes are valid UTF-8 (with or without a byte-order mark), UTF-16 after its
 * byte-order mark (Excel's "Unicode text"), otherwise Windows-1252: what Excel on Windows
 * writes for "CSV (semicolon/comma delimited)" in Western European locales. Null for binaries.
 */
function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding } | null {
  if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff)) {
    const label = bytes[0] === 0xff ? "utf-16le" : "utf-16be";
    const text = new TextDecoder(label).decode(bytes);
    return binary(text) ? null : { text, encoding: "utf-16" };
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return binary(text) ? null : { text, encoding: "utf-8" };
  } catch {
    const text = fromWindows1252(new TextDecoder("windows-1252").decode(bytes));
    return binary(text) || UNDEFINED_1252.test(text) ? null : { text, encoding: "windows-1252" };
  }
}

/** Windows-1252's characters at 0x80–0x9F, where it differs from Latin-1 (undefined ones kept). */
const CP1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/**
 * Node's TextDecoder (Node 20 at least) decodes "windows-1252" as Latin-1, leaving Excel's
 * dashes, quotes and € as C1 control characters; this maps them as the WHATWG Encoding
 * Standard does (and changes nothing where the decoder already did).
 */
function fromWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

/** The separator of the header line: the most frequent of comma, semicolon and tab outside quotes. */
export function detectDelimiter(text: string): "," | ";" | "\t" {
  const counts = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && char in counts) counts[char as keyof typeof counts]++;
  }
  if (counts[";"] > counts[","] && counts[";"] >= counts["\t"]) return ";";
  if (counts["\t"] > counts[","]) return "\t";
  return ",";
}

function readCsv(raw: string, encoding: Encoding): ReadResult {
  const text = raw.replace(/^\ufeff/, "");
  if (!text.trim()) return refuse("empty");
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines ?? 1;
      return refuse("unreadableCsv", { line });
    }
    throw error;
  }
  const cell = (value: string): RawCell =>
    value === "" ? EMPTY : { kind: "text", text: unneutralise(value) };
  const [header = [], ...data] = records;
  return finish({
    format: "csv",
    encoding,
    header: header.map(cell),
    // Spreadsheet programs show one row per record: numbering follows records, not lines.
    rows: data.map((record, index) => ({ number: index + 2, cells: record.map(cell) })),
  });
}

async function readXlsx(bytes: Uint8Array): Promise<ReadResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    return refuse("unreadableXlsx");
  }
  const worksheet = workbook.worksheets[0];
  if (!worksheet) return refuse("noSheet");
  const width = worksheet.columnCount;
  const cellsOf = (row: ExcelJS.Row): RawCell[] =>
    Array.from({ length: Math.max(width, row.cellCount) }, (_, i) =>
      xlsxCell(row.getCell(i + 1).value),
    );
  const rows: RawRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number > 1) rows.push({ number, cells: cellsOf(row) });
  });
  return finish({
    format: "xlsx",
    encoding: null,
    header: cellsOf(worksheet.getRow(1)),
    rows,
  });
}

function textCell(text: string): RawCell {
  return text === "" ? EMPTY : { kind: "text", text: unneutralise(text) };
}

/** ExcelJS's cell value as what it means to us; formulas (and their error results) stand out. */
export function xlsxCell(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === "string") return textCell(value);
  if (typeof value === "number") return { kind: "number", value };
  if (typeof value === "boolean") return { kind: "text", text: value ? "TRUE" : "FALSE" };
  if (value instanceof Date) return { kind: "date", iso: isoDay(value) };
  if ("formula" in value || "sharedFormula" in value || "error" in value)
    return { kind: "formula" };
  if ("richText" in value) return textCell(value.richText.map((part) => part.text).join(""));
  if ("hyperlink" in value) {
    const text = value.text as unknown;
    if (typeof text === "string") return textCell(text);
    if (text && typeof text === "object" && "richText" in text)
      return textCell((text as ExcelJS.CellRichTextValue).richText.map((p) => p.text).join(""));
    return textCell(value.hyperlink);
  }
  return EMPTY;
}

const blank = (row: RawRow) => row.cells.every((c) => c.kind === "empty");

/** Drops blank rows (keeping every other row's number) and applies the row limit. */
function finish(sheet: RawSheet): ReadResult {
  const rows = sheet.rows.filter((row) => !blank(row));
  if (rows.length > MAX_ROWS) return refuse("tooManyRows", { max: MAX_ROWS });
  if (sheet.header.every((c) => c.kind === "empty") && !rows.length) return refuse("empty");
  return { ok: true, sheet: { ...sheet, rows } };
}
