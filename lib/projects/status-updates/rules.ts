import { type Delegation, HEALTH_STATUSES } from "@/lib/vocabulary";

/* Rules shared by the status update and comment forms (in the browser) and their actions. */

export const NOTE_MAX = 4000;
export const NEXT_STEPS_MAX = 2000;
export const COMMENT_MAX = 4000;

/** Health is rated only while a project is planned or in progress. */
export const needsHealth = (status: string): boolean =>
  (HEALTH_STATUSES as readonly string[]).includes(status);

export const otherSide = (side: Delegation): Delegation => (side === "NO" ? "RU" : "NO");
