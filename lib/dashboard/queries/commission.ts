import "server-only";
import { and, asc, eq, inArray, isNotNull, isNull, lt, type SQL, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { actionItems, projects, workingGroups, workPlans } from "@/db/schema";
import { groupNameColumns } from "@/lib/admin/groups/columns";
import { planCondition } from "@/lib/dashboard/queries/dashboard";
import type { GroupHeadline } from "@/lib/dashboard/types";
import { approvedPlan } from "@/lib/plans/queries";
import {
  oneSidedCondition,
  overdueCondition,
  staleCondition,
} from "@/lib/projects/list/conditions";
import { jsonObject } from "@/lib/server/json";

const count = (condition: SQL) =>
  sql<number>`count(${projects.id}) filter (where ${condition})::int`;

/**
 * The commission's view: each working group's headline figures for its approved work plan,
 * by the same definitions as the group dashboards, in one query.
 */
export async function loadCommissionView(
  db: Executor,
  groupIds: string[],
  today: string,
): Promise<GroupHeadline[]> {
  if (!groupIds.length) return [];
  const inScope = and(isNull(projects.archivedAt), planCondition(projects.groupId, undefined));
  const open = isNull(actionItems.doneAt);
  const actions = db
    .select({
      groupId: actionItems.groupId,
      open: sql<number>`count(*) filter (where ${open})`.as("open"),
      overdue: sql<number>`count(*) filter (where ${and(open, lt(actionItems.dueOn, today))})`.as(
        "overdue",
      ),
    })
    .from(actionItems)
    .where(
      inArray(actionItems.projectId, db.select({ id: projects.id }).from(projects).where(inScope)),
    )
    .groupBy(actionItems.groupId)
    .as("ai");
  const plan = sql<GroupHeadline["plan"]>`(select ${jsonObject({
    number: workPlans.number,
    periodStart: workPlans.periodStart,
    periodEnd: workPlans.periodEnd,
  })} from ${workPlans} where ${workPlans.groupId} = ${workingGroups.id} and ${approvedPlan})`;
  const rows = await db
    .select({
      groupId: workingGroups.id,
      ...groupNameColumns,
      plan,
      total: sql<number>`count(${projects.id})::int`,
      completed: count(sql`${projects.status} = 'completed'`),
      progressSum: sql<number>`coalesce(sum(${projects.progress}), 0)::int`,
      overdue: count(overdueCondition(today)),
      stale: count(staleCondition(projects.groupId, today)),
      onesided: count(oneSidedCondition(projects.groupId, today)),
      awaiting: count(isNotNull(projects.awaitingConfirmationFrom)),
      openActions: sql<number>`coalesce(max(${actions.open}), 0)::int`,
      overdueActions: sql<number>`coalesce(max(${actions.overdue}), 0)::int`,
    })
    .from(workingGroups)
    .leftJoin(projects, and(eq(projects.groupId, workingGroups.id), inScope))
    .leftJoin(actions, eq(actions.groupId, workingGroups.id))
    .where(and(inArray(workingGroups.id, groupIds), isNull(workingGroups.archivedAt)))
    .groupBy(workingGroups.id)
    .orderBy(asc(workingGroups.createdAt), asc(workingGroups.slug));
  return rows.map(({ nameNb, nameRu, nameEn, ...row }) => ({
    ...row,
    name: { nb: nameNb, ru: nameRu, en: nameEn },
  }));
}
