import "server-only";
import { StringDecoder } from "node:string_decoder";
import { type SaxesAttributeNS, SaxesParser, type SaxesTagPlain } from "saxes";
import type { MessageRef } from "@/lib/errors";
import { unneutralise } from "./cells";
import { columnLetter } from "./columns";
import type { RawCell, RawRow } from "./read";
import { ZipArchive, ZipRefused } from "./zip";

/**
 * The first worksheet of an XLSX upload, read for the import only (issue 18.1): its rows up to
 * the row limit and its cells that exist, up to the column limit — streamed from the archive
 * (lib/spreadsheets/zip.ts), never a cell it does not hold, never a row past the limit, never
 * a part nobody needs. What ExcelJS did before built every cell up to the sheet's widest row:
 * one cell at column XFD per row made 16,384 cells a row and 300 rows took the server down.
 *
 * The meaning of a cell is ExcelJS's (lib/spreadsheets/read.ts's xlsxCell before): shared and
 * inline strings and rich text as their text, numbers, numbers in a date format as dates,
 * booleans as TRUE/FALSE, formulas and errors as formulas. Merged areas are what the file
 * holds: the value in their first cell only.
 */

export interface XlsxLimits {
  maxRows: number;
  maxColumns: number;
  /** Excel's own limit for a cell is 32,767 characters. */
  maxCellChars: number;
  maxEntries: number;
  maxUnpackedBytes: number;
}

export type XlsxResult =
  | { ok: true; header: RawCell[]; rows: RawRow[] }
  | { ok: false; problem: MessageRef };

const EMPTY: RawCell = { kind: "empty" };

/** Text as the import reads it: what an export neutralised against formulas, given back. */
const textCell = (text: string): RawCell =>
  text === "" ? EMPTY : { kind: "text", text: unneutralise(text) };

class Refusal extends Error {
  constructor(readonly problem: MessageRef) {
    super(problem.key);
  }
}

const refuse = (key: string, values?: MessageRef["values"]): never => {
  throw new Refusal(
    values ? { key: `spreadsheets.errors.${key}`, values } : { key: `spreadsheets.errors.${key}` },
  );
};

/** "x:row" and "row" alike: some writers prefix SpreadsheetML's elements. */
const local = (name: string) => name.slice(name.indexOf(":") + 1);

function attribute(tag: SaxesTagPlain, name: string): string | undefined {
  const attributes = tag.attributes as Record<string, string | SaxesAttributeNS>;
  for (const [key, value] of Object.entries(attributes))
    if (key === name || local(key) === name) return typeof value === "string" ? value : value.value;
  return undefined;
}

/** "AB12" → column index 27 (0-based); null when there is no column part. */
function columnIndex(ref: string): number | null {
  const letters = /^([A-Za-z]{1,3})\d*$/.exec(ref)?.[1];
  if (!letters) return null;
  let index = 0;
  for (const char of letters.toUpperCase()) index = index * 26 + (char.charCodeAt(0) - 64);
  return index - 1;
}

/** Shared strings escape characters XML cannot carry as _xHHHH_ (ExcelJS decodes them there). */
const unescapeText = (text: string) =>
  text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** Parses one part of the archive as it inflates; `stop()` ends the reading early. */
async function parse(
  archive: ZipArchive,
  name: string,
  listen: (parser: SaxesParser, stop: () => void) => void,
): Promise<void> {
  const parser = new SaxesParser();
  let stopped = false;
  listen(parser, () => {
    stopped = true;
  });
  const decoder = new StringDecoder("utf8");
  for await (const chunk of archive.stream(name)) {
    parser.write(decoder.write(chunk));
    if (stopped) return;
  }
  parser.write(decoder.end());
  parser.close();
}

/** A path in the package: `target` as a relationship of the part `from` names it. */
function resolve(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== "." && piece !== "") parts.push(piece);
  }
  return parts.join("/");
}

const relsOf = (part: string) => {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};

/** A part's relationships: id → { type, target (resolved) }. */
async function relationships(archive: ZipArchive, part: string) {
  const found = new Map<string, { type: string; target: string }>();
  const file = relsOf(part);
  if (!archive.has(file)) return found;
  await parse(archive, file, (parser) => {
    parser.on("opentag", (tag) => {
      if (local(tag.name) !== "Relationship") return;
      const id = attribute(tag, "Id");
      const target = attribute(tag, "Target");
      if (id && target && attribute(tag, "TargetMode") !== "External")
        found.set(id, { type: attribute(tag, "Type") ?? "", target: resolve(part, target) });
    });
  });
  return found;
}

const byType = (rels: Map<string, { type: string; target: string }>, type: string) =>
  [...rels.values()].find((r) => r.type.endsWith(`/${type}`))?.target;

/** Built-in number formats that are dates or times (ExcelJS's table, and the East Asian ones). */
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/** A custom number format shows a date when it has date or time parts outside quotes and [..]. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/\[[^\]]*]/g, "")
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "");
  return /[ymdhMsb]/.test(bare);
}

/** Which cell styles (the `s` of a cell, an index into cellXfs) show numbers as dates. */
async function dateStyles(archive: ZipArchive, path: string | undefined): Promise<Set<number>> {
  const dates = new Set<number>();
  if (!path || !archive.has(path)) return dates;
  const custom = new Map<number, string>();
  const formats: number[] = [];
  let inCellXfs = false;
  await parse(archive, path, (parser, stop) => {
    parser.on("opentag", (tag) => {
      const name = local(tag.name);
      if (name === "numFmt") {
        const id = Number(attribute(tag, "numFmtId"));
        if (Number.isInteger(id)) custom.set(id, attribute(tag, "formatCode") ?? "");
      } else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) formats.push(Number(attribute(tag, "numFmtId") ?? 0));
    });
    parser.on("closetag", (tag) => {
      if (local(tag.name) === "cellXfs") {
        inCellXfs = false;
        stop();
      }
    });
  });
  formats.forEach((id, style) => {
    const code = custom.get(id);
    if (code !== undefined ? isDateFormat(code) : DATE_FORMAT_IDS.has(id)) dates.add(style);
  });
  return dates;
}

/** Excel's serial day (1900 or 1904 date system) as the calendar date it shows. */
function serialDay(serial: number, date1904: boolean): string | null {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000);
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

/** A cell as read from the sheet: its meaning, or a shared string still to look up. */
type Pending = RawCell | { kind: "shared"; index: number } | { kind: "serial"; value: number };

interface SheetRow {
  number: number;
  cells: Map<number, Pending>;
  /** The style (`s`) of the kept cells that have one: a number in a date format is a date. */
  styles: Map<number, number>;
}

export async function readXlsxUpload(bytes: Uint8Array, limits: XlsxLimits): Promise<XlsxResult> {
  try {
    const archive = ZipArchive.open(bytes, {
      maxEntries: limits.maxEntries,
      maxUnpackedBytes: limits.maxUnpackedBytes,
    });
    return await readWorkbook(archive, limits);
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, problem: error.problem };
    if (error instanceof ZipRefused) {
      if (error.problem === "tooManyEntries")
        return {
          ok: false,
          problem: { key: "spreadsheets.errors.tooManyParts", values: { max: limits.maxEntries } },
        };
      if (error.problem === "tooLarge")
        return {
          ok: false,
          problem: {
            key: "spreadsheets.errors.unpackedTooLarge",
            values: { size: Math.round(limits.maxUnpackedBytes / 1024 / 1024) },
          },
        };
    }
    // A damaged archive, XML that is not, a part that is missing.
    return { ok: false, problem: { key: "spreadsheets.errors.unreadableXlsx" } };
  }
}

async function readWorkbook(archive: ZipArchive, limits: XlsxLimits): Promise<XlsxResult> {
  const workbookPath =
    byType(await relationships(archive, ""), "officeDocument") ?? "xl/workbook.xml";
  if (!archive.has(workbookPath)) return refuse("unreadableXlsx");
  let sheetId: string | undefined;
  let date1904 = false;
  await parse(archive, workbookPath, (parser, stop) => {
    parser.on("opentag", (tag) => {
      const name = local(tag.name);
      if (name === "workbookPr") {
        const value = attribute(tag, "date1904");
        date1904 = value === "1" || value === "true";
      } else if (name === "sheet" && sheetId === undefined) {
        sheetId = attribute(tag, "id");
        stop();
      }
    });
  });
  const rels = await relationships(archive, workbookPath);
  const sheetPath = sheetId ? rels.get(sheetId)?.target : undefined;
  if (!sheetPath) return refuse("noSheet");
  if (!archive.has(sheetPath)) return refuse("unreadableXlsx");

  const rows = await readSheet(archive, sheetPath, limits);

  // Shared strings: only those the kept cells use, read no further than the last of them.
  const needed = new Set<number>();
  let serials = false;
  for (const row of rows)
    for (const cell of row.cells.values()) {
      if (cell.kind === "shared") needed.add(cell.index);
      if (cell.kind === "serial") serials = true;
    }
  const strings = needed.size
    ? await sharedStrings(archive, byType(rels, "sharedStrings"), needed, limits)
    : new Map<number, string>();
  const dates = serials ? await dateStyles(archive, byType(rels, "styles")) : new Set<number>();

  const resolveCell = (cell: Pending, style: number | undefined): RawCell => {
    if (cell.kind === "shared") return textCell(strings.get(cell.index) ?? "");
    if (cell.kind === "serial") {
      if (style !== undefined && dates.has(style)) {
        const iso = serialDay(cell.value, date1904);
        if (iso) return { kind: "date", iso };
      }
      return { kind: "number", value: cell.value };
    }
    return cell;
  };

  const width = Math.max(
    0,
    ...rows.map((row) => (row.cells.size ? Math.max(...row.cells.keys()) + 1 : 0)),
  );
  const dense = (row: SheetRow | undefined) =>
    Array.from({ length: width }, (_, i) => {
      const cell = row?.cells.get(i);
      return cell ? resolveCell(cell, row?.styles.get(i)) : EMPTY;
    });
  const header = rows.find((row) => row.number === 1);
  return {
    ok: true,
    header: dense(header),
    rows: rows
      .filter((row) => row.number > 1)
      .map((row) => ({ number: row.number, cells: dense(row) })),
  };
}

/**
 * The sheet's rows that hold something, in order. Refuses at the first filled cell past the
 * column limit, at the first cell longer than a cell can be, and at the first data row past the
 * row limit — reading nothing further.
 */
async function readSheet(
  archive: ZipArchive,
  path: string,
  limits: XlsxLimits,
): Promise<SheetRow[]> {
  const rows = new Map<number, SheetRow>();
  let dataRows = 0;
  let inData = false;
  let row: SheetRow | null = null;
  let lastRow = 0;
  let lastColumn = -1;
  // The cell being read.
  let cell: {
    column: number;
    type: string;
    style: number | undefined;
    formula: boolean;
    value: string | null;
    inline: string | null;
  } | null = null;
  let reading: "v" | "t" | null = null;
  let phonetic = 0;

  const text = (chunk: string) => {
    if (!cell || !reading) return;
    const current = reading === "v" ? (cell.value ?? "") : (cell.inline ?? "");
    if (current.length + chunk.length > limits.maxCellChars)
      refuse("cellTooLong", {
        cell: `${columnLetter(cell.column)}${row?.number ?? ""}`,
        max: limits.maxCellChars,
      });
    if (reading === "v") cell.value = current + chunk;
    else cell.inline = current + chunk;
  };

  const finishCell = () => {
    if (!cell || !row) return;
    const { column, type, style, formula, value, inline } = cell;
    let result: Pending | null = null;
    if (formula || type === "e") result = { kind: "formula" };
    else if (type === "inlineStr") result = inline ? textCell(inline) : null;
    else if (value !== null && value !== "") {
      if (type === "s") {
        const index = Number(value);
        result = Number.isInteger(index) && index >= 0 ? { kind: "shared", index } : null;
      } else if (type === "str") result = textCell(value);
      else if (type === "b")
        result = { kind: "text", text: Number(value) !== 0 ? "TRUE" : "FALSE" };
      else if (type === "d") {
        const iso = /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0];
        result = iso ? { kind: "date", iso } : textCell(value);
      } else {
        const number = Number(value);
        result = Number.isFinite(number) ? { kind: "serial", value: number } : textCell(value);
      }
    }
    cell = null;
    // A cell with a style and no value is no cell to us.
    if (!result) return;
    if (column >= limits.maxColumns)
      refuse("tooManyColumns", {
        column: columnLetter(limits.maxColumns - 1),
        max: limits.maxColumns,
      });
    row.cells.set(column, result);
    if (style !== undefined) row.styles.set(column, style);
  };

  await parse(archive, path, (parser, stop) => {
    parser.on("opentag", (tag) => {
      const name = local(tag.name);
      if (name === "sheetData") {
        inData = true;
        return;
      }
      if (!inData) return;
      if (name === "row") {
        const number = Number(attribute(tag, "r") ?? lastRow + 1);
        lastRow = Number.isInteger(number) && number > 0 ? number : lastRow + 1;
        lastColumn = -1;
        row = rows.get(lastRow) ?? { number: lastRow, cells: new Map(), styles: new Map() };
      } else if (name === "c" && row) {
        const ref = attribute(tag, "r");
        const column = (ref ? columnIndex(ref) : null) ?? lastColumn + 1;
        lastColumn = column;
        const s = attribute(tag, "s");
        cell = {
          column,
          type: attribute(tag, "t") ?? "n",
          style: s === undefined ? undefined : Number(s),
          formula: false,
          value: null,
          inline: null,
        };
      } else if (cell) {
        if (name === "f") cell.formula = true;
        else if (name === "v") reading = "v";
        else if (name === "rPh") phonetic++;
        else if (name === "t" && !phonetic) reading = "t";
      }
    });
    parser.on("text", text);
    parser.on("cdata", text);
    parser.on("closetag", (tag) => {
      const name = local(tag.name);
      if (name === "v" || name === "t") reading = null;
      else if (name === "rPh") phonetic = Math.max(0, phonetic - 1);
      else if (name === "c") finishCell();
      else if (name === "row" && row) {
        const kept: SheetRow = row;
        row = null;
        if (!kept.cells.size || rows.has(kept.number)) return;
        rows.set(kept.number, kept);
        if (kept.number > 1 && ++dataRows > limits.maxRows) {
          stop();
          refuse("tooManyRows", { max: limits.maxRows });
        }
      } else if (name === "sheetData") {
        inData = false;
        stop();
      }
    });
  });
  return [...rows.values()].sort((a, b) => a.number - b.number);
}

/** The shared strings at `needed`'s indexes, reading no further than the largest of them. */
async function sharedStrings(
  archive: ZipArchive,
  path: string | undefined,
  needed: Set<number>,
  limits: XlsxLimits,
): Promise<Map<number, string>> {
  const found = new Map<number, string>();
  if (!path || !archive.has(path)) return found;
  const last = Math.max(...needed);
  let index = -1;
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  await parse(archive, path, (parser, stop) => {
    parser.on("opentag", (tag) => {
      const name = local(tag.name);
      if (name === "si") {
        index++;
        current = needed.has(index) ? "" : null;
      } else if (name === "rPh") phonetic++;
      else if (name === "t" && !phonetic) inText = true;
    });
    const text = (chunk: string) => {
      if (!inText || current === null) return;
      if (current.length + chunk.length > limits.maxCellChars)
        refuse("cellTooLong", { cell: `#${index + 1}`, max: limits.maxCellChars });
      current += chunk;
    };
    parser.on("text", text);
    parser.on("cdata", text);
    parser.on("closetag", (tag) => {
      const name = local(tag.name);
      if (name === "t") inText = false;
      else if (name === "rPh") phonetic = Math.max(0, phonetic - 1);
      else if (name === "si") {
        if (current !== null) found.set(index, unescapeText(current));
        current = null;
        if (index >= last) stop();
      }
    });
  });
  return found;
}
