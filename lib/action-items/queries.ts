import "server-only";
import { and, asc, eq, isNotNull, isNull, lt, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";
import { actionItems, meetings, projects, users } from "@/db/schema";
import {
  ACTION_ITEMS_PAGE_SIZE,
  type ActionItemFilters,
  hasProjectFilter,
} from "@/lib/action-items/input";
import type { ActionItemRow } from "@/lib/action-items/types";
import { localizedColumns } from "@/lib/i18n/localized";
import { filterConditions, type ListScope } from "@/lib/projects/list/queries";

/** The same scope as the project list: group, viewer (for owner=me), today, language. */
export type ActionItemScope = ListScope;

// Aliased, so the project filters' own subquery over `projects` stays unambiguous.
/** An action item's owner: join it as `itemOwner` for actionItemColumns. */
export const itemOwner = alias(users, "owner");
/** Who marked an action item done: left-join it as `itemDoneBy` for actionItemColumns. */
export const itemDoneBy = alias(users, "done_by");
const itemProject = alias(projects, "item_project");
const itemMeeting = alias(meetings, "item_meeting");

/**
 * An action item as every list of them shows it: its text in nb, ru and en, its owner, due date,
 * and when and by whom it was done (`itemOwner` and `itemDoneBy` joined).
 */
export const actionItemColumns = {
  id: actionItems.id,
  ...localizedColumns(actionItems, "text"),
  ownerId: actionItems.ownerId,
  ownerName: itemOwner.name,
  ownerDelegation: itemOwner.delegation,
  dueOn: actionItems.dueOn,
  doneAt: actionItems.doneAt,
  doneByName: itemDoneBy.name,
};

function overdueCondition(today: string): SQL {
  return and(isNull(actionItems.doneAt), lt(actionItems.dueOn, today)) as SQL;
}

/**
 * Every filter as SQL over `action_items`, scope first. With any project filter active, only
 * items of the projects that filter selects (so none without a project); without one, items
 * are not narrowed by their project at all.
 */
export function actionItemConditions(scope: ActionItemScope, filters: ActionItemFilters): SQL {
  const conditions: (SQL | undefined)[] = [eq(actionItems.groupId, scope.groupId)];
  if (hasProjectFilter(filters.projects)) {
    conditions.push(
      sql`${actionItems.projectId} in (select ${projects.id} from ${projects}
          where ${filterConditions(scope, filters.projects)})`,
    );
  }
  if (filters.state === "open") conditions.push(isNull(actionItems.doneAt));
  if (filters.state === "overdue") conditions.push(overdueCondition(scope.today));
  if (filters.state === "done") conditions.push(isNotNull(actionItems.doneAt));
  if (filters.owner === "me") conditions.push(eq(actionItems.ownerId, scope.userId));
  if (filters.general) conditions.push(isNull(actionItems.projectId));
  return and(...conditions) as SQL;
}

/** One page of the group's action items (overdue first, then by due date) and the total, in one query. */
export async function listActionItems(
  db: Executor,
  scope: ActionItemScope,
  filters: ActionItemFilters,
): Promise<{ rows: ActionItemRow[]; total: number }> {
  const overdue = sql<boolean>`coalesce(${overdueCondition(scope.today)}, false)`;
  const rows = await db
    .select({
      ...actionItemColumns,
      projectId: actionItems.projectId,
      projectCode: itemProject.code,
      ...localizedColumns(itemProject, "title", "projectTitle"),
      meetingNumber: itemMeeting.number,
      ...localizedColumns(itemMeeting, "city", "meetingCity"),
      overdue,
      createdAt: actionItems.createdAt,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(actionItems)
    .innerJoin(itemOwner, eq(itemOwner.id, actionItems.ownerId))
    .leftJoin(itemDoneBy, eq(itemDoneBy.id, actionItems.doneById))
    .leftJoin(itemProject, eq(itemProject.id, actionItems.projectId))
    .leftJoin(itemMeeting, eq(itemMeeting.id, actionItems.meetingId))
    .where(actionItemConditions(scope, filters))
    .orderBy(
      sql`${overdue} desc`,
      sql`${actionItems.dueOn} asc nulls last`,
      asc(actionItems.createdAt),
      asc(actionItems.id),
    )
    .limit(ACTION_ITEMS_PAGE_SIZE)
    .offset((filters.page - 1) * ACTION_ITEMS_PAGE_SIZE);
  const total =
    rows[0]?.total ?? (filters.page > 1 ? await countActionItems(db, scope, filters) : 0);
  return { rows: rows.map(({ total: _, ...row }) => row), total };
}

/** How many action items the filters select: what the list's header says, to the item. */
export async function countActionItems(
  db: Executor,
  scope: ActionItemScope,
  filters: ActionItemFilters,
): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(actionItems)
    .where(actionItemConditions(scope, filters));
  return row?.n ?? 0;
}
