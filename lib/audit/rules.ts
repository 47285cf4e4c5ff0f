/** Events per page of the audit log. */
export const AUDIT_PAGE_SIZE = 50;

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
  "document",
  "user",
  "group",
  "area",
  "auth",
  "settings",
  "demo",
] as const;
