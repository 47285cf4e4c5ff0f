import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { parseProjectFilters } from "@/lib/projects/list/input";
import { countProjects, listProjects } from "@/lib/projects/list/queries";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import { createArea, createGroup, createMember, createProject } from "../support/factories";

const TODAY = "2019-06-01";
let t: TestDatabase;
let w: Awaited<ReturnType<typeof world>>;

async function world(db: TestDatabase["db"]) {
  const group = await createGroup(db);
  const other = await createGroup(db);
  const sea = await createArea(db, group.id, 1);
  const fish = await createArea(db, group.id, 2);
  const otherArea = await createArea(db, other.id);
  const me = await createMember(db, group.id, "delegate", { delegation: "NO" });
  const ru = await createMember(db, group.id, "delegate", { delegation: "RU" });
  await db.insert(s.meetings).values({
    groupId: group.id,
    number: 5,
    startsOn: "2018-03-14",
    endsOn: "2018-03-15",
    cityEn: "Murmansk",
    country: "RU",
    state: "held",
  });
  const p = (code: string, area: string, fields: Partial<s.NewProject> = {}) =>
    createProject(db, group.id, area, { code, titleEn: `Project ${code}`, ...fields });
  const a = await p("A-01", sea.id, {
    contactNoId: me.id,
    status: "in_progress",
    health: "at_risk",
    progress: 40,
    plannedEnd: "2019-01-31",
    lastUpdateAt: new Date("2018-06-01"),
    awaitingConfirmationFrom: "RU",
  });
  const b = await p("A-02", sea.id, {
    contactRuId: ru.id,
    status: "in_progress",
    health: "on_track",
    progress: 80,
    plannedEnd: "2020-12-31",
    lastUpdateAt: new Date("2018-01-10"),
  });
  const c = await p("B-01", fish.id, {
    status: "completed",
    progress: 100,
    plannedEnd: "2018-12-31",
    leadOrgNo: "Kystverket",
    leadOrgRu: "ПИНРО",
  });
  const d = await p("B-02", fish.id, {
    status: "planned",
    health: "off_track",
    progress: 0,
    titleEn: null,
    titleNb: "Havbruk i Vardø",
    leadOrgRu: "МГТУ",
  });
  const e = await p("B-03", fish.id, { status: "cancelled", archivedAt: new Date("2019-01-01") });
  await createProject(db, other.id, otherArea.id, {
    code: "A-01",
    titleEn: "Other group's project",
  });
  const [plan] = await db
    .insert(s.workPlans)
    .values({ groupId: group.id, number: 2, periodStart: 2018, periodEnd: 2019 })
    .returning();
  await db
    .insert(s.workPlanProjects)
    .values([a, c].map((x) => ({ planId: plan?.id ?? "", projectId: x.id, groupId: group.id })));
  return { group, sea, fish, me, a, b, c, d, e };
}

beforeAll(async () => {
  t = await createTestDatabase();
  w = await world(t.db);
});
afterAll(async () => {
  await t?.destroy();
});

async function codes(params: Record<string, string | string[]>) {
  const scope = { groupId: w.group.id, userId: w.me.id, today: TODAY, locale: "en" as const };
  const filters = parseProjectFilters(params);
  const { rows, total } = await listProjects(t.db, scope, filters);
  expect(total).toBe(await countProjects(t.db, scope, filters));
  return rows.map((r) => r.code);
}

describe(`the project list (${testBackend()})`, () => {
  it("shows only the group's projects, archived ones only on request", async () => {
    expect(await codes({})).toEqual(["A-01", "A-02", "B-01", "B-02"]);
    expect(await codes({ archived: "1" })).toEqual(["A-01", "A-02", "B-01", "B-02", "B-03"]);
  });

  it("filters by area, several statuses, health, side and work plan", async () => {
    expect(await codes({ area: w.fish.id })).toEqual(["B-01", "B-02"]);
    expect(await codes({ status: ["planned", "completed"] })).toEqual(["B-01", "B-02"]);
    expect(await codes({ health: "at_risk" })).toEqual(["A-01"]);
    expect(await codes({ side: "NO" })).toEqual(["A-01", "B-01"]);
    expect(await codes({ side: "RU" })).toEqual(["A-02", "B-01", "B-02"]);
    expect(await codes({ side: "both" })).toEqual(["B-01"]);
    expect(await codes({ plan: "2" })).toEqual(["A-01", "B-01"]);
    expect(await codes({ plan: "9" })).toEqual([]);
  });

  it("finds my projects, overdue ones, stale ones and those awaiting confirmation", async () => {
    expect(await codes({ mine: "1" })).toEqual(["A-01"]);
    expect(await codes({ overdue: "1" })).toEqual(["A-01"]);
    // Stale: open, and no update since the 5th meeting began (14 March 2018).
    expect(await codes({ stale: "1" })).toEqual(["A-02", "B-02"]);
    expect(await codes({ awaiting: "1" })).toEqual(["A-01"]);
  });

  it("marks overdue and stale on each row", async () => {
    const { rows } = await listProjects(
      t.db,
      { groupId: w.group.id, userId: w.me.id, today: TODAY, locale: "en" },
      parseProjectFilters({}),
    );
    expect(rows.map((r) => [r.code, r.overdue, r.stale])).toEqual([
      ["A-01", true, false],
      ["A-02", false, true],
      ["B-01", false, false],
      ["B-02", false, true],
    ]);
  });

  it("combines search with filters, in any script", async () => {
    expect(await codes({ q: "вардё" })).toEqual(["B-02"]);
    expect(await codes({ q: "пинро", area: w.fish.id })).toEqual(["B-01"]);
  });

  it("sorts by any column, with the code as tie-breaker", async () => {
    expect(await codes({ sort: "progress", dir: "desc" })).toEqual([
      "B-01",
      "A-02",
      "A-01",
      "B-02",
    ]);
    expect(await codes({ sort: "area" })).toEqual(["A-01", "A-02", "B-01", "B-02"]);
    expect(await codes({ sort: "end" })).toEqual(["B-01", "A-01", "A-02", "B-02"]);
  });

  it("ignores nonsense in the URL instead of failing", async () => {
    expect(
      await codes({
        status: ["bogus", "planned"],
        area: "not-a-uuid",
        sort: "drop table",
        page: "-3",
        plan: "x",
      }),
    ).toEqual(["B-02"]);
  });

  it("pages through 50 rows at a time with the right total", async () => {
    const many = await createGroup(t.db);
    const area = await createArea(t.db, many.id);
    await t.db.insert(s.projects).values(
      Array.from({ length: 120 }, (_, i) => ({
        groupId: many.id,
        areaId: area.id,
        code: `P-${String(i).padStart(3, "0")}`,
        titleEn: "x",
      })),
    );
    const scope = { groupId: many.id, userId: w.me.id, today: TODAY, locale: "en" as const };
    const page3 = await listProjects(t.db, scope, parseProjectFilters({ page: "3" }));
    expect(page3.total).toBe(120);
    expect(page3.rows.map((r) => r.code)).toEqual(
      Array.from({ length: 20 }, (_, i) => `P-${100 + i}`),
    );
    const beyond = await listProjects(t.db, scope, parseProjectFilters({ page: "9" }));
    expect(beyond).toEqual({ rows: [], total: 120 });
  });
});
