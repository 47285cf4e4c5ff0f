import type { BriefDocument } from "@/lib/documents/types";
import type { PlaceFigure } from "@/lib/places/types";
import type {
  Delegation,
  Locale,
  MeetingState,
  ProjectHealth,
  ProjectStatus,
} from "@/lib/vocabulary";

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
  meeting: MeetingRef & { country: Delegation; state: MeetingState };
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

/** An item of the meeting's agenda with the projects it is about. */
export interface BriefAgendaItem {
  position: number;
  title: Texts;
  projects: { code: string; title: Texts }[];
}

/** Which projects a brief lists: all of the plan's, or only those still open at the cut-off. */
export const BRIEF_SCOPES = ["all", "active"] as const;
export type BriefScope = (typeof BRIEF_SCOPES)[number];

/** A meeting with its group, the previous held meeting and the approved plan: every document's head. */
export interface MeetingHeader {
  slug: string;
  name: Texts;
  commission: Texts;
  number: number;
  startsOn: string;
  endsOn: string;
  city: Texts;
  country: Delegation;
  state: MeetingState;
  /** The day updates are due by, when set; else the first day. */
  briefCutoffOn: string | null;
  previous: MeetingRef | null;
  plan: (BriefPlan & { id: string }) | null;
  agenda: BriefAgendaItem[];
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
  /** The note and next steps translated into other languages, and who translated them. */
  translations?: { locale: Locale; note: string | null; nextSteps: string | null; by: string }[];
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
  /** Documents added to the project (and as evidence of its updates) in the period. */
  documents?: BriefDocument[];
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
  /** The meeting's agenda, which the brief opens with. */
  agenda: BriefAgendaItem[];
  /** Whether completed and cancelled projects are left out. */
  scope: BriefScope;
  summary: BriefSummary;
  areas: BriefArea[];
  actionItems: { overdue: BriefActionItem[]; open: BriefActionItem[] };
  notUpdated: Pick<BriefProject, "id" | "code" | "title" | "end" | "lastUpdateAt">[];
  /** The brief's projects by place, by their health at the cut-off: the overview map. */
  places?: PlaceFigure[];
}

export interface Attendee {
  name: string;
  position: string | null;
  delegation: Delegation;
}

/** The minutes of a held meeting, in every language, ready to be laid out. */
export interface MinutesModel {
  generatedAt: string;
  timeZone: string;
  header: BriefHeader;
  attendees: Attendee[];
  agenda: { position: number; title: Texts; projects: string[] }[];
  minutes: Texts;
  decisions: { position: number; text: Texts; project: string | null }[];
  actionItems: {
    id: string;
    text: Texts;
    owner: { name: string; side: Delegation };
    dueOn: string | null;
    /** ISO 8601. */
    doneAt: string | null;
    project: string | null;
  }[];
}

/** Figures of one cooperation area (or of the group, with `id` null) in the report. */
export interface ReportArea {
  id: string | null;
  name: Texts;
  figures: {
    total: number;
    status: Record<ProjectStatus, number>;
    overdue: number;
    progressSum: number;
  };
  averageProgress: number | null;
}

/** A working group's report to the commission for a period, ready to be laid out. */
export interface ReportModel {
  generatedAt: string;
  /** The day the figures describe (the projects' current state). */
  asOf: string;
  timeZone: string;
  group: { slug: string; name: Texts; commission: Texts };
  period: { from: string; to: string; defaulted: boolean; invalid: boolean };
  plan: BriefPlan | null;
  areas: ReportArea[];
  total: ReportArea;
  meetings: (MeetingRef & { decisions: { position: number; text: Texts }[] })[];
}
