/** Flags of a compact project-list row (project-rows.tsx), shared by server and client code. */
export const ARCHIVED = 1;
export const OVERDUE = 2;
export const STALE = 4;
