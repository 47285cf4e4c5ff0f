import { and, type SQL, sql } from "drizzle-orm";
import { type Executor, queryRows } from "@/db/client";
import { projects } from "@/db/schema";
import { type AreaFigures, loadAreaFigures, sumFigures } from "@/lib/dashboard/queries/areas";
import { loadRecentChanges, type RecentChanges } from "@/lib/dashboard/queries/recent";
import { loadSeries, type Series } from "@/lib/dashboard/queries/series";
import type { DashboardParams } from "@/lib/dashboard/rules";
import type { GroupRef } from "@/lib/projects/list/conditions";
import { DEFAULT_FILTERS } from "@/lib/projects/list/input";
import { filterConditions, type ListScope } from "@/lib/projects/list/queries";
import type { PlanState } from "@/lib/vocabulary";

export interface Dashboard {
  frame: DashboardFrame;
  areas: AreaFigures[];
  totals: ReturnType<typeof sumFigures>;
  series: Series;
  recent: RecentChanges;
  /** The plan the figures cover: its number, or undefined for all projects. */
  planNumber: number | undefined;
}

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
  const framed = loadFrame(db, scope.groupId, scope.today);
  const [frame, areas, series, recent] = await Promise.all([
    framed,
    loadAreaFigures(db, scope, params),
    framed.then((f) => cachedSeries(db, scope, params, f.activity)),
    loadRecentChanges(db, scope.groupId, scope.userId),
  ]);
  const approved = frame.plans.find((p) => p.state === "approved")?.number;
  const planNumber = params.plan === "all" ? undefined : (params.plan ?? approved);
  return { frame, areas, totals: sumFigures(areas), series, recent, planNumber };
}

export interface PlanSummary {
  number: number;
  periodStart: number;
  periodEnd: number;
  state: PlanState;
}

export interface MeetingSummary {
  number: number;
  startsOn: string;
  city: { nb: string | null; ru: string | null; en: string | null };
}

export interface DashboardFrame {
  plans: PlanSummary[];
  lastHeld: MeetingSummary | null;
  nextPlanned: MeetingSummary | null;
  /** Action items not linked to any project, open and overdue (shown with the group's totals). */
  generalActions: { open: number; overdue: number };
  /**
   * The group's latest activity (newest status update, confirmation and comment): when it
   * changes, what was computed from the history is computed again (lib/dashboard/queries/dashboard.ts).
   */
  activity: string;
}

function meeting(groupId: string, state: "held" | "planned") {
  return sql`(select json_build_object('number', m.number, 'startsOn', m.starts_on,
      'city', json_build_object('nb', m.city_nb, 'ru', m.city_ru, 'en', m.city_en))
    from meetings m where m.group_id = ${groupId} and m.state = ${state}
    order by m.starts_on ${sql.raw(state === "held" ? "desc" : "asc")} limit 1)`;
}

/** The dashboard's surroundings in one query: the group's plans, meetings and general action items. */
export async function loadFrame(
  db: Executor,
  groupId: string,
  today: string,
): Promise<DashboardFrame> {
  const [row] = await queryRows<Record<string, unknown>>(
    db,
    sql`select
      coalesce((select json_agg(json_build_object('number', w.number, 'periodStart', w.period_start,
        'periodEnd', w.period_end, 'state', w.state) order by w.number desc)
        from work_plans w where w.group_id = ${groupId}), '[]'::json) as plans,
      ${meeting(groupId, "held")} as "lastHeld",
      ${meeting(groupId, "planned")} as "nextPlanned",
      (select json_build_object(
        'open', count(*) filter (where a.done_at is null),
        'overdue', count(*) filter (where a.done_at is null and a.due_on < ${today}))
        from action_items a where a.group_id = ${groupId} and a.project_id is null) as "generalActions",
      concat_ws('|',
        (select max(u.created_at) from status_updates u where u.group_id = ${groupId}),
        (select max(c.created_at) from status_confirmations c),
        (select max(c.created_at) from comments c where c.group_id = ${groupId})) as activity`,
  );
  return row as unknown as DashboardFrame;
}

/**
 * SQL for the dashboard's work plan: a number, every project ("all"), or the approved plan.
 * The plan's id is looked up once (an InitPlan), then its projects by the primary key of
 * work_plan_projects (plan_id, project_id) — not one plan lookup per project.
 */
export function planCondition(groupId: GroupRef, plan: DashboardParams["plan"]): SQL | undefined {
  if (plan === "all") return undefined;
  const planId =
    typeof plan === "number"
      ? sql`(select w.id from work_plans w where w.group_id = ${groupId} and w.number = ${plan})`
      : sql`(select w.id from work_plans w where w.group_id = ${groupId} and w.state = 'approved')`;
  const inPlan = sql`${projects.id} in (select wp.project_id from work_plan_projects wp where wp.plan_id = ${planId})`;
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
