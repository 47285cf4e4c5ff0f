import type {
  Delegation,
  HEALTH_STATUSES,
  LOCALES,
  PROJECT_HEALTHS,
  PROJECT_STATUSES,
} from "@/lib/vocabulary";

/*
 * Rules shared by the project forms (in the browser) and their server actions. The lists
 * repeat db/schema/enums, which would bring drizzle into the browser bundle; their types
 * are those tuples, so the compiler refuses any drift.
 */
export const STATUS_CHOICES: typeof PROJECT_STATUSES = [
  "proposed",
  "planned",
  "in_progress",
  "completed",
  "suspended",
  "cancelled",
];
export const HEALTH_CHOICES: typeof PROJECT_HEALTHS = ["on_track", "at_risk", "off_track"];
export const LANGUAGE_CHOICES: typeof LOCALES = ["nb", "ru", "en"];
const HEALTH_RATED: typeof HEALTH_STATUSES = ["planned", "in_progress"];

export const NOTE_MAX = 4000;
export const NEXT_STEPS_MAX = 2000;
export const COMMENT_MAX = 4000;

/** Health is rated only while a project is planned or in progress. */
export const needsHealth = (status: string): boolean =>
  (HEALTH_RATED as readonly string[]).includes(status);

export const otherSide = (side: Delegation): Delegation => (side === "NO" ? "RU" : "NO");
