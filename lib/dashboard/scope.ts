import { and, type SQL, sql } from "drizzle-orm";
import { projects } from "@/db/schema";
import type { GroupRef } from "@/lib/projects/conditions";
import { DEFAULT_FILTERS } from "@/lib/projects/filters";
import { filterConditions, type ListScope } from "@/lib/projects/list";
import type { DashboardParams } from "./figures";

/**
 * SQL for the dashboard's work plan: a number, every project ("all"), or the approved plan.
 * The plan's id is looked up once (an InitPlan), then its projects by the primary key of
 * work_plan_projects (plan_id, project_id) — not one plan lookup per project.
 */
export function planCondition(groupId: GroupRef, plan: DashboardParams["plan"]): SQL | undefined {
  if (plan === "all") return undefined;
  const planId =
    typeof plan === "number"
      ? sql`(select w.id from work_plans w where w.group_id = ${groupId} and w.number = ${plan})`
      : sql`(select w.id from work_plans w where w.group_id = ${groupId} and w.state = 'approved')`;
  const inPlan = sql`${projects.id} in (select wp.project_id from work_plan_projects wp where wp.plan_id = ${planId})`;
  if (typeof plan === "number") return inPlan;
  // No approved plan yet: the dashboard covers every project of the group.
  return sql`(${planId} is null or ${inPlan})`;
}

/** The projects the dashboard counts: scope first (group, not archived), then plan and side. */
export function dashboardProjects(scope: ListScope, params: DashboardParams): SQL {
  return and(
    filterConditions(scope, { ...DEFAULT_FILTERS, side: params.side }),
    planCondition(scope.groupId, params.plan),
  ) as SQL;
}
