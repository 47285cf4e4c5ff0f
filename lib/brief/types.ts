import type { Delegation, Locale, ProjectHealth, ProjectStatus } from "@/lib/vocabulary";

/** Content in every language; null where a translation is missing. */
export type Texts = Record<Locale, string | null>;

export interface MeetingRef {
  number: number;
  startsOn: string;
  endsOn: string;
  city: Texts;
}

export interface BriefHeader {
  group: { slug: string; name: Texts; commission: Texts };
  meeting: MeetingRef & { country: Delegation; state: "planned" | "held" };
}

export interface BriefPeriod {
  /** First day of the period (ISO date), inclusive. */
  from: string;
  /** The cut-off date (ISO date), inclusive. */
  to: string;
  /** What the first day is: the previous held meeting's, the plan's approval, or a year back. */
  basis: "meeting" | "plan" | "year";
  previousMeeting: MeetingRef | null;
  /** Days are counted in the meeting's country's time zone. */
  timeZone: string;
}

export interface BriefPlan {
  number: number;
  periodStart: number;
  periodEnd: number;
  approvedOn: string | null;
}

export interface ProjectState {
  status: ProjectStatus;
  health: ProjectHealth | null;
  progress: number;
}

export interface BriefTransition {
  at: string;
  from: ProjectStatus;
  to: ProjectStatus;
}

export interface BriefNote {
  at: string;
  author: string;
  side: Delegation;
  /** The language the note is written in. */
  locale: Locale;
  note: string | null;
  nextSteps: string | null;
  confirmed: boolean;
}

export interface BriefProject {
  id: string;
  code: string;
  title: Texts;
  /** Languages the title lacks. */
  missing: Locale[];
  plannedEnd: string | null;
  /** State on the period's first day and at the cut-off. */
  start: ProjectState;
  end: ProjectState;
  progressDelta: number;
  transitions: BriefTransition[];
  notes: BriefNote[];
  updatesInPeriod: number;
  lastUpdateAt: string | null;
  overdue: boolean;
  /** Open at the cut-off and not updated in the period ("no update since the last meeting"). */
  stale: boolean;
}

export interface BriefArea {
  id: string;
  name: Texts;
  projects: BriefProject[];
}

export interface BriefActionItem {
  id: string;
  text: Texts;
  owner: { name: string; side: Delegation };
  dueOn: string | null;
  overdue: boolean;
  meetingNumber: number | null;
  project: { code: string; title: Texts } | null;
}

export interface BriefSummary {
  total: number;
  status: Record<ProjectStatus, number>;
  health: Record<ProjectHealth, number>;
  /** Planned or in progress without a health rating. */
  healthUnrated: number;
  averageProgress: number | null;
  overdue: number;
  stale: number;
  updatedInPeriod: number;
}

/** Everything a meeting brief shows, in every language, ready to be laid out. */
export interface BriefModel {
  generatedAt: string;
  header: BriefHeader;
  period: BriefPeriod;
  plan: BriefPlan | null;
  summary: BriefSummary;
  areas: BriefArea[];
  actionItems: { overdue: BriefActionItem[]; open: BriefActionItem[] };
  notUpdated: Pick<BriefProject, "id" | "code" | "title" | "end" | "lastUpdateAt">[];
}
