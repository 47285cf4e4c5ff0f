/** How much the large data set holds. The generator takes these as parameters. */
export interface LargeScale {
  groups: number;
  areasPerGroup: number;
  /** Projects in all groups together. */
  projects: number;
  /** Projects of the first group ("large-01"); the rest is spread over the others. */
  firstGroupProjects: number;
  statusUpdates: number;
  /** Generated users, coordinator.large included. */
  users: number;
  /** Meetings in all groups together (held ones in the past, 1–2 planned per group). */
  meetings: number;
}

/** The full set, for PostgreSQL. */
export const FULL_SCALE: LargeScale = {
  groups: 10,
  areasPerGroup: 12,
  projects: 10_000,
  firstGroupProjects: 1_000,
  statusUpdates: 500_000,
  users: 2_000,
  meetings: 200,
};

/** A tenth of it, for the embedded PGlite (same groups and areas). */
export const TENTH_SCALE: LargeScale = {
  groups: 10,
  areasPerGroup: 12,
  projects: 1_000,
  firstGroupProjects: 100,
  statusUpdates: 50_000,
  users: 200,
  meetings: 20,
};

export function checkScale(scale: LargeScale): void {
  const problems: string[] = [];
  const whole = (key: keyof LargeScale, min: number) => {
    const value = scale[key];
    if (!Number.isInteger(value) || value < min)
      problems.push(`${key} must be an integer ≥ ${min}`);
  };
  whole("groups", 1);
  whole("areasPerGroup", 1);
  whole("projects", 1);
  whole("firstGroupProjects", 1);
  whole("statusUpdates", 0);
  whole("users", 1);
  whole("meetings", 1);
  if (scale.groups > 99) problems.push("groups must be at most 99 (slugs large-01 … large-99)");
  if (scale.firstGroupProjects > scale.projects)
    problems.push("firstGroupProjects cannot exceed projects");
  if (scale.groups > 1 && scale.projects - scale.firstGroupProjects < scale.groups - 1)
    problems.push("every group after the first needs at least one project");
  if (scale.groups === 1 && scale.firstGroupProjects !== scale.projects)
    problems.push("with one group, firstGroupProjects must equal projects");
  // Each group needs a coordinator and a delegate on each side (and a few more to be plausible).
  if (scale.users < scale.groups * 6) problems.push("users must be at least 6 per group");
  if (scale.meetings < scale.groups * 2)
    problems.push("meetings must be at least 2 per group (one held, one planned)");
  if (problems.length) throw new Error(`invalid scale: ${problems.join("; ")}`);
}
