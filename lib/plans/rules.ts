import type { Locale } from "@/lib/i18n/locales";
import { pickLocalized } from "@/lib/i18n/localized";
import type {
  AreaGroup,
  CandidateArea,
  PlanDiff,
  PlanProject,
  PlanSummary,
  SavedPlan,
} from "@/lib/plans/types";
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

/** Every page of the group may show a plan (lists, filters, project pages): a write refreshes them all. */
export const GROUP_PAGES = [{ path: "/g/[group]", type: "layout" }] as const;

export const planPath = ({ groupSlug, number }: SavedPlan) => `/g/${groupSlug}/plans/${number}`;

export const plansPath = ({ groupSlug }: SavedPlan) => `/g/${groupSlug}/plans`;

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

/** The three lists of a comparison; each keeps its plan's order (area, then code). */
export function diffPlans(a: readonly PlanProject[], b: readonly PlanProject[]): PlanDiff {
  const inA = new Set(a.map((p) => p.id));
  const inB = new Set(b.map((p) => p.id));
  return {
    added: b.filter((p) => !inA.has(p.id)),
    removed: a.filter((p) => !inB.has(p.id)),
    kept: b.filter((p) => inA.has(p.id)),
  };
}

/**
 * The plans a comparison opens with when the link names none: the one before the current
 * (approved) plan and the current one; otherwise the two newest.
 */
export function defaultPair(plans: readonly Pick<PlanSummary, "number" | "state">[]) {
  const numbers = plans.map((p) => p.number).sort((x, y) => x - y);
  const current = plans.find((p) => p.state === "approved")?.number ?? numbers.at(-1);
  if (current === undefined) return null;
  const previous = numbers.filter((n) => n < current).at(-1) ?? numbers.find((n) => n !== current);
  return { a: previous ?? current, b: current };
}

/** The plan before the given one (plans come newest first), to compare it with. */
export function previousOf<P extends Pick<PlanSummary, "number">>(
  plans: readonly P[],
  number: number,
) {
  return plans.find((p) => p.number < number);
}
