import { stringify } from "csv-stringify/sync";
import { and, asc, count, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import type { ProjectColumnKey } from "@/lib/spreadsheets/columns";
import { templateSheets } from "@/lib/spreadsheets/export/template";
import { confirmImport, previewImport } from "@/lib/spreadsheets/import/actions";
import type { ImportReport } from "@/lib/spreadsheets/import/types";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import { hostileCell, hostileText } from "./arbitraries";
import { answerProblems, brief, holds, untranslated } from "./oracle";
import { buildWorld, nextSerial, type World } from "./world";

let t: TestDatabase;
let w: World;
let headings: { key: ProjectColumnKey; heading: string }[];
let emails: { no: string; ru: string };

beforeAll(async () => {
  process.env.AUTH_SECRET ??= "integration-tests-only-secret-0123456789abcdef";
  t = await createTestDatabase();
  w = await buildWorld(t.db);
  const [sheet] = await templateSheets(t.db, w.ids.group, w.actor.locale);
  const keys = (await import("@/lib/spreadsheets/columns")).PROJECT_COLUMNS.map(
    (c) => c.key,
  ).filter((key) => key !== "lastUpdateDate" && key !== "lastUpdateNote");
  headings = sheet.columns.map((column, index) => ({
    key: keys[index] as ProjectColumnKey,
    heading: column.header,
  }));
  const [no] = await t.db.select().from(s.users).where(eq(s.users.id, w.ids.delegateNo));
  const [ru] = await t.db.select().from(s.users).where(eq(s.users.id, w.ids.delegateRu));
  emails = { no: no?.email ?? "", ru: ru?.email ?? "" };
});
afterAll(async () => {
  await t?.destroy();
});

/** A row the import accepts: a new project, or (with an existing code) an edit of it. */
function validRow(code: string): Partial<Record<ProjectColumnKey, unknown>> {
  return {
    code,
    titleNb: "Felles beredskapsøvelse",
    titleRu: "Совместные учения",
    titleEn: "Joint exercise",
    summaryEn: "Annual exercise.",
    area: "Aquaculture",
    status: "In progress",
    health: "On track",
    progress: 10,
    plannedStart: "2020-03-01",
    plannedEnd: "2021-12-31",
    leadOrgNo: "Hovedredningssentralen",
    leadOrgRu: "ГУ МЧС",
    contactNoEmail: emails.no,
    contactRuEmail: emails.ru,
    partners: "Norges Røde Kors\nКрасный Крест",
    places: "Kirkenes\nНикель",
    fundingAmount: 250000,
    fundingCurrency: "NOK",
    fundingSource: "Barentssekretariatet",
  };
}

/** An otherwise valid sheet (one to three rows) with hostile contents in some of its cells. */
const sheets = fc
  .tuple(
    fc.integer({ min: 1, max: 3 }),
    fc.array(fc.tuple(fc.nat(2), fc.nat(30), hostileCell), { minLength: 0, maxLength: 4 }),
    fc.boolean(),
  )
  .map(([rows, changes, existing]) => {
    const grid = Array.from({ length: rows }, (_, i) =>
      validRow(existing && i === 0 ? "2018-01" : `IMP-${nextSerial()}`),
    );
    for (const [row, column, value] of changes) {
      const target = grid[row % rows];
      const key = headings[column % headings.length]?.key;
      if (target && key) target[key] = value;
    }
    return grid.map((row) => headings.map(({ key }) => row[key] ?? null));
  });

const csvText = (value: unknown) =>
  value === null || value === undefined
    ? ""
    : value instanceof Date
      ? value.toISOString()
      : String(value);

async function fileOf(format: "csv" | "xlsx", rows: unknown[][]): Promise<Uint8Array | null> {
  const header = headings.map((h) => h.heading);
  if (format === "csv")
    return new Uint8Array(Buffer.from(stringify([header, ...rows.map((r) => r.map(csvText))])));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Prosjekter");
  sheet.addRow(header);
  for (const row of rows)
    sheet.addRow(row.map((v) => (v === undefined ? null : v)) as ExcelJS.CellValue[]);
  try {
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  } catch {
    return null; // a value ExcelJS cannot write is no file anyone can upload
  }
}

/** Everything an import could change. */
async function databaseState() {
  const projects = await t.db
    .select()
    .from(s.projects)
    .where(eq(s.projects.groupId, w.ids.group))
    .orderBy(asc(s.projects.code));
  const [updates] = await t.db.select({ n: count() }).from(s.statusUpdates);
  const [audits] = await t.db.select({ n: count() }).from(s.auditEvents);
  return { projects, updates: updates?.n, audits: audits?.n };
}

function reportProblems(report: ImportReport): string[] {
  const problems = report.problems.flatMap((p) => untranslated(p.message));
  if (report.problems.length && report.confirm)
    problems.push("a file with problems can be confirmed");
  for (const p of report.problems)
    if (p.row !== null && !report.rows.some((r) => r.row === p.row) && p.row !== 1)
      problems.push(`problem on row ${p.row}, which the report does not list`);
  if (!report.problems.length && report.rows.some((r) => r.outcome === "invalid"))
    problems.push("an invalid row without a problem");
  return problems;
}

const TEXT_COLUMNS: ProjectColumnKey[] = [
  "titleNb",
  "titleRu",
  "titleEn",
  "summaryNb",
  "summaryRu",
  "summaryEn",
  "leadOrgNo",
  "leadOrgRu",
  "fundingSource",
];

/**
 * What a file can carry of a text: UTF-8 turns half a surrogate pair into U+FFFD, spreadsheets
 * fold CRLF to LF, and XML (XLSX) has no place for most control characters.
 */
const asFileText = (text: string, format: "csv" | "xlsx") => {
  const carried = text
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\ufffd")
    .replace(/\r\n?/g, "\n");
  if (format === "csv") return carried;
  const inXml = (char: string) => {
    const code = char.codePointAt(0) ?? 0;
    return (code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) && code < 0xfffe;
  };
  return [...carried].filter(inXml).join("");
};

/** The new projects' texts are what the cells said, only trimmed. */
async function expectStoredAsTyped(
  format: "csv" | "xlsx",
  report: ImportReport,
  rows: unknown[][],
) {
  for (const [index, row] of rows.entries()) {
    const outcome = report.rows.find((r) => r.row === index + 2);
    if (outcome?.outcome !== "create") continue;
    const [project] = await t.db
      .select()
      .from(s.projects)
      .where(and(eq(s.projects.groupId, w.ids.group), eq(s.projects.code, outcome.code)));
    if (!project) throw new Error(`imported ${outcome.code} not found`);
    for (const key of TEXT_COLUMNS) {
      const typed = row[headings.findIndex((h) => h.key === key)];
      if (typeof typed !== "string" || typed.startsWith("'")) continue;
      const stored = project[key as keyof typeof project] as string | null;
      expect(asFileText(stored ?? "", format), key).toBe(asFileText(typed.trim(), format).trim());
    }
  }
}

describe(`importing a spreadsheet with hostile cells (${testBackend()})`, () => {
  it.each(["csv", "xlsx"] as const)(
    "%s: a clean preview or translated problems per row; nothing changes until confirmed",
    async (format) => {
      const names = fc.oneof(
        fc.constant(`plan.${format}`),
        fc
          .tuple(hostileText, fc.integer({ min: 0, max: 260 }))
          .map(
            ([text, length]) =>
              `${text.repeat(Math.ceil(length / Math.max(text.length, 1))).slice(0, length)}.${format}`,
          ),
      );
      const seen = { clean: 0, problems: 0, confirmed: 0 };
      await holds(
        `import ${format}`,
        fc.asyncProperty(sheets, names, fc.boolean(), async (rows, name, confirm) => {
          const bytes = await fileOf(format, rows);
          if (!bytes) return;
          const before = await databaseState();
          const state = await previewImport(t.db, w.actor, {
            groupId: w.ids.group,
            file: { name, bytes },
          });
          if (state.status !== "success") throw new Error(`no report: ${brief(state)}`);
          const problems = [
            ...reportProblems(state.data),
            ...answerProblems(state, { rows, name }),
          ];
          if (problems.length)
            throw new Error(`${problems.join("\n")}\n${brief(state.data, 2000)}`);
          expect(await databaseState()).toEqual(before);
          if (state.data.problems.length) seen.problems++;
          else seen.clean++;
          const offer = state.data.confirm;
          if (!offer || !confirm) return;
          const input = { groupId: w.ids.group, fileName: state.data.fileName, ...offer };
          const answer = await confirmImport.execute(t.db, w.actor, input);
          const refused = answerProblems(answer, input);
          if (refused.length || answer.status !== "success")
            throw new Error(`confirming a clean preview: ${refused.join("\n")} ${brief(answer)}`);
          seen.confirmed++;
          await expectStoredAsTyped(format, state.data, rows);
        }),
      );
      expect(seen.clean).toBeGreaterThan(0);
      expect(seen.problems).toBeGreaterThan(0);
    },
    120_000,
  );
});
