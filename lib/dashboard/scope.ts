import { and, type SQL, sql } from "drizzle-orm";
import { projects } from "@/db/schema";
import type { GroupRef } from "@/lib/projects/conditions";
import { DEFAULT_FILTERS } from "@/lib/projects/filters";
import { filterConditions, type ListScope } from "@/lib/projects/list";
import type { DashboardParams } from "./figures";

/** SQL for the dashboard's work plan: a number, every project ("all"), or the approved plan. */
export function planCondition(groupId: GroupRef, plan: DashboardParams["plan"]): SQL | undefined {
  if (plan === "all") return undefined;
  const inPlan = (number: SQL) => sql`exists (select 1 from work_plan_projects wp
    join work_plans w on w.id = wp.plan_id
    where wp.project_id = ${projects.id} and w.group_id = ${groupId} and w.number = ${number})`;
  if (typeof plan === "number") return inPlan(sql`${plan}`);
  // No approved plan yet: the dashboard covers every project of the group.
  const approved = sql`(select w.number from work_plans w where w.group_id = ${groupId} and w.state = 'approved')`;
  return sql`(${approved} is null or ${inPlan(approved)})`;
}

/** The projects the dashboard counts: scope first (group, not archived), then plan and side. */
export function dashboardProjects(scope: ListScope, params: DashboardParams): SQL {
  return and(
    filterConditions(scope, { ...DEFAULT_FILTERS, side: params.side }),
    planCondition(scope.groupId, params.plan),
  ) as SQL;
}
