import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { hashPassword } from "@/lib/auth/password";
import { loadViewer } from "@/lib/auth/viewer";
import { loadCommissionView } from "@/lib/dashboard/queries/commission";
import { loadDashboard } from "@/lib/dashboard/queries/dashboard";
import {
  type DashboardParams,
  FIGURE_KINDS,
  figureFilters,
  figureValue,
  type Side,
} from "@/lib/dashboard/rules";
import { DEFAULT_FILTERS } from "@/lib/projects/list/input";
import { countProjects, type ListScope } from "@/lib/projects/list/queries";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";

const TODAY = "2020-03-01";
let t: TestDatabase;
let queries: string[] = [];
let scope: ListScope;

beforeAll(async () => {
  t = await createTestDatabase({ onQuery: (q) => queries.push(q) });
  await seedDemo(t.db, { hashPassword, now: new Date("2019-11-01T12:00:00Z") });
  const [group] = await t.db
    .select()
    .from(s.workingGroups)
    .where(eq(s.workingGroups.slug, "regional-cooperation"));
  const [user] = await t.db
    .select()
    .from(s.users)
    .where(eq(s.users.email, "coordinator.ru@workplan.test"));
  scope = { groupId: group?.id ?? "", userId: user?.id ?? "", today: TODAY, locale: "ru" };
});
afterAll(async () => {
  await t?.destroy();
});

const SCOPES: { name: string; params: DashboardParams }[] = [
  { name: "approved plan", params: { plan: undefined, side: undefined } },
  { name: "plan 1, Norwegian side", params: { plan: 1, side: "NO" } },
  { name: "all projects, Russian side", params: { plan: "all", side: "RU" } },
  { name: "approved plan, both sides", params: { plan: undefined, side: "both" as Side } },
];

describe(`dashboard figures agree with the project list they link to (${testBackend()})`, () => {
  it.each(SCOPES)("for every area and every figure kind: $name", async ({ params }) => {
    const dashboard = await loadDashboard(t.db, scope, params);
    expect(dashboard.areas.length).toBeGreaterThanOrEqual(8);
    const figureScope = { plan: dashboard.planNumber, side: params.side };
    let checked = 0;
    for (const area of [
      ...dashboard.areas.map((a) => ({ id: a.areaId as string | null, counts: a })),
      { id: null, counts: dashboard.totals },
    ]) {
      for (const kind of FIGURE_KINDS) {
        const filters = { ...DEFAULT_FILTERS, ...figureFilters(figureScope, area.id, kind) };
        const listed = await countProjects(t.db, scope, filters);
        expect(figureValue(area.counts, kind), `${area.id ?? "total"} ${kind}`).toBe(listed);
        checked++;
      }
    }
    expect(checked).toBe((dashboard.areas.length + 1) * FIGURE_KINDS.length);
  });

  it("counts something in each kind of figure on the demo data, so the agreement is not vacuous", async () => {
    const { totals } = await loadDashboard(t.db, scope, { plan: "all", side: undefined });
    expect(totals.total).toBeGreaterThan(25);
    for (const kind of ["overdue", "stale", "onesided", "awaiting"] as const)
      expect(totals[kind], kind).toBeGreaterThan(0);
    expect(totals.status.completed).toBeGreaterThan(0);
    expect(totals.status.in_progress).toBeGreaterThan(0);
    expect(totals.health.at_risk).toBeGreaterThan(0);
  });

  it("defaults to the approved work plan", async () => {
    const approved = await loadDashboard(t.db, scope, { plan: undefined, side: undefined });
    const explicit = await loadDashboard(t.db, scope, { plan: 2, side: undefined });
    expect(approved.planNumber).toBe(2);
    expect(approved.totals).toEqual(explicit.totals);
  });

  it("shows progress over time per quarter of the plan and activity per month", async () => {
    const { series } = await loadDashboard(t.db, scope, { plan: undefined, side: undefined });
    expect(series.quarters.map((q) => q.quarter.slice(0, 7))).toEqual([
      "2018-01",
      "2018-04",
      "2018-07",
      "2018-10",
      "2019-01",
      "2019-04",
      "2019-07",
      "2019-10",
    ]);
    const completed = series.quarters.map((q) => q.completed);
    expect(completed).toEqual([...completed].sort((a, b) => a - b));
    expect(series.months.reduce((sum, m) => sum + m.updates, 0)).toBeGreaterThan(20);
  });
});

describe(`one dashboard render (${testBackend()})`, () => {
  it("issues at most 5 queries, viewer included", async () => {
    queries = [];
    const viewer = await loadViewer(t.db, {
      userId: scope.userId,
      sessionVersion: 1,
      signedInAt: 0,
      nowSeconds: 1,
      maxAgeSeconds: 100,
    });
    expect(viewer).not.toBeNull();
    await loadDashboard(t.db, scope, { plan: undefined, side: "NO" });
    expect(queries.length).toBeLessThanOrEqual(5);
  });
});

describe(`changes since my last visit (${testBackend()})`, () => {
  it("lists the latest changes on a first visit, then only what is new after a gap", async () => {
    const first = await loadDashboard(t.db, scope, { plan: undefined, side: undefined });
    expect(first.recent.since).toBeNull();
    expect(first.recent.events.length).toBeGreaterThan(0);

    // Pretend the first visit was yesterday; someone posts an update meanwhile.
    await t.db
      .update(s.dashboardVisits)
      .set({ seenAt: new Date(Date.now() - 86_400_000) })
      .where(eq(s.dashboardVisits.userId, scope.userId));
    const [project] = await t.db.select().from(s.projects).where(eq(s.projects.code, "2018-03"));
    const [author] = await t.db
      .select()
      .from(s.users)
      .where(eq(s.users.email, "delegate.no@workplan.test"));
    await t.db.insert(s.statusUpdates).values({
      projectId: project?.id ?? "",
      groupId: scope.groupId,
      authorId: author?.id ?? "",
      authorDelegation: "NO",
      status: "completed",
      previousStatus: "in_progress",
      progress: 100,
      previousProgress: 60,
    });
    const second = await loadDashboard(t.db, scope, { plan: undefined, side: undefined });
    expect(second.recent.since).not.toBeNull();
    expect(second.recent.counts).toEqual({
      updates: 1,
      statusChanges: 1,
      confirmations: 0,
      comments: 0,
    });
    expect(second.recent.events.map((e) => [e.kind, e.code, e.status])).toEqual([
      ["update", "2018-03", "completed"],
    ]);

    // Looking again a minute later is the same visit: the same changes are still "new".
    const third = await loadDashboard(t.db, scope, { plan: undefined, side: undefined });
    expect(third.recent.since).toBe(second.recent.since);
    expect(third.recent.counts.updates).toBe(1);
  });
});

describe(`the commission view (${testBackend()})`, () => {
  it("gives each group the same headline figures as its own dashboard, in one query", async () => {
    const groups = await t.db.select().from(s.workingGroups);
    queries = [];
    const rows = await loadCommissionView(
      t.db,
      groups.map((g) => g.id),
      TODAY,
    );
    expect(queries).toHaveLength(1);
    expect(rows.map((r) => r.slug)).toEqual(["regional-cooperation", "energy-efficiency"]);
    for (const row of rows) {
      const { totals, planNumber } = await loadDashboard(
        t.db,
        { ...scope, groupId: row.groupId },
        { plan: undefined, side: undefined },
      );
      expect(row.plan?.number).toBe(planNumber);
      expect({
        total: row.total,
        completed: row.completed,
        progressSum: row.progressSum,
        overdue: row.overdue,
        stale: row.stale,
        onesided: row.onesided,
        awaiting: row.awaiting,
        openActions: row.openActions,
        overdueActions: row.overdueActions,
      }).toEqual({
        total: totals.total,
        completed: totals.status.completed,
        progressSum: totals.progressSum,
        overdue: totals.overdue,
        stale: totals.stale,
        onesided: totals.onesided,
        awaiting: totals.awaiting,
        openActions: totals.openActions,
        overdueActions: totals.overdueActions,
      });
    }
  });
});
