import type { PlaceFigure } from "@/lib/places/types";
import type { Delegation, PlanState, ProjectHealth, ProjectStatus } from "@/lib/vocabulary";

/** Names in every language, as the dashboard shows them. */
export interface Names {
  nb: string;
  ru: string;
  en: string;
}

/** Counts per area (or for the group), each matching a project-list filter exactly. */
export interface ProjectCounts {
  total: number;
  status: Record<ProjectStatus, number>;
  health: Record<ProjectHealth, number>;
  /** Planned or in progress without a health rating. */
  healthUnrated: number;
  progressSum: number;
  overdue: number;
  stale: number;
  onesided: number;
  awaiting: number;
}

/** Open and overdue action items linked to the projects counted. */
export interface ActionCounts {
  openActions: number;
  overdueActions: number;
}

/** The group's figures: every area's added up. */
export type FigureTotals = ProjectCounts & ActionCounts;

export interface AreaFigures extends FigureTotals {
  areaId: string;
  name: Names;
}

export interface QuarterPoint {
  /** First day of the quarter, ISO. */
  quarter: string;
  total: number;
  completed: number;
  onTrack: number;
}

export interface MonthPoint {
  /** First day of the month, ISO. */
  month: string;
  updates: number;
  confirmations: number;
  comments: number;
}

export interface Series {
  quarters: QuarterPoint[];
  months: MonthPoint[];
}

export interface ChangeEvent {
  kind: "update" | "confirmation" | "comment";
  at: string;
  code: string;
  title: { nb: string | null; ru: string | null; en: string | null };
  actor: string;
  side: Delegation;
  previousStatus: ProjectStatus | null;
  status: ProjectStatus | null;
  previousProgress: number | null;
  progress: number | null;
}

export interface RecentChanges {
  /** Start of the previous visit; null on a first visit (then `events` are simply the latest). */
  since: string | null;
  counts: { updates: number; statusChanges: number; confirmations: number; comments: number };
  events: ChangeEvent[];
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

export interface Dashboard {
  frame: DashboardFrame;
  areas: AreaFigures[];
  totals: FigureTotals;
  series: Series;
  recent: RecentChanges;
  /** The plan the figures cover: its number, or undefined for all projects. */
  planNumber: number | undefined;
  /** The same projects by place, by health: the map's markers. */
  places: PlaceFigure[];
}

/** The commission's view of one working group: its headline figures for its approved plan. */
export interface GroupHeadline extends ActionCounts {
  groupId: string;
  slug: string;
  name: Names;
  /** The approved plan the figures cover, or null when the group has none (then: all projects). */
  plan: { number: number; periodStart: number; periodEnd: number } | null;
  total: number;
  completed: number;
  progressSum: number;
  overdue: number;
  stale: number;
  onesided: number;
  awaiting: number;
}
