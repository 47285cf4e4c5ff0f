import type { Localized, LocalizedValues } from "@/lib/i18n/localized";
import type { PlanState, ProjectHealth, ProjectStatus } from "@/lib/vocabulary";

/** A plan as its list, its page and a comparison show it. */
export interface PlanSummary {
  id: string;
  number: number;
  periodStart: number;
  periodEnd: number;
  state: PlanState;
  approvedOn: string | null;
  supersededAt: Date | null;
  meeting: { number: number; city: LocalizedValues } | null;
  projectCount: number;
  carriedOverCount: number;
}

export interface AreaRef {
  id: string;
  position: number;
  name: LocalizedValues;
}

/** A project as a plan lists it. */
export interface PlanProject {
  id: string;
  code: string;
  title: LocalizedValues;
  area: AreaRef;
  status: ProjectStatus;
  health: ProjectHealth | null;
  progress: number;
  carriedOver: boolean;
  archived: boolean;
}

export interface AreaGroup {
  area: AreaRef;
  projects: PlanProject[];
}

/** A project a draft may take, in the reader's language. */
export interface Candidate {
  id: string;
  code: string;
  title: Localized | null;
  status: ProjectStatus;
  /** Code and titles in every language, lower-cased, for the filter. */
  search: string;
}

export interface CandidateArea {
  id: string;
  name: string;
  projects: Candidate[];
}

/** A meeting a plan can be approved at. */
export interface HeldMeeting {
  id: string;
  number: number;
  startsOn: string;
  endsOn: string;
  city: LocalizedValues;
}

export interface DraftingContext {
  /** The group's draft, if there is one: a second is refused. */
  draft: { number: number } | null;
  current: { number: number; periodStart: number; periodEnd: number } | null;
  /** How many projects of the current plan a new draft would carry over. */
  unfinished: number;
}

export interface PlanDiff {
  /** In B, not in A. */
  added: PlanProject[];
  /** In A, not in B. */
  removed: PlanProject[];
  /** In both (as B lists them). */
  kept: PlanProject[];
}

export interface PlanComparison extends PlanDiff {
  a: PlanSummary;
  b: PlanSummary;
}

/** What the forms need to go on after a write. */
export interface SavedPlan {
  groupSlug: string;
  number: number;
}

/** A drafted plan, with how many projects were carried over into it. */
export type CreatedPlan = SavedPlan & { carriedOver: number };

/** An approved plan, with the number of the plan it superseded (null when none was approved). */
export type ApprovedPlan = SavedPlan & { superseded: number | null };
