/** Families of audit actions (the part before the dot), offered as a filter. */
export const AUDIT_CATEGORIES = [
  "project",
  "plan",
  "meeting",
  "agenda",
  "minutes",
  "decision",
  "action_item",
  "attendees",
  "user",
  "group",
  "area",
  "auth",
  "settings",
  "demo",
] as const;
