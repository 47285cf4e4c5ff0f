import "server-only";
import { and, asc, desc, eq, isNull, lt, max, type SQL, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import {
  actionItems,
  comments,
  meetings,
  projects,
  statusConfirmations,
  statusUpdates,
  workPlanProjects,
  workPlans,
} from "@/db/schema";
import { loadAreaFigures } from "@/lib/dashboard/queries/areas";
import { loadRecentChanges } from "@/lib/dashboard/queries/recent";
import { loadSeries } from "@/lib/dashboard/queries/series";
import { type DashboardParams, sumFigures } from "@/lib/dashboard/rules";
import type { Dashboard, DashboardFrame, Series } from "@/lib/dashboard/types";
import { figuresFromJson, placeFiguresSubquery } from "@/lib/places/queries";
import type { PlaceFigure } from "@/lib/places/types";
import { approvedPlan, planListSubquery } from "@/lib/plans/queries";
import type { GroupRef } from "@/lib/projects/list/conditions";
import { DEFAULT_FILTERS } from "@/lib/projects/list/input";
import { filterConditions, type ListScope } from "@/lib/projects/list/queries";
import { jsonObject, scalar } from "@/lib/server/json";

/**
 * The charts' series are read from the whole history of the plan's period: computed once and
 * kept per group, plan and side while the group's activity is unchanged (a new status update,
 * confirmation or comment recomputes them), at most a minute, so that edits elsewhere (a
 * project archived, a contact changed) show within a minute too. One computation serves every
 * request that asks for it meanwhile.
 */
const SERIES_TTL_MS = 60_000;
const SERIES_KEPT = 200;
interface Kept {
  activity: string;
  at: number;
  series: Promise<Series>;
}
const kept = new WeakMap<object, Map<string, Kept>>();

function cachedSeries(
  db: Executor,
  scope: ListScope,
  params: DashboardParams,
  activity: string,
): Promise<Series> {
  let entries = kept.get(db);
  if (!entries) {
    entries = new Map();
    kept.set(db, entries);
  }
  const key = `${scope.groupId}|${params.plan ?? ""}|${params.side ?? ""}|${scope.today}`;
  const now = Date.now();
  const hit = entries.get(key);
  if (hit && hit.activity === activity && now - hit.at < SERIES_TTL_MS) return hit.series;
  const series = loadSeries(db, scope, params);
  entries.delete(key);
  entries.set(key, { activity, at: now, series });
  series.catch(() => entries.delete(key));
  if (entries.size > SERIES_KEPT) {
    const oldest = entries.keys().next().value;
    if (oldest !== undefined) entries.delete(oldest);
  }
  return series;
}

/**
 * Everything the dashboard shows, in four queries run side by side; the series only when
 * the group's activity changed since they were computed (see cachedSeries).
 */
export async function loadDashboard(
  db: Executor,
  scope: ListScope,
  params: DashboardParams,
): Promise<Dashboard> {
  // With the frame, the map: the same projects as the figures, by place.
  const framed = loadFrame(db, scope.groupId, scope.today, dashboardProjects(scope, params));
  const [{ places, ...frame }, areas, series, recent] = await Promise.all([
    framed,
    loadAreaFigures(db, scope, params),
    framed.then((f) => cachedSeries(db, scope, params, f.activity)),
    loadRecentChanges(db, scope.groupId, scope.userId),
  ]);
  const approved = frame.plans.find((p) => p.state === "approved")?.number;
  const planNumber = params.plan === "all" ? undefined : (params.plan ?? approved);
  return { frame, areas, totals: sumFigures(areas), series, recent, planNumber, places };
}

/**
 * The group's latest meeting in a state: the last held one, or the next planned one. Its
 * column is named for the state: drizzle names a subquery's columns unqualified.
 */
function meetingIn(db: Executor, groupId: string, state: "held" | "planned") {
  return db
    .select({
      meeting: jsonObject({
        number: meetings.number,
        startsOn: meetings.startsOn,
        city: jsonObject({ nb: meetings.cityNb, ru: meetings.cityRu, en: meetings.cityEn }),
      }).as(`${state}_meeting`),
    })
    .from(meetings)
    .where(and(eq(meetings.groupId, groupId), eq(meetings.state, state)))
    .orderBy(state === "held" ? desc(meetings.startsOn) : asc(meetings.startsOn))
    .limit(1)
    .as(`${state}_meetings`);
}

/**
 * The dashboard's surroundings in one statement: the group's plans, meetings and general
 * action items, and the places of the projects `placesOf` selects (the map). Each part is an
 * aggregate or at most one row, joined side by side.
 */
export async function loadFrame(
  db: Executor,
  groupId: string,
  today: string,
  placesOf: SQL,
): Promise<DashboardFrame & { places: PlaceFigure[] }> {
  const plans = planListSubquery(db, groupId, "plans");
  const open = isNull(actionItems.doneAt);
  const general = db
    .select({
      open: sql<number>`count(*) filter (where ${open})::int`.as("open"),
      overdue:
        sql<number>`count(*) filter (where ${and(open, lt(actionItems.dueOn, today))})::int`.as(
          "overdue",
        ),
    })
    .from(actionItems)
    .where(and(eq(actionItems.groupId, groupId), isNull(actionItems.projectId)))
    .as("general");
  const placeLists = placeFiguresSubquery(db, placesOf);
  const lastHeld = meetingIn(db, groupId, "held");
  const nextPlanned = meetingIn(db, groupId, "planned");
  // The group's latest activity, as text: see DashboardFrame["activity"].
  const activity = sql<string>`concat_ws('|',
    ${scalar(
      db
        .select({ at: max(statusUpdates.createdAt) })
        .from(statusUpdates)
        .where(eq(statusUpdates.groupId, groupId)),
    )},
    ${scalar(db.select({ at: max(statusConfirmations.createdAt) }).from(statusConfirmations))},
    ${scalar(
      db
        .select({ at: max(comments.createdAt) })
        .from(comments)
        .where(eq(comments.groupId, groupId)),
    )})`;
  const [row] = await db
    .select({
      plans: plans.list,
      lastHeld: lastHeld.meeting,
      nextPlanned: nextPlanned.meeting,
      open: general.open,
      overdue: general.overdue,
      activity,
      places: placeLists.list,
    })
    .from(plans)
    .crossJoin(general)
    .crossJoin(placeLists)
    .leftJoin(lastHeld, sql`true`)
    .leftJoin(nextPlanned, sql`true`);
  return {
    plans: row?.plans ?? [],
    lastHeld: row?.lastHeld ?? null,
    nextPlanned: row?.nextPlanned ?? null,
    generalActions: { open: row?.open ?? 0, overdue: row?.overdue ?? 0 },
    activity: row?.activity ?? "",
    places: figuresFromJson(row?.places ?? null),
  };
}

/**
 * SQL for the dashboard's work plan: a number, every project ("all"), or the approved plan.
 * The plan's id is looked up once (an InitPlan), then its projects by the primary key of
 * work_plan_projects (plan_id, project_id) — not one plan lookup per project.
 */
export function planCondition(groupId: GroupRef, plan: DashboardParams["plan"]): SQL | undefined {
  if (plan === "all") return undefined;
  const which = typeof plan === "number" ? eq(workPlans.number, plan) : approvedPlan;
  const planId = sql`(select ${workPlans.id} from ${workPlans} where ${eq(workPlans.groupId, groupId)} and ${which})`;
  const inPlan = sql`${projects.id} in (select ${workPlanProjects.projectId} from ${workPlanProjects} where ${workPlanProjects.planId} = ${planId})`;
  if (typeof plan === "number") return inPlan;
  // No approved plan yet: the dashboard covers every project of the group.
  return sql`(${planId} is null or ${inPlan})`;
}

/** The projects the dashboard counts: scope first (group, not archived), then plan and side. */
export function dashboardProjects(scope: ListScope, params: DashboardParams): SQL {
  return and(
    filterConditions(scope, { ...DEFAULT_FILTERS, side: params.side }),
    planCondition(scope.groupId, params.plan),
  ) as SQL;
}
