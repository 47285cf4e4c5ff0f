import type { ProjectHealth, ProjectStatus } from "@/lib/vocabulary";

/** Calm colours that stay apart for common colour-vision deficiencies; labels carry the meaning. */
export const STATUS_COLORS: Record<ProjectStatus, string> = {
  proposed: "#b8c2cc",
  planned: "#8fb3d9",
  in_progress: "#1f5c99",
  completed: "#2e7d4f",
  suspended: "#d29a2e",
  cancelled: "#5b6470",
};

export const HEALTH_COLORS: Record<ProjectHealth | "unrated", string> = {
  on_track: "#2e7d4f",
  at_risk: "#d29a2e",
  off_track: "#a3262a",
  unrated: "#d7dde4",
};
