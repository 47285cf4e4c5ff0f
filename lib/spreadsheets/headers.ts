import type { ImportProblem } from "@/lib/spreadsheets/import/types";
import { columnLetter, type ProjectColumnKey } from "./columns";
import { columnForHeading, sheetTranslator } from "./labels";
import type { RawCell, RawSheet } from "./read";

export type ColumnIndex = Map<ProjectColumnKey, number>;

const REQUIRED: readonly ProjectColumnKey[] = ["code"];

function headingText(cell: RawCell): string {
  if (cell.kind === "text") return cell.text;
  if (cell.kind === "number") return String(cell.value);
  if (cell.kind === "date") return cell.iso;
  return "";
}

/**
 * Which column of the file holds which field, from the first row's headings in any of the
 * three languages. Unknown, repeated and unnamed-but-filled columns are problems, and so is a
 * missing code column: the file is not read further until they are fixed.
 */
export function mapColumns(
  sheet: RawSheet,
  lang: Parameters<typeof sheetTranslator>[0],
): { columns: ColumnIndex; problems: ImportProblem[] } {
  const columns: ColumnIndex = new Map();
  const problems: ImportProblem[] = [];
  const problem = (heading: string, key: string, column: ProjectColumnKey | null = null) =>
    problems.push({ row: 1, column, heading, message: { key: `spreadsheets.errors.${key}` } });
  const width = Math.max(sheet.header.length, ...sheet.rows.map((r) => r.cells.length));
  for (let index = 0; index < width; index++) {
    const cell = sheet.header[index] ?? { kind: "empty" };
    const heading = headingText(cell).trim();
    if (!heading) {
      const filled = sheet.rows.filter((r) => (r.cells[index]?.kind ?? "empty") !== "empty");
      if (index < sheet.header.length && (filled.length || cell.kind === "formula"))
        problem(columnLetter(index), "unnamedColumn");
      for (const row of index >= sheet.header.length ? filled : [])
        problems.push({
          row: row.number,
          column: null,
          heading: columnLetter(index),
          message: { key: "spreadsheets.errors.extraCells" },
        });
      continue;
    }
    const key = columnForHeading(heading);
    if (!key) problem(heading, "unknownColumn");
    else if (columns.has(key)) problem(heading, "duplicateColumn", key);
    else columns.set(key, index);
  }
  const missing = REQUIRED.filter((key) => !columns.has(key));
  if (missing.length) {
    const t = sheetTranslator(lang);
    problems.unshift({
      row: 1,
      column: null,
      heading: null,
      message: {
        key: "spreadsheets.errors.missingColumns",
        values: { columns: missing.map((key) => t(`spreadsheets.columns.${key}`)).join(", ") },
      },
    });
  }
  return { columns, problems };
}
