/** Limits of the project form, shared by the server schema and the browser (no zod here). */
export const LIMITS = {
  code: 32,
  title: 300,
  summary: 5000,
  organisation: 200,
  source: 200,
  lines: 30,
  line: 200,
  milestones: 50,
} as const;

export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** A project starts as proposed or planned; later statuses come only through status updates. */
export const INITIAL_STATUSES = ["proposed", "planned"] as const;
