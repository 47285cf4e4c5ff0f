import "server-only";
import { CsvError, parse } from "csv-parse/sync";
import type { MessageRef } from "@/lib/errors";
import { unneutraliseCsv } from "./cells";
import { columnLetter } from "./columns";
import {
  MAX_CELL_CHARS,
  MAX_COLUMNS,
  MAX_FILE_BYTES,
  MAX_FILE_MB,
  MAX_ROWS,
  MAX_UNPACKED_BYTES,
  MAX_ZIP_ENTRIES,
} from "./import/rules";
import { readXlsxUpload } from "./xlsx";

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

export type Encoding = "utf-8" | "utf-16" | "windows-1252" | "windows-1251";

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
 * byte-order mark (Excel's "Unicode text"), otherwise what Excel on Windows writes for "CSV
 * (semicolon/comma delimited)": Windows-1251 when the text reads as Cyrillic (Russian locales,
 * see looksCyrillic), else Windows-1252 (Western European locales). Null for binaries.
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
    if (looksCyrillic(bytes)) {
      const text = new TextDecoder("windows-1251").decode(bytes);
      return binary(text) ? null : { text, encoding: "windows-1251" };
    }
    const text = fromWindows1252(new TextDecoder("windows-1252").decode(bytes));
    return binary(text) || UNDEFINED_1252.test(text) ? null : { text, encoding: "windows-1252" };
  }
}

/** Windows-1251's letters: А–я at 0xC0–0xFF, Ё at 0xA8 and ё at 0xB8. */
const isCp1251Letter = (byte: number) => byte >= 0xc0 || byte === 0xa8 || byte === 0xb8;

/**
 * Whether bytes that are not UTF-8 are Cyrillic text in Windows-1251 rather than Western text in
 * Windows-1252. Both put their letters at 0xC0–0xFF, but they are used differently: a Russian
 * word is letters of that range one after another, while Norwegian, German or French text has
 * one accented letter between plain ASCII ones (æ, ø, å, é, ü). So: Cyrillic when most such
 * letters stand next to another (at least two pairs, so a stray "Ææ" does not decide).
 */
export function looksCyrillic(bytes: Uint8Array): boolean {
  let letters = 0;
  let paired = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    if (!isCp1251Letter(byte)) continue;
    letters++;
    const before = i > 0 && isCp1251Letter(bytes[i - 1] ?? 0);
    const after = i + 1 < bytes.length && isCp1251Letter(bytes[i + 1] ?? 0);
    if (before || after) paired++;
  }
  return paired >= 2 && paired * 2 > letters;
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

/** Thrown from inside the CSV parser to stop it at the first row or column past a limit. */
class CsvLimit extends Error {
  constructor(readonly result: ReadResult) {
    super("limit");
  }
}

function readCsv(raw: string, encoding: Encoding): ReadResult {
  const text = raw.replace(/^\ufeff/, "");
  if (!text.trim()) return refuse("empty");
  const cell = (value: string): RawCell =>
    value === "" ? EMPTY : { kind: "text", text: unneutraliseCsv(value) };
  // Records are kept as they come, blank ones dropped (keeping the others' numbers), and the
  // parser is stopped at the first filled column or data row past the limits.
  const rows: RawRow[] = [];
  let header: RawCell[] = [];
  let number = 0;
  try {
    parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      on_record: (record: string[]) => {
        // Spreadsheet programs show one row per record: numbering follows records, not lines.
        number++;
        let last = record.length - 1;
        while (last >= 0 && record[last] === "") last--;
        if (last >= MAX_COLUMNS)
          throw new CsvLimit(
            refuse("tooManyColumns", { column: columnLetter(MAX_COLUMNS - 1), max: MAX_COLUMNS }),
          );
        if (record.some((value) => value.length > MAX_CELL_CHARS))
          throw new CsvLimit(
            refuse("cellTooLong", {
              cell: `${columnLetter(record.findIndex((v) => v.length > MAX_CELL_CHARS))}${number}`,
              max: MAX_CELL_CHARS,
            }),
          );
        const cells = record.map(cell);
        if (number === 1) header = cells;
        else if (last >= 0) {
          if (rows.length >= MAX_ROWS) throw new CsvLimit(refuse("tooManyRows", { max: MAX_ROWS }));
          rows.push({ number, cells });
        }
        return null;
      },
    });
  } catch (error) {
    if (error instanceof CsvLimit) return error.result;
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines ?? 1;
      return refuse("unreadableCsv", { line });
    }
    throw error;
  }
  return finish({ format: "csv", encoding, header, rows });
}

/**
 * XLSX: the first worksheet, within the limits — the archive's size and number of parts before
 * anything is inflated, then the sheet streamed up to the row and column limits
 * (lib/spreadsheets/xlsx.ts).
 */
async function readXlsx(bytes: Uint8Array): Promise<ReadResult> {
  const read = await readXlsxUpload(bytes, {
    maxRows: MAX_ROWS,
    maxColumns: MAX_COLUMNS,
    maxCellChars: MAX_CELL_CHARS,
    maxEntries: MAX_ZIP_ENTRIES,
    maxUnpackedBytes: MAX_UNPACKED_BYTES,
  });
  if (!read.ok) return read;
  return finish({ format: "xlsx", encoding: null, header: read.header, rows: read.rows });
}

const blank = (row: RawRow) => row.cells.every((c) => c.kind === "empty");

/** Drops blank rows (keeping every other row's number) and applies the row limit. */
function finish(sheet: RawSheet): ReadResult {
  const rows = sheet.rows.filter((row) => !blank(row));
  if (rows.length > MAX_ROWS) return refuse("tooManyRows", { max: MAX_ROWS });
  if (sheet.header.every((c) => c.kind === "empty") && !rows.length) return refuse("empty");
  return { ok: true, sheet: { ...sheet, rows } };
}
