import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import * as s from "@/db/schema";
import { nextMeetingDates, seedDemo } from "@/db/seed/demo";
import { demoData } from "@/db/seed/demo-content";
import { hashPassword } from "@/lib/auth/password";
import { briefDocument } from "@/lib/brief/document";
import { buildBrief } from "@/lib/brief/queries";
import type { BriefModel, BriefProject } from "@/lib/brief/types";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import { createArea, createGroup, createMember, createProject } from "../support/factories";

const NOW = new Date("2019-11-01T12:00:00Z");
const MEETING_6 = nextMeetingDates(NOW).startsOn;
let t: TestDatabase;
let groupId: string;
const queries: string[] = [];
let brief: BriefModel;
let briefQueries = 0;

beforeAll(async () => {
  t = await createTestDatabase({ onQuery: (q) => queries.push(q) });
  await seedDemo(t.db, { hashPassword, now: NOW });
  const [group] = await t.db
    .select()
    .from(s.workingGroups)
    .where(eq(s.workingGroups.slug, "regional-cooperation"));
  groupId = group?.id ?? "";
  queries.length = 0;
  const built = await buildBrief(t.db, { groupId, meetingNumber: 6, now: NOW });
  if (!built) throw new Error("no brief for meeting 6");
  brief = built;
  briefQueries = queries.length;
});
afterAll(async () => {
  await t?.destroy();
});

const projectOf = (model: BriefModel, code: string): BriefProject => {
  const found = model.areas.flatMap((a) => a.projects).find((p) => p.code === code);
  if (!found) throw new Error(`project ${code} not in the brief`);
  return found;
};

const demoUpdates = (code: string) =>
  demoData.projects.find((p) => p.group === "rcbc" && p.code === code)?.updates ?? [];

describe(`the brief for the demo's 6th meeting (${testBackend()})`, () => {
  it("covers the period from the 5th meeting's first day to the 6th meeting's first day", () => {
    expect(MEETING_6).toBe("2020-02-04");
    expect(brief.header.meeting).toMatchObject({
      number: 6,
      startsOn: MEETING_6,
      state: "planned",
    });
    expect(brief.header.meeting.city).toEqual({ nb: "Kirkenes", ru: "Киркенес", en: "Kirkenes" });
    expect(brief.period).toMatchObject({ from: "2018-03-14", to: MEETING_6, basis: "meeting" });
    expect(brief.period.previousMeeting?.number).toBe(5);
    expect(brief.plan).toMatchObject({ number: 2, periodStart: 2018, periodEnd: 2019 });
    expect(brief.header.group.name.ru).toBe(
      "Рабочая группа по региональному и приграничному сотрудничеству",
    );
  });

  it("lists every project of the approved plan once, by area in area order", async () => {
    const inPlan = await queryRows<{ code: string }>(
      t.db,
      sql`select p.code from work_plan_projects wp join work_plans w on w.id = wp.plan_id
          join projects p on p.id = wp.project_id
          where w.group_id = ${groupId} and w.state = 'approved' order by p.code`,
    );
    const listed = brief.areas.flatMap((a) => a.projects.map((p) => p.code));
    expect([...listed].sort()).toEqual(inPlan.map((r) => r.code));
    expect(brief.summary.total).toBe(27);
    expect(brief.areas.map((a) => a.name.en)).toEqual([
      "Maritime technology",
      "Aquaculture",
      "Business and trade",
      "Culture and people-to-people contacts",
      "Border crossing and logistics",
      "Environment",
      "Health",
      "Education and research",
      "Emergency preparedness",
      "Tourism",
    ]);
  });

  it("shows the status transitions and the progress delta of the period (checked against SQL)", async () => {
    for (const code of ["2018-01", "2018-10", "2018-11", "2018-22", "2018-18"]) {
      const expected = await queryRows<{ previous: string; status: string; progress: number }>(
        t.db,
        sql`select u.previous_status::text as previous, u.status::text as status, u.progress
            from status_updates u join projects p on p.id = u.project_id
            where p.group_id = ${groupId} and p.code = ${code}
              and u.created_at >= '2018-03-14T00:00:00+01:00' and u.created_at < ${`${MEETING_6}T00:00:00+01:00`}::timestamptz + interval '1 day'
            order by u.created_at`,
      );
      const [before] = await queryRows<{ progress: number }>(
        t.db,
        sql`select u.progress from status_updates u join projects p on p.id = u.project_id
            where p.group_id = ${groupId} and p.code = ${code} and u.created_at < '2018-03-14T00:00:00+01:00'
            order by u.created_at desc limit 1`,
      );
      const p = projectOf(brief, code);
      expect(
        p.transitions.map((x) => [x.from, x.to]),
        code,
      ).toEqual(expected.filter((u) => u.previous !== u.status).map((u) => [u.previous, u.status]));
      const last = expected.at(-1)?.progress ?? before?.progress ?? 0;
      expect(p.progressDelta, code).toBe(last - (before?.progress ?? 0));
      expect(p.updatesInPeriod, code).toBe(expected.length);
    }
  });

  it("matches the demo content for named projects", () => {
    const vts = projectOf(brief, "2018-01");
    expect(vts.start).toEqual({ status: "in_progress", health: "on_track", progress: 55 });
    expect(vts.end).toEqual({ status: "completed", health: null, progress: 100 });
    expect(vts.progressDelta).toBe(45);
    expect(vts.transitions.map((x) => [x.from, x.to, x.at.slice(0, 10)])).toEqual([
      ["in_progress", "completed", "2019-12-16"],
    ]);

    const suspended = projectOf(brief, "2018-10");
    expect(suspended.start.progress).toBe(0);
    expect(suspended.transitions.map((x) => `${x.from}>${x.to}`)).toEqual([
      "proposed>in_progress",
      "in_progress>suspended",
    ]);
    expect(suspended.end).toMatchObject({ status: "suspended", progress: 45 });

    const untouched = projectOf(brief, "2018-13");
    expect(untouched.updatesInPeriod).toBe(0);
    expect(untouched.progressDelta).toBe(0);
    expect(brief.notUpdated.map((p) => p.code)).toEqual(["2018-13", "2018-27"]);
  });

  it("includes the notes posted in the period and none from before it", () => {
    const vts = projectOf(brief, "2018-01");
    const inPeriod = demoUpdates("2018-01").filter((u) => u.date >= "2018-03-14" && u.note);
    const before = demoUpdates("2018-01").filter((u) => u.date < "2018-03-14" && u.note);
    expect(before.length).toBeGreaterThan(0);
    expect(vts.notes.map((n) => n.note)).toEqual(inPeriod.map((u) => u.note));
    for (const old of before) expect(vts.notes.map((n) => n.note)).not.toContain(old.note);
    const [first] = vts.notes;
    expect(first).toMatchObject({ locale: "ru", side: "RU", author: "Дмитрий Волков" });
    expect(first?.at.slice(0, 10)).toBe("2018-11-15");
  });

  it("sums the figures from the projects and lists open action items with the overdue first", () => {
    const all = brief.areas.flatMap((a) => a.projects);
    expect(Object.values(brief.summary.status).reduce((a, b) => a + b, 0)).toBe(27);
    expect(brief.summary.updatedInPeriod).toBe(all.filter((p) => p.updatesInPeriod > 0).length);
    expect(brief.summary.stale).toBe(2);
    expect(brief.summary.averageProgress).toBe(
      Math.round(all.reduce((sum, p) => sum + p.end.progress, 0) / 27),
    );
    expect(brief.summary.overdue).toBe(
      all.filter(
        (p) =>
          p.plannedEnd &&
          p.plannedEnd < MEETING_6 &&
          p.end.status !== "completed" &&
          p.end.status !== "cancelled",
      ).length,
    );
    const overdue = brief.actionItems.overdue.map((a) => a.project?.code ?? null);
    expect(overdue).toEqual(["2018-09", "2018-23", "2018-07", "2018-12", "2018-27"]);
    expect(brief.actionItems.open).toEqual([]);
    const kola = brief.actionItems.overdue[0];
    expect(kola?.owner).toEqual({ name: "Anders Mikkelsen", side: "NO" });
    expect(kola?.text.ru).toContain("Кольский залив");
  });

  it("flags titles missing a language", () => {
    expect(projectOf(brief, "2018-09").missing).toEqual(["en"]);
    expect(projectOf(brief, "2018-15").missing).toEqual(["nb"]);
    expect(projectOf(brief, "2018-01").missing).toEqual([]);
  });

  it("is built in a handful of queries, whatever the number of projects", () => {
    // Header, projects, updates, action items — and the documents added in the period.
    expect(briefQueries).toBeLessThanOrEqual(5);
  });

  it("is plain data that survives JSON", () => {
    expect(JSON.parse(JSON.stringify(brief))).toEqual(brief);
  });
});

/** Every text of a laid-out document, in order. */
const textOf = (value: unknown): string => JSON.stringify(value);

describe(`the brief opens with the agenda and lists all or only active projects (${testBackend()})`, () => {
  const planned = demoData.meetings.find((m) => m.group === "rcbc" && m.number === 6);
  const isClosed = (p: BriefProject) =>
    p.end.status === "completed" || p.end.status === "cancelled";

  it("carries the meeting's agenda in order, each item with its projects", () => {
    expect(planned?.agenda.length).toBeGreaterThan(3);
    expect(brief.agenda.map((a) => a.position)).toEqual(planned?.agenda.map((_, i) => i + 1));
    expect(brief.agenda.map((a) => a.title.nb)).toEqual(planned?.agenda.map((a) => a.title.nb));
    expect(brief.agenda.map((a) => a.projects.map((p) => p.code))).toEqual(
      planned?.agenda.map((a) => [...(a.projects ?? [])].sort()),
    );
    expect(brief.agenda.flatMap((a) => a.projects).every((p) => p.title.nb || p.title.ru)).toBe(
      true,
    );
  });

  it("puts the agenda before the summary, in one language and side by side", () => {
    const first = brief.agenda[1];
    for (const [lang, agenda, summary] of [
      ["nb", "Dagsorden", "Sammendrag"],
      ["ru", "Повестка дня", "Общие сведения"],
      ["nb-ru", "Повестка дня", "Общие сведения"],
    ] as const) {
      const text = textOf(briefDocument(brief, lang));
      const at = text.indexOf(`"${agenda}"`);
      expect(at, lang).toBeGreaterThan(0);
      expect(at, lang).toBeLessThan(text.indexOf(`"${summary}"`));
      expect(text.indexOf(first?.projects[0]?.code ?? "?"), lang).toBeGreaterThan(at);
    }
  });

  it("leaves completed and cancelled projects out when only active ones are asked for, and says so", async () => {
    const closed = brief.areas.flatMap((a) => a.projects).filter(isClosed);
    expect(closed.length).toBeGreaterThan(3);
    const active = await buildBrief(t.db, { groupId, meetingNumber: 6, now: NOW, scope: "active" });
    if (!active) throw new Error("no brief");
    expect(active.scope).toBe("active");
    const listed = active.areas.flatMap((a) => a.projects);
    expect(listed.filter(isClosed)).toEqual([]);
    expect(listed).toHaveLength(brief.summary.total - closed.length);
    expect(active.summary.total).toBe(listed.length);
    expect(textOf(briefDocument(active, "nb"))).toContain("Bare aktive prosjekter");
    expect(textOf(briefDocument(brief, "nb"))).not.toContain("Bare aktive prosjekter");
  });

  it("gives a completed project one line: none of its notes, in one language or side by side", () => {
    const done = brief.areas
      .flatMap((a) => a.projects)
      .find((p) => isClosed(p) && p.notes.some((n) => n.note));
    const note = done?.notes.find((n) => n.note)?.note ?? "";
    expect(note.length).toBeGreaterThan(10);
    for (const lang of ["nb", "nb-ru"] as const) {
      const text = textOf(briefDocument(brief, lang));
      expect(text, lang).toContain(done?.code);
      expect(text, lang).not.toContain(JSON.stringify(note).slice(1, 40));
    }
    // An open project's notes are still there.
    const open = brief.areas.flatMap((a) => a.projects).find((p) => !isClosed(p) && p.notes.length);
    const openNote = open?.notes.find((n) => n.note)?.note ?? "";
    expect(textOf(briefDocument(brief, "nb-ru"))).toContain(JSON.stringify(openNote).slice(1, 40));
  });
});

describe(`the cut-off date (${testBackend()})`, () => {
  it("ends the period at the cut-off: later updates, notes and completions are left out", async () => {
    const early = await buildBrief(t.db, { groupId, meetingNumber: 6, cutoff: "2019-01-01" });
    expect(early?.period).toMatchObject({ from: "2018-03-14", to: "2019-01-01" });
    const vts = early ? projectOf(early, "2018-01") : undefined;
    expect(vts?.end).toEqual({ status: "in_progress", health: "on_track", progress: 80 });
    expect(vts?.progressDelta).toBe(25);
    expect(vts?.transitions).toEqual([]);
    expect(vts?.notes.map((n) => n.at.slice(0, 10))).toEqual(["2018-11-15"]);
  });

  it("falls back to the meeting's first day for a cut-off before the period or not a date", async () => {
    for (const cutoff of ["2017-01-01", "2019-02-30", "yesterday", ""]) {
      const model = await buildBrief(t.db, { groupId, meetingNumber: 6, cutoff });
      expect(model?.period.to, cutoff).toBe(MEETING_6);
    }
  });

  it("is null for a meeting number the group does not have", async () => {
    expect(await buildBrief(t.db, { groupId, meetingNumber: 99 })).toBeNull();
  });
});

describe(`a group without a held meeting (${testBackend()})`, () => {
  it("starts the period at the plan's approval, or a year before the cut-off", async () => {
    const group = await createGroup(t.db);
    const area = await createArea(t.db, group.id);
    const owner = await createMember(t.db, group.id, "coordinator");
    await createProject(t.db, group.id, area.id, { contactNoId: owner.id });
    await t.db.insert(s.meetings).values({
      groupId: group.id,
      number: 1,
      startsOn: "2021-05-04",
      endsOn: "2021-05-04",
      cityEn: "Bodø",
      country: "NO",
    });
    const model = await buildBrief(t.db, { groupId: group.id, meetingNumber: 1 });
    expect(model?.period).toMatchObject({ from: "2020-05-04", to: "2021-05-04", basis: "year" });
    expect(model?.plan).toBeNull();
    expect(model?.summary.total).toBe(1);
    expect(model?.header.meeting.city).toEqual({ nb: null, ru: null, en: "Bodø" });
  });
});
