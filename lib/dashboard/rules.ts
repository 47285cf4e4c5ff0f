import type { AreaFigures, FigureTotals, ProjectCounts } from "@/lib/dashboard/types";
import { type ProjectFilters, SIDES } from "@/lib/projects/list/input";
import {
  PROJECT_HEALTHS,
  PROJECT_STATUSES,
  type ProjectHealth,
  type ProjectStatus,
} from "@/lib/vocabulary";

export type Side = (typeof SIDES)[number];

/** The dashboard's own parameters: a work plan (default: the approved one, or all) and a side. */
export interface DashboardParams {
  /** A plan number; "all" for every project of the group; undefined for the approved plan. */
  plan: number | "all" | undefined;
  side: Side | undefined;
}

export function parseDashboardParams(
  params: Record<string, string | string[] | undefined>,
): DashboardParams {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const plan = first(params.plan);
  const side = first(params.side);
  return {
    plan: plan === "all" ? "all" : plan && /^\d{1,6}$/.test(plan) ? Number(plan) : undefined,
    side: (SIDES as readonly string[]).includes(side ?? "") ? (side as Side) : undefined,
  };
}

export function dashboardQuery(params: DashboardParams): string {
  const query = new URLSearchParams();
  if (params.plan !== undefined) query.set("plan", String(params.plan));
  if (params.side) query.set("side", params.side);
  const text = query.toString();
  return text ? `?${text}` : "";
}

export type FigureKind =
  | "total"
  | `status:${ProjectStatus}`
  | `health:${ProjectHealth}`
  | "overdue"
  | "stale"
  | "onesided"
  | "awaiting";

export const FIGURE_KINDS: FigureKind[] = [
  "total",
  ...PROJECT_STATUSES.map((s) => `status:${s}` as const),
  ...PROJECT_HEALTHS.map((h) => `health:${h}` as const),
  "overdue",
  "stale",
  "onesided",
  "awaiting",
];

export function figureValue(counts: ProjectCounts, kind: FigureKind): number {
  if (kind.startsWith("status:")) return counts.status[kind.slice(7) as ProjectStatus];
  if (kind.startsWith("health:")) return counts.health[kind.slice(7) as ProjectHealth];
  return counts[kind as "total" | "overdue" | "stale" | "onesided" | "awaiting"];
}

/** The project-list filters behind a figure: following its link shows exactly those projects. */
export function figureFilters(
  scope: { plan: number | undefined; side: Side | undefined },
  areaId: string | null,
  kind: FigureKind,
): Partial<ProjectFilters> {
  const filters: Partial<ProjectFilters> = {
    plan: scope.plan,
    side: scope.side,
    area: areaId ? [areaId] : [],
  };
  if (kind.startsWith("status:")) filters.status = [kind.slice(7) as ProjectStatus];
  else if (kind.startsWith("health:")) filters.health = [kind.slice(7) as ProjectHealth];
  else if (kind !== "total") filters[kind as "overdue" | "stale" | "onesided" | "awaiting"] = true;
  return filters;
}

/** The project list of one place, within the dashboard's plan and side: a map marker's link. */
export function placeFilters(
  scope: { plan: number | undefined; side: Side | undefined },
  placeKey: string,
): Partial<ProjectFilters> {
  return { plan: scope.plan, side: scope.side, place: [placeKey] };
}

export function averageProgress(
  counts: Pick<ProjectCounts, "total" | "progressSum">,
): number | null {
  return counts.total ? Math.round(counts.progressSum / counts.total) : null;
}

/** The action-items list for the dashboard's scope (the list takes the project filters too). */
export function actionsHref(
  slug: string,
  scope: { plan: number | undefined; side: Side | undefined },
  state: "open" | "overdue",
  options: { general?: boolean; areaId?: string } = {},
): string {
  const query = new URLSearchParams();
  if (options.general) query.set("general", "1");
  else {
    if (scope.plan !== undefined) query.set("plan", String(scope.plan));
    if (scope.side) query.set("side", scope.side);
    if (options.areaId) query.set("area", options.areaId);
  }
  if (state !== "open") query.set("state", state);
  const text = query.toString();
  return `/g/${slug}/actions${text ? `?${text}` : ""}`;
}

/** The group's figures: its areas' added up (each project is in exactly one area). */
export function sumFigures(areas: readonly AreaFigures[]): FigureTotals {
  const zero = <K extends string>(keys: readonly K[]) =>
    Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  const total: FigureTotals = {
    total: 0,
    status: zero(PROJECT_STATUSES),
    health: zero(PROJECT_HEALTHS),
    healthUnrated: 0,
    progressSum: 0,
    overdue: 0,
    stale: 0,
    onesided: 0,
    awaiting: 0,
    openActions: 0,
    overdueActions: 0,
  };
  for (const area of areas) {
    for (const key of [
      "total",
      "healthUnrated",
      "progressSum",
      "overdue",
      "stale",
      "onesided",
      "awaiting",
      "openActions",
      "overdueActions",
    ] as const) {
      total[key] += area[key];
    }
    for (const s of PROJECT_STATUSES) total.status[s] += area.status[s];
    for (const h of PROJECT_HEALTHS) total.health[h] += area.health[h];
  }
  return total;
}
