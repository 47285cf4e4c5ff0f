import { eq } from "drizzle-orm";
import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { hashPassword } from "@/lib/auth/password";
import { reportDocument } from "@/lib/brief/report/document";
import { buildReport, reportPeriod } from "@/lib/brief/report/queries";
import { loadDashboard } from "@/lib/dashboard/queries/dashboard";
import { renderDocx } from "@/lib/print/docx";
import { renderPdf } from "@/lib/print/pdf";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";

const TODAY = "2021-06-01";
let t: TestDatabase;
let groupId: string;
let userId: string;

const squash = (text: string) => text.replace(/\s+/g, "");

async function pdfText(data: Buffer): Promise<string> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: new Uint8Array(data), isEvalSupported: false })
    .promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(""));
  }
  await doc.destroy();
  return pages.join("\n");
}

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db, { hashPassword, now: new Date("2019-11-01T12:00:00Z") });
  const [group] = await t.db
    .select()
    .from(s.workingGroups)
    .where(eq(s.workingGroups.slug, "regional-cooperation"));
  const [user] = await t.db
    .select()
    .from(s.users)
    .where(eq(s.users.email, "coordinator.no@workplan.test"));
  groupId = group?.id ?? "";
  userId = user?.id ?? "";
});
afterAll(async () => {
  await t?.destroy();
});

describe(`the report to the commission (${testBackend()})`, () => {
  it("gives the approved plan's figures per area exactly as the dashboard does", async () => {
    const report = await buildReport(t.db, {
      groupId,
      from: "2018-01-01",
      to: "2019-12-31",
      today: TODAY,
    });
    const dashboard = await loadDashboard(
      t.db,
      { groupId, userId, today: TODAY, locale: "nb" },
      { plan: undefined, side: undefined },
    );
    expect(report?.plan).toMatchObject({ number: 2, periodStart: 2018, periodEnd: 2019 });
    expect(report?.total.figures.total).toBe(27);
    expect(report?.areas.map((a) => [a.name.en, a.figures.total, a.figures.overdue])).toEqual(
      dashboard.areas.map((a) => [a.name.en, a.total, a.overdue]),
    );
    expect(report?.total.figures.status).toEqual(dashboard.totals.status);
    expect(report?.total.averageProgress).toBe(
      Math.round(dashboard.totals.progressSum / dashboard.totals.total),
    );
  });

  it("lists the decisions of the meetings held in the period, by meeting", async () => {
    const report = await buildReport(t.db, {
      groupId,
      from: "2018-01-01",
      to: "2019-12-31",
      today: TODAY,
    });
    expect(report?.meetings.map((m) => m.number)).toEqual([5]);
    expect(report?.meetings[0]?.decisions.map((d) => d.position)).toEqual([1, 2, 3]);
    const wide = await buildReport(t.db, {
      groupId,
      from: "2015-01-01",
      to: "2020-12-31",
      today: TODAY,
    });
    expect(wide?.meetings.map((m) => m.number)).toEqual([4, 5]);
  });

  it("defaults to the last twelve months, or to the approved plan's period once that has ended", async () => {
    const plan = { number: 2, periodStart: 2018, periodEnd: 2019, approvedOn: "2018-03-15" };
    expect(reportPeriod({}, "2019-06-01", plan)).toEqual({
      from: "2018-06-02",
      to: "2019-06-01",
      defaulted: true,
      invalid: false,
    });
    expect(reportPeriod({}, TODAY, plan)).toMatchObject({ from: "2018-01-01", to: "2019-12-31" });
    expect(reportPeriod({ from: "2019-05-01", to: "2019-01-01" }, TODAY, plan)).toMatchObject({
      from: "2018-01-01",
      invalid: true,
    });
    expect(reportPeriod({ from: "2024-02-29", to: "bad" }, "2024-02-29", null)).toMatchObject({
      from: "2023-03-01",
      to: "2024-02-29",
    });
    const report = await buildReport(t.db, { groupId, today: TODAY });
    expect(report?.period).toMatchObject({ from: "2018-01-01", to: "2019-12-31", defaulted: true });
  });

  it("renders as PDF and Word in Russian, Norwegian and side by side", async () => {
    const report = await buildReport(t.db, { groupId, today: TODAY });
    if (!report) throw new Error("no report");
    const decisionRu = report.meetings[0]?.decisions[0]?.text.ru ?? "-";
    const decisionNb = report.meetings[0]?.decisions[0]?.text.nb ?? "-";
    const ru = await pdfText(await renderPdf(reportDocument(report, "ru")));
    expect(squash(ru)).toContain(squash("Доклад межправительственной комиссии"));
    expect(squash(ru)).toContain(
      squash("Ход выполнения рабочего плана по направлениям сотрудничества"),
    );
    expect(squash(ru)).toContain(squash("Морские технологии"));
    expect(squash(ru)).toContain(squash("5-е заседание, Мурманск, 14–15 марта 2018 г."));
    expect(squash(ru)).toContain(squash(decisionRu));
    expect(ru).toMatch(/Стр\. 1 из \d+/);
    const nbRu = (
      await mammoth.extractRawText({ buffer: await renderDocx(reportDocument(report, "nb-ru")) })
    ).value;
    for (const phrase of [
      "Rapport til regjeringskommisjonen",
      "Доклад межправительственной комиссии",
      "Alle områder",
      "Все направления",
      decisionNb,
      decisionRu,
    ])
      expect(squash(nbRu), phrase).toContain(squash(phrase));
  });

  it("is null for a group that does not exist", async () => {
    expect(
      await buildReport(t.db, { groupId: "00000000-0000-4000-8000-000000000000", today: TODAY }),
    ).toBeNull();
  });
});
