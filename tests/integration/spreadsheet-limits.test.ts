/**
 * Issue 18.1: a tiny XLSX took the whole server down — ExcelJS built every cell up to the
 * sheet's widest column (one cell at XFD per row: 16,384 a row; 300 rows of ~3 KB ran out of
 * heap), and every zip entry was inflated whole before the row limit applied. Each file below is
 * read in a process of its own, capped at 512 MB of heap (the reader dies there, not the run),
 * and must be refused with a translated message while the process grows by less than 256 MB.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import type { MessageRef } from "@/lib/errors";
import {
  deflated,
  SHEET_END,
  SHEET_START,
  xlsxOfParts,
  type ZipEntry,
} from "../support/xlsx-files";

const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), "workplan-xlsx-limits-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const MB = 1024 * 1024;
/** The upload limit: every file here is a small upload. */
const UPLOAD_LIMIT = 5 * MB;

interface Reading {
  answer: { ok: true; rows: number } | MessageRef;
  ms: number;
  growthMb: number;
}

async function readInChild(name: string, bytes: Buffer): Promise<Reading> {
  expect(bytes.length).toBeLessThan(UPLOAD_LIMIT);
  const file = join(work, name);
  writeFileSync(file, bytes);
  const { stdout } = await run(
    process.execPath,
    [
      "--max-old-space-size=512",
      "--expose-gc",
      "--import",
      "tsx",
      "--import",
      "./scripts/bench/server-only.mjs",
      "tests/support/read-spreadsheet-child.ts",
      file,
    ],
    { maxBuffer: 16 * MB, timeout: 120_000 },
  );
  const reading = JSON.parse(stdout) as Reading;
  console.info(`[xlsx limits] ${name} (${(bytes.length / 1024).toFixed(0)} kB): ${stdout}`);
  return reading;
}

const messages = (lang: string) =>
  JSON.parse(readFileSync(`messages/${lang}.json`, "utf8")) as {
    spreadsheets: { errors: Record<string, string> };
  };

/** Refused with a message every language has, memory grew by less than 256 MB. */
function expectRefused(reading: Reading, key: string) {
  expect(reading.answer).toMatchObject({ key: `spreadsheets.errors.${key}` });
  for (const lang of ["nb", "ru", "en"])
    expect(messages(lang).spreadsheets.errors[key], `${lang}: ${key}`).toBeTruthy();
  expect(reading.growthMb).toBeLessThan(256);
}

const SLOW = { timeout: 180_000 };

describe("reading an XLSX upload within its limits", () => {
  it("refuses a sheet with a cell at column XFD in each of 300 rows (3 kB)", SLOW, async () => {
    const rows = Array.from(
      { length: 300 },
      (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>${i}</v></c></row>`,
    ).join("");
    const bytes = xlsxOfParts({
      sheet: { name: "xl/worksheets/sheet1.xml", data: `${SHEET_START}${rows}${SHEET_END}` },
    });
    expectRefused(await readInChild("wide.xlsx", bytes), "tooManyColumns");
  });

  it("refuses a sheet of 1,000,000 rows, reading no further than the row limit", SLOW, async () => {
    function* sheet() {
      yield SHEET_START;
      yield '<row r="1"><c r="A1" t="s"><v>0</v></c></row>';
      for (let r = 2; r <= 1_000_000; r += 1000) {
        let chunk = "";
        for (let i = r; i < r + 1000; i++)
          chunk += `<row r="${i}"><c r="A${i}" t="s"><v>1</v></c></row>`;
        yield chunk;
      }
      yield SHEET_END;
    }
    const bytes = xlsxOfParts({
      sharedStrings: ["Code", "X"],
      sheet: { name: "xl/worksheets/sheet1.xml", deflated: await deflated(sheet()) },
    });
    const reading = await readInChild("million-rows.xlsx", bytes);
    expectRefused(reading, "tooManyRows");
    expect(reading.answer).toMatchObject({ values: { max: 2000 } });
  });

  it("refuses a zip bomb: an entry of 2 GB of zeros, honestly declared", SLOW, async () => {
    const zeros = Buffer.alloc(MB);
    const bomb = await deflated(Array.from({ length: 2048 }, () => zeros));
    const bytes = xlsxOfParts({ extra: [{ name: "xl/media/image1.bin", deflated: bomb }] });
    expectRefused(await readInChild("bomb.xlsx", bytes), "unpackedTooLarge");
  });

  it("refuses a zip bomb that declares a few bytes and inflates to 2 GB", SLOW, async () => {
    const zeros = Buffer.alloc(MB);
    const bomb = await deflated(Array.from({ length: 2048 }, () => zeros));
    const lying: ZipEntry = { name: "xl/worksheets/sheet1.xml", deflated: bomb, declaredSize: 900 };
    expectRefused(
      await readInChild("lying-bomb.xlsx", xlsxOfParts({ sheet: lying })),
      "unpackedTooLarge",
    );
  });

  it("refuses an archive of 20,000 entries before reading any", SLOW, async () => {
    const many: ZipEntry[] = Array.from({ length: 20_000 }, (_, i) => ({
      name: `xl/x/${i}.xml`,
      data: "",
    }));
    expectRefused(await readInChild("entries.xlsx", xlsxOfParts({ extra: many })), "tooManyParts");
  });

  it(
    "refuses the same in CSV: a million rows, and a filled cell past the last column",
    SLOW,
    async () => {
      const rows = Buffer.from(`Code\n${"X\n".repeat(1_000_000)}`);
      expectRefused(await readInChild("million-rows.csv", rows), "tooManyRows");
      const wide = Buffer.from(`Code${",".repeat(5000)}x\nP-1\n`);
      expectRefused(await readInChild("wide.csv", wide), "tooManyColumns");
    },
  );

  it("still reads an ordinary file quickly", SLOW, async () => {
    const rows = Array.from(
      { length: 2000 },
      (_, i) =>
        `<row r="${i + 2}"><c r="A${i + 2}" t="inlineStr"><is><t>P-${i}</t></is></c><c r="B${i + 2}" t="s"><v>1</v></c></row>`,
    ).join("");
    const bytes = xlsxOfParts({
      sharedStrings: ["Code", "Title"],
      sheet: {
        name: "xl/worksheets/sheet1.xml",
        data: `${SHEET_START}<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>${rows}${SHEET_END}`,
      },
    });
    const reading = await readInChild("ordinary.xlsx", bytes);
    expect(reading.answer).toEqual({ ok: true, rows: 2000 });
  });
});
