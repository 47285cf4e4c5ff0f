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
export const MEETING_STATES = ["planned", "held", "cancelled"] as const;
export const CURRENCIES = ["NOK", "RUB", "EUR"] as const;
/** What a place of the gazetteer is; "other" for one an administrator adds or free text became. */
export const PLACE_KINDS = ["town", "village", "crossing", "capital", "other"] as const;
/** The countries places lie in: the two sides, and Finland for the crossings and orientation. */
export const PLACE_COUNTRIES = ["NO", "RU", "FI"] as const;
/** Where a place came from: the gazetteer, an administrator, or free text carried over (0012_places). */
export const PLACE_SOURCES = ["gazetteer", "admin", "migrated"] as const;

export type Locale = (typeof LOCALES)[number];
export type Delegation = (typeof DELEGATIONS)[number];
export type GroupRole = (typeof GROUP_ROLES)[number];
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export type ProjectHealth = (typeof PROJECT_HEALTHS)[number];
export type PlanState = (typeof PLAN_STATES)[number];
export type MeetingState = (typeof MEETING_STATES)[number];
export type Currency = (typeof CURRENCIES)[number];
export type PlaceKind = (typeof PLACE_KINDS)[number];
export type PlaceCountry = (typeof PLACE_COUNTRIES)[number];
export type PlaceSource = (typeof PLACE_SOURCES)[number];

/**
 * What a notification can be about. Each belongs to a category, and a user chooses per
 * category how it reaches them by email (lib/notifications/rules.ts).
 */
export const NOTIFICATION_KINDS = [
  "update_awaiting_confirmation",
  "project_updated",
  "update_confirmed",
  "comment_added",
  "contact_added",
  "contact_removed",
  "end_date_moved",
  "project_archived",
  "action_item_assigned",
  "action_item_due_soon",
  "action_item_overdue",
  "meeting_scheduled",
  "meeting_moved",
  "meeting_cancelled",
  "brief_ready",
  "plan_approved",
  "update_reminder",
  "password_changed",
  "two_factor_enabled",
  "two_factor_disabled",
] as const;
export const NOTIFICATION_CATEGORIES = [
  "confirmations",
  "reminders",
  "projects",
  "actionItems",
  "meetings",
  "plans",
  "account",
] as const;
/** How a category's notifications reach a user by email (in the app they always do). */
export const EMAIL_DELIVERIES = ["immediate", "daily", "weekly", "off"] as const;
export const JOB_STATES = ["pending", "done", "dead", "discarded"] as const;
/** Single-use links sent by email: a password reset, an invitation, an unsubscribe. */
export const LINK_PURPOSES = ["reset", "invite", "unsubscribe"] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number];
export type EmailDelivery = (typeof EMAIL_DELIVERIES)[number];
export type JobState = (typeof JOB_STATES)[number];
export type LinkPurpose = (typeof LINK_PURPOSES)[number];
