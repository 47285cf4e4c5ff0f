import type { Locale } from "@/lib/i18n/locales";
import { type Localized, pickLocalized } from "@/lib/i18n/localized";
import type { AreaRef, PlanProject } from "@/lib/plans/queries";
import type { ProjectStatus } from "@/lib/vocabulary";

/** Years a plan period may name; anything else is a typing error. */
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;
/** A plan is bound to a couple of years; a decade is already a typo. */
export const PERIOD_MAX_YEARS = 10;
/** How many projects one "add" may carry (a group has a few dozen). */
export const ADD_MAX = 500;

/** Projects that are done, one way or the other, are not carried into a new plan. */
export const FINISHED_STATUSES = ["completed", "cancelled"] as const satisfies ProjectStatus[];

export interface Period {
  start: number;
  end: number;
}

/**
 * The period a new draft proposes: the two years after the current plan, or this year and
 * the next when the group has no approved plan yet.
 */
export function defaultPeriod(currentEnd: number | null, thisYear: number): Period {
  const start = currentEnd === null ? thisYear : currentEnd + 1;
  return { start, end: start + 1 };
}

export interface AreaGroup {
  area: AreaRef;
  projects: PlanProject[];
}

/** Projects (already in area order) grouped under their cooperation area. */
export function groupByArea(projects: readonly PlanProject[]): AreaGroup[] {
  const groups: AreaGroup[] = [];
  for (const project of projects) {
    const last = groups.at(-1);
    if (last?.area.id === project.area.id) last.projects.push(project);
    else groups.push({ area: project.area, projects: [project] });
  }
  return groups;
}

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

/** The projects a draft may take, by area, in the reader's language; all a client form needs. */
export function candidateAreas(projects: readonly PlanProject[], locale: Locale): CandidateArea[] {
  return groupByArea(projects).map(({ area, projects: list }) => ({
    id: area.id,
    name: pickLocalized(area.name, locale)?.text ?? "",
    projects: list.map((p) => ({
      id: p.id,
      code: p.code,
      title: pickLocalized(p.title, locale),
      status: p.status,
      search: [p.code, p.title.nb, p.title.ru, p.title.en].filter(Boolean).join(" ").toLowerCase(),
    })),
  }));
}
