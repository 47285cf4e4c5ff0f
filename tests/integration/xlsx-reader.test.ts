/**
 * The streaming XLSX reader (lib/spreadsheets/xlsx.ts, issue 18.1) reads a file the way the
 * ExcelJS-based reader before it did — here that older reader is the oracle, on workbooks
 * ExcelJS writes (as Excel would) with every kind of cell, in random sheets.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoDay, unneutralise } from "@/lib/spreadsheets/cells";
import { type RawCell, readSpreadsheet } from "@/lib/spreadsheets/read";
import { isDateFormat } from "@/lib/spreadsheets/xlsx";
import { SHEET_END, SHEET_START, xlsxOfParts } from "../support/xlsx-files";

const EMPTY: RawCell = { kind: "empty" };
const textCell = (text: string): RawCell =>
  text === "" ? EMPTY : { kind: "text", text: unneutralise(text) };

/** lib/spreadsheets/read.ts's xlsxCell before issue 18. */
function oracleCell(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === "string") return textCell(value);
  if (typeof value === "number") return { kind: "number", value };
  if (typeof value === "boolean") return { kind: "text", text: value ? "TRUE" : "FALSE" };
  if (value instanceof Date) return { kind: "date", iso: isoDay(value) };
  if ("formula" in value || "sharedFormula" in value || "error" in value)
    return { kind: "formula" };
  if ("richText" in value) return textCell(value.richText.map((part) => part.text).join(""));
  if ("hyperlink" in value) return textCell(String(value.text));
  return EMPTY;
}

/** The sheet as the old reader saw it, blank rows dropped, trailing empty cells trimmed. */
async function oracle(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("no sheet");
  const cellsOf = (row: ExcelJS.Row) =>
    trim(Array.from({ length: row.cellCount }, (_, i) => oracleCell(row.getCell(i + 1).value)));
  const rows: { number: number; cells: RawCell[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells = cellsOf(row);
    if (number > 1 && cells.length) rows.push({ number, cells });
  });
  return { header: cellsOf(sheet.getRow(1)), rows };
}

function trim(cells: RawCell[]): RawCell[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1]?.kind === "empty") end--;
  return cells.slice(0, end);
}

async function mine(bytes: Uint8Array) {
  const read = await readSpreadsheet(bytes);
  if (!read.ok) throw new Error(JSON.stringify(read.problem));
  return {
    header: trim(read.sheet.header),
    rows: read.sheet.rows.map((r) => ({ number: r.number, cells: trim(r.cells) })),
  };
}

type CellSpec = { value: ExcelJS.CellValue; numFmt?: string };
const value = fc.oneof(
  fc.constant({ value: null }),
  fc.string({ maxLength: 12 }).map((s) => ({
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters a spreadsheet cannot hold
    value: s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ""),
  })),
  fc
    .constantFrom("'=1+1", "Мурманск", "  spaced ", "a\nb", "_x0041_ literal")
    .map((v) => ({ value: v })),
  fc
    .double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 })
    .map((v) => ({ value: v })),
  fc.integer({ min: 0, max: 100 }).map((v) => ({ value: v, numFmt: "0%" })),
  fc
    .date({ min: new Date("1950-01-01"), max: new Date("2090-12-31"), noInvalidDate: true })
    .map((d) => ({
      value: new Date(`${d.toISOString().slice(0, 10)}T00:00:00Z`),
      numFmt: "dd.mm.yyyy",
    })),
  fc.boolean().map((v) => ({ value: v })),
  fc.constant({ value: { formula: "1+1", result: 2 } as ExcelJS.CellValue }),
  fc.constant({ value: { error: "#N/A" } as ExcelJS.CellValue }),
  fc.constant({
    value: { richText: [{ text: "Rich " }, { font: { bold: true }, text: "text" }] },
  }),
  fc.constant({ value: { text: "Link", hyperlink: "https://example.org" } as ExcelJS.CellValue }),
) as fc.Arbitrary<CellSpec>;

describe("the XLSX reader against the ExcelJS reader it replaced", () => {
  it("reads every kind of cell, in sparse rows, as ExcelJS did", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            row: fc.integer({ min: 1, max: 40 }),
            column: fc.integer({ min: 1, max: 30 }),
            cell: value,
          }),
          { minLength: 1, maxLength: 40 },
        ),
        async (cells) => {
          const workbook = new ExcelJS.Workbook();
          const sheet = workbook.addWorksheet("Projects");
          workbook.addWorksheet("Second").getCell("A1").value = "not read";
          sheet.getCell(1, 1).value = "Code";
          for (const { row, column, cell } of cells) {
            const target = sheet.getCell(row, column);
            target.value = cell.value;
            if (cell.numFmt) target.numFmt = cell.numFmt;
          }
          const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
          const expected = await oracle(bytes);
          if (!trim(expected.header).length && !expected.rows.length) {
            // Every cell emptied, the heading's too: ExcelJS reads nothing, and the import
            // refuses the file with its translated "empty" message rather than reading nothing.
            const read = await readSpreadsheet(bytes);
            expect(read.ok ? null : read.problem).toEqual({ key: "spreadsheets.errors.empty" });
            return;
          }
          expect(await mine(bytes)).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("reads shared strings with rich text and phonetic runs, prefixed elements and the 1904 system", async () => {
    const sheet = `${SHEET_START.replace("<worksheet ", '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ').replace("<sheetData>", "<x:sheetData>")}`;
    const bytes = xlsxOfParts({
      sharedStrings: ["Code", "<r><t>Ri</t></r><r><t>ch</t></r><rPh><t>phonetic</t></rPh>"],
      sheet: {
        name: "xl/worksheets/sheet1.xml",
        data: `${sheet}<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row><x:row r="3"><x:c r="B3" t="s"><x:v>1</x:v></x:c><x:c r="C3" t="inlineStr"><x:is><x:t>inline</x:t></x:is></x:c><x:c r="D3" t="b"><x:v>1</x:v></x:c><x:c r="E3" s="0"/></x:row></x:sheetData></x:worksheet>`,
      },
    });
    const read = await readSpreadsheet(new Uint8Array(bytes));
    expect(read).toMatchObject({
      ok: true,
      sheet: {
        header: [{ kind: "text", text: "Code" }, EMPTY, EMPTY, EMPTY],
        rows: [
          {
            number: 3,
            cells: [
              EMPTY,
              { kind: "text", text: "Rich" },
              { kind: "text", text: "inline" },
              { kind: "text", text: "TRUE" },
            ],
          },
        ],
      },
    });
    expect(SHEET_END).toBe("</sheetData></worksheet>");
  });

  it("tells date formats from others", () => {
    for (const code of ["dd.mm.yyyy", "yyyy-mm-dd hh:mm", "[$-419]d mmmm yyyy", "m/d/yy"])
      expect(isDateFormat(code), code).toBe(true);
    for (const code of ["0.00", '#,##0 "kr"', "[Red]0%", "@", "General", "0.0\\m"])
      expect(isDateFormat(code), code).toBe(false);
  });
});
