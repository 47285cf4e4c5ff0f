import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { neutraliseCsv, unneutraliseCsv } from "@/lib/spreadsheets/cells";

// Text made mostly of what matters here: separators, quotes, apostrophes, formula starts.
const risky = fc
  .array(
    fc.constantFrom(",", ";", "\t", "\r", "\n", '"', "'", "=", "+", "-", "@", "a", "1", " ", "Б"),
    { maxLength: 16 },
  )
  .map((chars) => chars.join(""));

/** Where a program splitting on any of , ; tab or a line break would begin a cell. */
const cellStarts = (file: string) =>
  file
    .replace(/^\ufeff/, "")
    .split(/[,;\t\r\n]/)
    .map((cell) => cell.replace(/^"+/, ""));

describe("CSV cells against formula injection (issue 18.3)", () => {
  it("gives back exactly the text it neutralised", () => {
    fc.assert(
      fc.property(risky, (text) => {
        expect(unneutraliseCsv(neutraliseCsv(text))).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it("leaves no cell that starts a formula, however the quoted file is split", () => {
    fc.assert(
      fc.property(fc.array(risky, { minLength: 1, maxLength: 4 }), (texts) => {
        const file = stringify([texts.map(neutraliseCsv)], { quoted: true, quoted_empty: true });
        expect(cellStarts(file).filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it("leaves ordinary text alone", () => {
    for (const text of ["Vardø, Kirkenes", "Мурманск; Архангельск", "1 500 000", "a-b", "x@y.no"])
      expect(neutraliseCsv(text)).toBe(text);
  });
});
