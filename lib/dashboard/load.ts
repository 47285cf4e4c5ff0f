import type { Executor } from "@/db/client";
import type { ListScope } from "@/lib/projects/list";
import { type AreaFigures, loadAreaFigures, sumFigures } from "./area-figures";
import type { DashboardParams } from "./figures";
import { type DashboardFrame, loadFrame } from "./frame";
import { loadRecentChanges, type RecentChanges } from "./recent";
import { loadSeries, type Series } from "./series";

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
