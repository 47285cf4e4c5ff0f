import type { ProjectStatus } from "@/db/schema/enums";

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
