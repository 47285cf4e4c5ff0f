/**
 * The product's vocabulary: plain constants shared by the database schema (which makes its enums
 * from them), the domain code and the interface. No imports, so every layer may use it — db/
 * included, as its one import from lib/.
 */
export const LOCALES = ["nb", "ru", "en"] as const;
export const DELEGATIONS = ["NO", "RU"] as const;
export const GROUP_ROLES = ["coordinator", "delegate", "observer"] as const;
/** Order matches IATI activity status codes 1–6. */
export const PROJECT_STATUSES = [
  "proposed",
  "planned",
  "in_progress",
  "completed",
  "suspended",
  "cancelled",
] as const;
export const PROJECT_HEALTHS = ["on_track", "at_risk", "off_track"] as const;
/** Statuses for which a health rating is meaningful. */
export const HEALTH_STATUSES = ["planned", "in_progress"] as const;
export const PLAN_STATES = ["draft", "approved", "superseded"] as const;
export const MEETING_STATES = ["planned", "held"] as const;
export const CURRENCIES = ["NOK", "RUB", "EUR"] as const;

export type Locale = (typeof LOCALES)[number];
export type Delegation = (typeof DELEGATIONS)[number];
export type GroupRole = (typeof GROUP_ROLES)[number];
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export type ProjectHealth = (typeof PROJECT_HEALTHS)[number];
export type PlanState = (typeof PLAN_STATES)[number];
export type MeetingState = (typeof MEETING_STATES)[number];
export type Currency = (typeof CURRENCIES)[number];
