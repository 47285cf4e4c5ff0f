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

/** Everything the dashboard shows, in four queries run side by side. */
export async function loadDashboard(
  db: Executor,
  scope: ListScope,
  params: DashboardParams,
): Promise<Dashboard> {
  const [frame, areas, series, recent] = await Promise.all([
    loadFrame(db, scope.groupId, scope.today),
    loadAreaFigures(db, scope, params),
    loadSeries(db, scope, params),
    loadRecentChanges(db, scope.groupId, scope.userId),
  ]);
  const approved = frame.plans.find((p) => p.state === "approved")?.number;
  const planNumber = params.plan === "all" ? undefined : (params.plan ?? approved);
  return { frame, areas, totals: sumFigures(areas), series, recent, planNumber };
}
