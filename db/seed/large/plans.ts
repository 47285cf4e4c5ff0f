/**
 * Work plans per group: one approved at a held meeting about every two years, each older one
 * superseded by the next, the latest approved; half of the groups also have a draft for the
 * coming period. An approved plan lists the projects that were entered and not yet finished
 * when it was approved (so the latest lists most projects); the draft lists every open project.
 */
import type { PlanState } from "../../../lib/vocabulary";
import type { ProjectSpec } from "./projects";
import { stream } from "./rng";
import { DAY, HOUR, monthOf, yearOf } from "./time";
import type { GroupSpec, MeetingSpec, UserSpec, World } from "./world";

export interface PlanSpec {
  id: string;
  group: GroupSpec;
  number: number;
  periodStart: number;
  periodEnd: number;
  state: PlanState;
  approvedOn: number | null;
  meeting: MeetingSpec | null;
  supersededAt: number | null;
  createdAt: number;
  createdBy: UserSpec;
  entries: { project: ProjectSpec; carriedOver: boolean; addedAt: number }[];
}

const MAX_PLANS = 6;

function finishedBefore(p: ProjectSpec, at: number) {
  const { status, lastUpdateAt } = p.final;
  return (status === "completed" || status === "cancelled") && (lastUpdateAt ?? 0) < at;
}

export function buildPlans(world: World, projectsByGroup: Map<number, ProjectSpec[]>): PlanSpec[] {
  const plans: PlanSpec[] = [];
  for (const group of world.groups) {
    const rng = stream(world.seed, "plans", group.index);
    const ids = stream(world.seed, "ids", "plans", group.index);
    const projects = projectsByGroup.get(group.index) ?? [];
    const coordinators = [...group.coordinators.NO, ...group.coordinators.RU];
    const held = group.held;
    if (!held.length) continue;

    // The latest plan was approved about nine months ago, the earlier ones every two years.
    const target = world.asOf - 270 * DAY;
    let latest = 0;
    held.forEach((m, i) => {
      if (Math.abs(m.startsOn - target) < Math.abs((held[latest]?.startsOn ?? 0) - target))
        latest = i;
    });
    const span = (held[held.length - 1]?.startsOn ?? 0) - (held[0]?.startsOn ?? 0);
    const interval = held.length > 1 ? span / (held.length - 1) / DAY : 730;
    const step = Math.max(1, Math.round(730 / interval));
    const approvals: number[] = [];
    for (let i = latest; i >= 0 && approvals.length < MAX_PLANS; i -= step) approvals.unshift(i);

    let previous: PlanSpec | undefined;
    approvals.forEach((meetingIndex, k) => {
      const meeting = held[meetingIndex] as MeetingSpec;
      const approvedOn = meeting.endsOn;
      const isLatest = k === approvals.length - 1;
      const periodStart = yearOf(approvedOn) + (monthOf(approvedOn) >= 7 ? 1 : 0);
      const periodEnd = isLatest ? Math.max(periodStart + 1, yearOf(world.asOf)) : periodStart + 1;
      const createdAt = approvedOn - rng.int(30, 90) * DAY + 9 * HOUR;
      const before = new Set(previous?.entries.map((e) => e.project) ?? []);
      const plan: PlanSpec = {
        id: ids.uuid(),
        group,
        number: k + 1,
        periodStart,
        periodEnd,
        state: isLatest ? "approved" : "superseded",
        approvedOn,
        meeting,
        supersededAt: null,
        createdAt,
        createdBy: rng.pick(coordinators),
        entries: projects
          .filter((p) => p.createdAt < approvedOn - 3 * DAY && !finishedBefore(p, approvedOn))
          .map((project) => ({
            project,
            carriedOver: before.has(project),
            addedAt: Math.max(createdAt, project.createdAt) + HOUR,
          })),
      };
      if (previous) {
        previous.supersededAt = approvedOn + 12 * HOUR;
        // An older plan runs until the next one starts.
        previous.periodEnd = Math.max(previous.periodStart, periodStart - 1);
      }
      plans.push(plan);
      previous = plan;
    });

    const hasNextMeeting = group.meetings.some((m) => m.state === "planned");
    if (previous && hasNextMeeting && group.index % 2 === 0) {
      const createdAt = world.asOf - rng.int(10, 60) * DAY + 9 * HOUR;
      const approved = new Set(previous.entries.map((e) => e.project));
      plans.push({
        id: ids.uuid(),
        group,
        number: previous.number + 1,
        periodStart: previous.periodEnd + 1,
        periodEnd: previous.periodEnd + 2,
        state: "draft",
        approvedOn: null,
        meeting: null,
        supersededAt: null,
        createdAt,
        createdBy: rng.pick(coordinators),
        entries: projects
          .filter((p) => p.final.status !== "completed" && p.final.status !== "cancelled")
          .map((project) => ({
            project,
            carriedOver: approved.has(project),
            addedAt: Math.max(createdAt, project.createdAt) + HOUR,
          })),
      });
    }
  }
  return plans;
}

/** The plan in force at a time (the last approved before it), for agenda texts. */
export function planInForce(plans: PlanSpec[], group: GroupSpec, at: number) {
  let found: PlanSpec | undefined;
  for (const plan of plans)
    if (plan.group === group && plan.approvedOn !== null && plan.approvedOn <= at) found = plan;
  return found;
}
