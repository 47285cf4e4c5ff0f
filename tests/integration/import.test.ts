import { stringify } from "csv-stringify/sync";
import { and, asc, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import type { ActionState } from "@/lib/actions/guard";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Locale } from "@/lib/i18n/locales";
import { projectPlaceKeys } from "@/lib/places/queries";
import { parseProjectFilters } from "@/lib/projects/list/input";
import { exportProjectRows, projectSheet } from "@/lib/spreadsheets/export/queries";
import { templateSheets } from "@/lib/spreadsheets/export/template";
import { confirmImport, previewImport } from "@/lib/spreadsheets/import/actions";
import { MAX_FILE_BYTES } from "@/lib/spreadsheets/import/rules";
import type { ImportReport } from "@/lib/spreadsheets/import/types";
import { toCsv, toXlsx } from "@/lib/spreadsheets/write";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import { asSessionUser, createMember } from "../support/factories";
import {
  buildSpreadsheetWorld,
  readXlsx,
  type SpreadsheetWorld,
  xlsxOf,
} from "./spreadsheet-world";

let t: TestDatabase;
let w: SpreadsheetWorld;
let coordinator: SessionUser;

beforeAll(async () => {
  process.env.AUTH_SECRET ??= "integration-tests-only-secret-0123456789abcdef";
  t = await createTestDatabase();
  w = await buildSpreadsheetWorld(t.db);
  coordinator = asSessionUser(w.coordinatorNo);
});
afterAll(async () => {
  await t?.destroy();
});

async function exported(format: "csv" | "xlsx", locale: Locale) {
  const scope = {
    groupId: w.group.id,
    userId: w.coordinatorNo.id,
    today: "2019-06-01",
    locale,
    timeZone: "Europe/Oslo",
  };
  const sheet = projectSheet(await exportProjectRows(t.db, scope, parseProjectFilters({})), locale);
  return new Uint8Array(format === "csv" ? toCsv(sheet) : await toXlsx([sheet], locale));
}

const csvOf = (rows: string[][], delimiter = ",") =>
  new Uint8Array(Buffer.from(stringify(rows, { delimiter, record_delimiter: "windows" })));

async function preview(bytes: Uint8Array, name = "plan.csv", actor: SessionUser = coordinator) {
  return previewImport(t.db, actor, { groupId: w.group.id, file: { name, bytes } });
}

function reportOf(state: ActionState<ImportReport>): ImportReport {
  if (state.status !== "success")
    throw new Error(`expected a report, got ${JSON.stringify(state)}`);
  return state.data;
}

async function confirm(report: ImportReport, actor: SessionUser = coordinator) {
  return confirmImport.execute(t.db, actor, {
    groupId: w.group.id,
    fileName: report.fileName,
    content: report.confirm?.content ?? "",
    token: report.confirm?.token ?? "",
  });
}

/** Everything an import could touch. */
async function databaseState() {
  const projects = await t.db
    .select()
    .from(s.projects)
    .where(eq(s.projects.groupId, w.group.id))
    .orderBy(asc(s.projects.code));
  const [updates] = await t.db.select({ n: count() }).from(s.statusUpdates);
  const [audits] = await t.db.select({ n: count() }).from(s.auditEvents);
  return { projects, updates: updates?.n, audits: audits?.n };
}

async function project(code: string) {
  const [row] = await t.db
    .select()
    .from(s.projects)
    .where(and(eq(s.projects.groupId, w.group.id), eq(s.projects.code, code)));
  if (!row) throw new Error(`no project ${code}`);
  return { ...row, places: await projectPlaceKeys(t.db, row.id) };
}

const problemsOf = (report: ImportReport) =>
  report.problems.map((p) => ({ row: p.row, column: p.column, key: p.message.key }));

const HEADINGS_EN = ["Code", "Title (English)", "Cooperation area"];

describe(`importing projects: round trip (${testBackend()})`, () => {
  it.each([
    ["xlsx", "nb"],
    ["csv", "ru"],
    ["xlsx", "en"],
  ] as const)(
    "an exported %s file (%s) imported back unchanged changes nothing",
    async (format, locale) => {
      const before = await databaseState();
      const report = reportOf(await preview(await exported(format, locale), `plan.${format}`));
      expect(report.problems).toEqual([]);
      expect(report.counts).toEqual({ rows: 4, create: 0, update: 0, unchanged: 4 });
      expect(report.rows.map((r) => r.outcome)).toEqual(Array(4).fill("unchanged"));
      expect(report.confirm).toBeNull();
      expect(await databaseState()).toEqual(before);
    },
  );

  it("applies a changed cell through the edit form's rules: one new version, text timestamps, audit", async () => {
    const bytes = await exported("xlsx", "nb");
    const { workbook, sheet } = await readXlsx(bytes);
    sheet.getRow(3).getCell(4).value = "Aquaculture in Tromsø and Bodø"; // 2018-02, English title
    sheet.getRow(2).getCell(12).value = 55; // 2018-01, progress 40 → 55
    const edited = new Uint8Array(await workbook.xlsx.writeBuffer());
    const before = await project("2018-02");
    const report = reportOf(await preview(edited, "plan.xlsx"));
    expect(report.problems).toEqual([]);
    expect(report.counts).toMatchObject({ update: 2, unchanged: 2 });
    expect(report.rows[0]).toMatchObject({
      code: "2018-01",
      outcome: "update",
      changes: [],
      status: {
        from: { status: "in_progress", health: "on_track", progress: 40 },
        to: { status: "in_progress", health: "on_track", progress: 55 },
      },
    });
    expect(report.rows[1]).toMatchObject({ outcome: "update", changes: ["titleEn"], status: null });

    const result = await confirm(report);
    expect(result).toMatchObject({ status: "success", data: { created: 0, updated: 2 } });
    const after = await project("2018-02");
    expect(after.titleEn).toBe("Aquaculture in Tromsø and Bodø");
    expect(after.version).toBe(before.version + 1);
    expect(Object.keys(after.textEditedAt)).toEqual(["title.en"]);
    const p1 = await project("2018-01");
    expect(p1).toMatchObject({ progress: 55, version: 2, awaitingConfirmationFrom: "RU" });
    const [update] = await t.db
      .select()
      .from(s.statusUpdates)
      .where(eq(s.statusUpdates.projectId, p1.id))
      .orderBy(asc(s.statusUpdates.createdAt))
      .offset(2);
    expect(update).toMatchObject({
      authorId: coordinator.id,
      previousProgress: 40,
      progress: 55,
      note: null,
    });
    const events = await t.db
      .select()
      .from(s.auditEvents)
      .where(eq(s.auditEvents.groupId, w.group.id))
      .orderBy(asc(s.auditEvents.id));
    expect(events.map((e) => [e.action, e.entityId])).toEqual([
      ["project.import_update", p1.id],
      ["project.import_update", after.id],
      ["project.import", w.group.id],
    ]);
    expect(events[1]?.before).toEqual({ titleEn: null, version: 1 });
    expect(events[2]?.after).toMatchObject({
      fileName: "plan.xlsx",
      rows: 4,
      created: 0,
      updated: 2,
    });

    // The same file again: nothing left to do.
    expect(reportOf(await preview(edited, "plan.xlsx")).counts.update).toBe(0);
  });

  it("creates projects like the create form and records a later status as a status update", async () => {
    const bytes = csvOf([
      [
        "Kode",
        "Название (русский)",
        "Title (English)",
        "Samarbeidsområde",
        "Status",
        "Состояние",
        "Progress (%)",
        "Planned start",
        "Places",
        "E-post til kontaktperson, norsk side",
        "Контактное лицо российской стороны",
        "Funding amount",
        "Funding currency",
      ],
      [
        "N-01",
        "Новый проект",
        "",
        "akvakultur",
        "Planlagt",
        "",
        "",
        "15.03.2018",
        "",
        "",
        "",
        "",
        "",
      ],
      [
        "N-02",
        "",
        "Joint exercise",
        "Морские технологии",
        "3",
        "at risk",
        "30 %",
        "2018-03-15",
        "Kirkenes\nNikel",
        w.delegateNo.email.toUpperCase(),
        w.delegateRu.name,
        "1 250 000,5",
        "eur",
      ],
      ["N-03", "", "=1+2", "Aquaculture", "", "", "", "", "", "", "", "", ""],
    ]);
    const report = reportOf(await preview(bytes));
    expect(report.problems).toEqual([]);
    expect(report.rows.map((r) => [r.code, r.outcome, r.status?.to.status ?? null])).toEqual([
      ["N-01", "create", null],
      ["N-02", "create", "in_progress"],
      ["N-03", "create", null],
    ]);
    expect(await confirm(report)).toMatchObject({ status: "success", data: { created: 3 } });
    expect(await project("N-01")).toMatchObject({
      status: "planned",
      areaId: w.fish.id,
      titleRu: "Новый проект",
      plannedStart: "2018-03-15",
      version: 1,
      createdById: coordinator.id,
      lastUpdateAt: null,
    });
    const n2 = await project("N-02");
    expect(n2).toMatchObject({
      status: "in_progress",
      health: "at_risk",
      progress: 30,
      places: ["kirkenes", "nikel"],
      contactNoId: w.delegateNo.id,
      contactRuId: w.delegateRu.id,
      fundingAmount: "1250000.50",
      fundingCurrency: "EUR",
      awaitingConfirmationFrom: "RU",
    });
    expect(Object.keys(n2.textEditedAt)).toEqual(["title.en"]);
    const updates = await t.db
      .select()
      .from(s.statusUpdates)
      .where(eq(s.statusUpdates.projectId, n2.id));
    expect(updates).toMatchObject([
      { authorId: coordinator.id, status: "in_progress", previousStatus: null, progress: 30 },
    ]);
    // Text that begins with "=" is stored as text, and neutralised again on export.
    expect((await project("N-03")).titleEn).toBe("=1+2");
    const [audit] = await t.db
      .select()
      .from(s.auditEvents)
      .where(
        and(eq(s.auditEvents.entityId, n2.id), eq(s.auditEvents.action, "project.import_create")),
      );
    expect(audit?.after).toMatchObject({ code: "N-02", status: "in_progress", progress: 30 });
  });
});

describe(`the import template (${testBackend()})`, () => {
  it.each(["nb", "ru", "en"] as const)(
    "in %s has the headings in that language and imports cleanly as it comes",
    async (lang) => {
      const [projects, values] = await templateSheets(t.db, w.group.id, lang);
      const xlsx = new Uint8Array(await toXlsx([projects, values], lang));
      const { workbook, sheet } = await readXlsx(xlsx);
      expect(workbook.worksheets.map((ws) => ws.name)).toEqual(
        {
          nb: ["Prosjekter", "Tillatte verdier"],
          ru: ["Проекты", "Допустимые значения"],
          en: ["Projects", "Allowed values"],
        }[lang],
      );
      expect(sheet.getRow(1).getCell(1).value).toBe({ nb: "Kode", ru: "Код", en: "Code" }[lang]);
      expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(sheet.rowCount).toBe(2);
      for (const [bytes, name] of [
        [xlsx, "template.xlsx"],
        [new Uint8Array(toCsv(projects)), "template.csv"],
      ] as const) {
        const report = reportOf(await preview(bytes, name));
        expect(report.problems).toEqual([]);
        expect(report.rows).toMatchObject([{ code: "2020-01", outcome: "create", status: null }]);
      }
    },
  );
});

describe(`importing projects: nothing is written until a valid file is confirmed (${testBackend()})`, () => {
  it("refuses a file of 200 rows with one bad row, naming the row, the column and the problem", async () => {
    const rows = Array.from({ length: 200 }, (_, i) => [
      `B-${String(i).padStart(3, "0")}`,
      `Bulk project ${i}`,
      "Aquaculture",
      i === 136 ? "101" : String(i % 100),
      "In progress",
      "On track",
    ]);
    const bytes = csvOf([[...HEADINGS_EN, "Progress (%)", "Status", "Health"], ...rows]);
    const before = await databaseState();
    const report = reportOf(await preview(bytes));
    expect(report.counts.rows).toBe(200);
    expect(problemsOf(report)).toEqual([
      { row: 138, column: "progress", key: "spreadsheets.errors.progress" },
    ]);
    expect(report.rows[136]).toMatchObject({ row: 138, code: "B-136", outcome: "invalid" });
    expect(report.confirm).toBeNull();
    // A confirmation without the server's signature is refused too.
    expect(
      await confirm({
        ...report,
        confirm: { content: "H4sIAAAAAAAAAwMAAAAAAAAAAAA=", token: "1.x.y" },
      }),
    ).toMatchObject({
      status: "error",
      code: "validation",
      message: { key: "spreadsheets.import.expired" },
    });
    expect(await databaseState()).toEqual(before);
  });

  it("re-checks everything on confirm: a row that became invalid since the preview stops all rows", async () => {
    const leaving = await createMember(t.db, w.group.id, "delegate", { delegation: "NO" });
    const bytes = csvOf([
      [...HEADINGS_EN, "Norwegian contact person's email"],
      ["R-01", "First", "Aquaculture", ""],
      ["R-02", "Second", "Aquaculture", leaving.email],
    ]);
    const report = reportOf(await preview(bytes));
    expect(report.problems).toEqual([]);
    await t.db.delete(s.memberships).where(eq(s.memberships.userId, leaving.id));
    const before = await databaseState();
    const result = await confirm(report);
    expect(result).toMatchObject({ status: "error", code: "validation" });
    const again = result.status === "error" ? (result.data as ImportReport) : null;
    expect(again && problemsOf(again)).toEqual([
      { row: 3, column: "contactNoEmail", key: "spreadsheets.errors.contactUnknownNO" },
    ]);
    expect(await databaseState()).toEqual(before);
  });

  it("refuses a confirmation when a project changed after the preview, and shows the new preview", async () => {
    const bytes = csvOf([
      [...HEADINGS_EN, "Progress (%)"],
      ["C-01", "New one", "Aquaculture", "0"],
      ["2018-02", "Havbruk", "Aquaculture", ""],
    ]);
    const report = reportOf(await preview(bytes));
    expect(report.counts).toMatchObject({ create: 1, update: 1 });
    // Someone else creates C-01 in the meantime.
    await t.db.insert(s.projects).values({
      groupId: w.group.id,
      areaId: w.fish.id,
      code: "c-01",
      titleEn: "Created meanwhile",
    });
    const before = await databaseState();
    const result = await confirm(report);
    expect(result).toMatchObject({
      status: "error",
      code: "conflict",
      message: { key: "spreadsheets.import.changed" },
    });
    const fresh = result.status === "error" ? (result.data as ImportReport) : null;
    expect(fresh?.rows[0]).toMatchObject({ code: "C-01", outcome: "update" });
    expect(await databaseState()).toEqual(before);
  });

  it("lets only one of two simultaneous imports of the same new code through, writing nothing of the other", async () => {
    const first = reportOf(
      await preview(
        csvOf([
          HEADINGS_EN,
          ["K-01", "First file", "Aquaculture"],
          ["K-02", "Only in the first", "Aquaculture"],
        ]),
      ),
    );
    const second = reportOf(
      await preview(
        csvOf([
          HEADINGS_EN,
          ["K-03", "Only in the second", "Aquaculture"],
          ["k-01", "Second file", "Aquaculture"],
        ]),
      ),
    );
    const results = await Promise.all([
      confirm(first),
      confirm(second, asSessionUser(w.coordinatorNo)),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["error", "success"]);
    expect(results.find((r) => r.status === "error")).toMatchObject({ code: "conflict" });
    const codes = (await databaseState()).projects.map((p) => p.code.toLowerCase());
    const won = results[0]?.status === "success" ? ["k-01", "k-02"] : ["k-01", "k-03"];
    const lost = results[0]?.status === "success" ? "k-03" : "k-02";
    // In code order: which of the two files won decides the codes, not the order rows come back in.
    expect(codes.filter((c) => c.startsWith("k-")).sort()).toEqual(won);
    expect(codes).not.toContain(lost);
  });

  // Needs a second connection: PGlite runs one transaction at a time.
  it.runIf(testBackend() === "postgres")(
    "names the row whose new code another writer took while the import was writing",
    async () => {
      const report = reportOf(
        await preview(
          csvOf([
            HEADINGS_EN,
            ["RACE-0", "Free", "Aquaculture"],
            ["RACE-1", "Taken", "Aquaculture"],
          ]),
        ),
      );
      let release = () => {};
      let inserted = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      const ready = new Promise<void>((resolve) => {
        inserted = resolve;
      });
      const form = t.db.transaction(async (tx) => {
        await tx.insert(s.projects).values({
          groupId: w.group.id,
          areaId: w.fish.id,
          code: "RACE-1",
          titleEn: "By the form",
        });
        inserted();
        await held;
      });
      await ready;
      const importing = confirm(report);
      // The import's insert now waits on the unique index for the form's transaction.
      await new Promise((resolve) => setTimeout(resolve, 300));
      release();
      await form;
      expect(await importing).toMatchObject({
        status: "error",
        code: "conflict",
        message: { key: "spreadsheets.errors.codeTaken", values: { row: 3 } },
      });
      const codes = (await databaseState()).projects.map((p) => p.code);
      expect(codes).toContain("RACE-1");
      expect(codes).not.toContain("RACE-0");
    },
  );

  it("refuses altered content and a preview signed for another coordinator", async () => {
    const bytes = csvOf([HEADINGS_EN, ["S-01", "Signed", "Aquaculture"]]);
    const report = reportOf(await preview(bytes));
    const content = report.confirm?.content ?? "";
    const altered = {
      ...report,
      confirm: { content: `${content.slice(0, -4)}AAA=`, token: report.confirm?.token ?? "" },
    };
    expect(await confirm(altered)).toMatchObject({
      message: { key: "spreadsheets.import.expired" },
    });
    const other = asSessionUser(w.coordinatorRu);
    expect(await confirm(report, other)).toMatchObject({
      message: { key: "spreadsheets.import.expired" },
    });
    expect(await confirm(report)).toMatchObject({ status: "success" });
  });

  it("reads a Windows-1252 CSV with semicolons (as Excel saves it) with æøå intact", async () => {
    const text = (value: string) => Buffer.from(value, "latin1");
    const bytes = Buffer.concat([
      text("Kode;Tittel (norsk);Samarbeidsområde;Steder\r\n"),
      text("W-01;Havbruk i Båtsfjord "),
      Buffer.from([0x96]), // an en dash, where Windows-1252 differs from Latin-1
      text(' Ærlig og østlig;Akvakultur;"Tromsø\r\nVardø"\r\n'),
    ]);
    const report = reportOf(await preview(new Uint8Array(bytes)));
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ format: "csv", encoding: "windows-1252" });
    expect(await confirm(report)).toMatchObject({ status: "success" });
    expect(await project("W-01")).toMatchObject({
      titleNb: "Havbruk i Båtsfjord – Ærlig og østlig",
      places: ["tromso", "vardo"],
    });
  });

  it("reads a Windows-1251 CSV (as Excel saves it in Russian) with Cyrillic titles intact", async () => {
    const cp1251 = (value: string) =>
      Buffer.from(
        [...value].map((char) => {
          const code = char.charCodeAt(0);
          if (code < 0x80) return code;
          if (char === "Ё") return 0xa8;
          if (char === "ё") return 0xb8;
          if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
          if (char === "–") return 0x96;
          throw new Error(`not in the test's Windows-1251 table: ${char}`);
        }),
      );
    const bytes = cp1251(
      "Код;Название (русский);Направление сотрудничества\r\n" +
        "R-01;Аквакультура в Мурманской области – её развитие;Аквакультура\r\n" +
        "R-02;Морской ёж и краб;Аквакультура\r\n",
    );
    const report = reportOf(await preview(new Uint8Array(bytes)));
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ format: "csv", encoding: "windows-1251" });
    expect(await confirm(report)).toMatchObject({ status: "success", data: { created: 2 } });
    expect(await project("R-01")).toMatchObject({
      titleRu: "Аквакультура в Мурманской области – её развитие",
      areaId: w.fish.id,
    });
    expect(await project("R-02")).toMatchObject({ titleRu: "Морской ёж и краб" });
  });

  it("still reads Windows-1252 when Norwegian letters stand side by side now and then", async () => {
    const bytes = Buffer.from(
      "Kode;Tittel (norsk);Samarbeidsområde\r\nW-02;Blåøyd fiske ved Sørøya i Måsøy;Akvakultur\r\n",
      "latin1",
    );
    const report = reportOf(await preview(new Uint8Array(bytes)));
    expect(report).toMatchObject({ format: "csv", encoding: "windows-1252", problems: [] });
    expect(report.rows.map((r) => r.title)).toEqual(["Blåøyd fiske ved Sørøya i Måsøy"]);
  });

  it("names duplicate codes, unknown areas and contacts, bad progress, dates, statuses and health", async () => {
    const header = [
      ...HEADINGS_EN,
      "Progress (%)",
      "Planned start",
      "Planned end",
      "Status",
      "Health",
      "Norwegian contact person",
      "Russian contact person's email",
    ];
    const row = (code: string, changes: Record<string, string>) => {
      const values: Record<string, string> = {
        Code: code,
        "Title (English)": "Title",
        "Cooperation area": "Aquaculture",
        ...changes,
      };
      return header.map((heading) => values[heading] ?? "");
    };
    const bytes = csvOf([
      header,
      row("E-01", {}),
      row("e-01", {}),
      row("E-02", { "Cooperation area": "Space travel" }),
      row("E-03", { "Cooperation area": "Former area" }),
      row("E-04", { "Progress (%)": "101" }),
      row("E-05", { "Progress (%)": "12.5" }),
      row("E-06", { "Planned start": "31.02.2019" }),
      row("E-07", { "Planned end": "03/15/2019" }),
      row("E-08", { "Planned start": "2019-05-01", "Planned end": "2019-04-01" }),
      row("E-09", { Status: "Done" }),
      row("E-10", { Status: "Completed", Health: "On track" }),
      row("E-11", { Status: "In progress" }),
      row("E-12", { "Norwegian contact person": w.delegateRu.name }),
      row("E-13", { "Russian contact person's email": "nobody@example.org" }),
      row("E-14", { "Title (English)": "" }),
      row("bad code", {}),
    ]);
    const before = await databaseState();
    const report = reportOf(await preview(bytes));
    expect(problemsOf(report)).toEqual([
      { row: 3, column: "code", key: "spreadsheets.errors.duplicateCode" },
      { row: 4, column: "area", key: "spreadsheets.errors.areaUnknown" },
      { row: 5, column: "area", key: "spreadsheets.errors.areaUnknown" },
      { row: 6, column: "progress", key: "spreadsheets.errors.progress" },
      { row: 7, column: "progress", key: "spreadsheets.errors.progress" },
      { row: 8, column: "plannedStart", key: "spreadsheets.errors.date" },
      { row: 9, column: "plannedEnd", key: "spreadsheets.errors.date" },
      { row: 10, column: "plannedEnd", key: "projectForm.errors.endBeforeStart" },
      { row: 11, column: "status", key: "spreadsheets.errors.statusUnknown" },
      { row: 12, column: "health", key: "spreadsheets.errors.healthNotRated" },
      { row: 13, column: "health", key: "spreadsheets.errors.healthRequired" },
      { row: 14, column: "contactNoName", key: "spreadsheets.errors.contactUnknownNO" },
      { row: 15, column: "contactRuEmail", key: "spreadsheets.errors.contactUnknownRU" },
      { row: 16, column: "titleEn", key: "projectForm.errors.titleRequired" },
      { row: 17, column: "code", key: "projectForm.errors.codeFormat" },
    ]);
    expect(report.problems[0]?.message.values).toEqual({ row: 2 });
    expect(report.rows.filter((r) => r.outcome !== "invalid").map((r) => r.code)).toEqual(["E-01"]);
    expect(report.confirm).toBeNull();
    expect(await databaseState()).toEqual(before);
  });

  it("refuses formulas in an Excel file, naming the cell", async () => {
    const bytes = await xlsxOf([
      [...HEADINGS_EN, "Progress (%)"],
      ["X-01", "Formula progress", "Aquaculture", { formula: "20+30", result: 50 }],
    ]);
    expect(problemsOf(reportOf(await preview(bytes, "plan.xlsx")))).toEqual([
      { row: 2, column: "progress", key: "spreadsheets.errors.formula" },
    ]);
  });

  it("reads the file by its content, not its name, and refuses what is not a spreadsheet", async () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ]);
    const oldXls = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const brokenZip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    const key = async (bytes: Uint8Array, name: string) =>
      problemsOf(reportOf(await preview(bytes, name))).map((p) => p.key);
    expect(await key(png, "plan.xlsx")).toEqual(["spreadsheets.errors.notSpreadsheet"]);
    expect(await key(oldXls, "plan.xls")).toEqual(["spreadsheets.errors.notSpreadsheet"]);
    expect(await key(brokenZip, "plan.xlsx")).toEqual(["spreadsheets.errors.unreadableXlsx"]);
    expect(await key(new Uint8Array(), "plan.csv")).toEqual(["spreadsheets.errors.empty"]);
    expect(await key(new Uint8Array(Buffer.from("\ufeff\r\n")), "plan.csv")).toEqual([
      "spreadsheets.errors.empty",
    ]);
    expect(await key(new Uint8Array(MAX_FILE_BYTES + 1).fill(65), "big.csv")).toEqual([
      "spreadsheets.errors.tooLarge",
    ]);
    expect(await key(csvOf([HEADINGS_EN]), "plan.csv")).toEqual(["spreadsheets.errors.noRows"]);
    expect(await key(new Uint8Array(Buffer.from('Code\r\n"unclosed,x\r\n')), "plan.csv")).toEqual([
      "spreadsheets.errors.unreadableCsv",
    ]);
    // An XLSX renamed .csv is still read as XLSX.
    const xlsx = await xlsxOf([HEADINGS_EN, ["Z-01", "Zipped", "Aquaculture"]]);
    expect(reportOf(await preview(xlsx, "plan.csv"))).toMatchObject({
      format: "xlsx",
      problems: [],
    });
  });

  it("says which headings are missing, unknown or repeated", async () => {
    const bytes = csvOf([
      ["Title (English)", "Colour", "Tittel (engelsk)", ""],
      ["A title", "red", "B title", "stray"],
    ]);
    const report = reportOf(await preview(bytes));
    expect(
      report.problems.map((p) => [p.row, p.heading, p.message.key, p.message.values ?? null]),
    ).toEqual([
      [1, null, "spreadsheets.errors.missingColumns", { columns: "Kode" }],
      [1, "Colour", "spreadsheets.errors.unknownColumn", null],
      [1, "Tittel (engelsk)", "spreadsheets.errors.duplicateColumn", null],
      [1, "D", "spreadsheets.errors.unnamedColumn", null],
    ]);
  });

  it("refuses an archived project's changes", async () => {
    await t.db
      .update(s.projects)
      .set({ archivedAt: new Date() })
      .where(eq(s.projects.id, w.projects.p3.id));
    const bytes = csvOf([
      ["Code", "Progress (%)"],
      ["2018-03", "90"],
    ]);
    expect(problemsOf(reportOf(await preview(bytes)))).toEqual([
      { row: 2, column: "code", key: "spreadsheets.errors.archived" },
    ]);
  });

  it("lets only the group's coordinators (and admins) import: others forbidden, outsiders not found", async () => {
    const bytes = csvOf([HEADINGS_EN, ["P-01", "Permitted", "Aquaculture"]]);
    const report = reportOf(await preview(bytes));
    for (const [user, code] of [
      [w.delegateNo, "forbidden"],
      [w.observer, "forbidden"],
      [w.outsider, "not_found"],
    ] as const) {
      const actor = asSessionUser(user);
      expect(await preview(bytes, "plan.csv", actor)).toMatchObject({ status: "error", code });
      expect(await confirm(report, actor)).toMatchObject({ status: "error", code });
    }
    const before = await databaseState();
    expect(before.projects.some((p) => p.code === "P-01")).toBe(false);
    expect(reportOf(await preview(bytes, "plan.csv", asSessionUser(w.admin))).problems).toEqual([]);
  });
});
