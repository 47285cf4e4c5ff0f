import "server-only";
import { and, type Column, count, desc, eq, isNull, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";
import {
  actionItems,
  meetings,
  notificationPreferences,
  notifications,
  projects,
  users,
  workingGroups,
  workPlans,
} from "@/db/schema";
import { groupLabelColumns } from "@/lib/admin/groups/columns";
import { localizedColumns, localizedValues } from "@/lib/i18n/localized";
import { meetingDateColumns } from "@/lib/meetings/columns";
import { projectTitleColumns } from "@/lib/projects/columns";
import type { EmailDelivery, NotificationCategory, NotificationKind } from "@/lib/vocabulary";
import { INBOX_PAGE_SIZE } from "./rules";
import type { NotificationRow } from "./types";

const actor = alias(users, "actor");

/** Notifications with what they refer to, newest first; scoped to the reader always. */
export async function readNotifications(
  db: Executor,
  where: SQL | undefined,
  { limit = INBOX_PAGE_SIZE, offset = 0 }: { limit?: number; offset?: number } = {},
): Promise<NotificationRow[]> {
  const rows = await db
    .select({
      id: notifications.id,
      userId: notifications.userId,
      kind: notifications.kind,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
      emailedAt: notifications.emailedAt,
      params: notifications.params,
      actorName: actor.name,
      ...groupLabelColumns,
      projectId: projects.id,
      ...projectTitleColumns,
      meetingId: meetings.id,
      ...meetingDateColumns,
      planNumber: workPlans.number,
      periodStart: workPlans.periodStart,
      periodEnd: workPlans.periodEnd,
      ...localizedColumns(actionItems, "text", "item"),
      dueOn: actionItems.dueOn,
    })
    .from(notifications)
    .leftJoin(actor, eq(actor.id, notifications.actorId))
    .leftJoin(workingGroups, eq(workingGroups.id, notifications.groupId))
    .leftJoin(projects, eq(projects.id, notifications.projectId))
    .leftJoin(meetings, eq(meetings.id, notifications.meetingId))
    .leftJoin(workPlans, eq(workPlans.id, notifications.planId))
    .leftJoin(actionItems, eq(actionItems.id, notifications.actionItemId))
    .where(where)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit)
    .offset(offset);
  return rows.map((r) => ({
    id: r.id,
    userId: r.userId,
    kind: r.kind as NotificationKind,
    createdAt: r.createdAt,
    readAt: r.readAt,
    emailedAt: r.emailedAt,
    params: (r.params ?? {}) as Record<string, unknown>,
    actorName: r.actorName,
    group: r.groupSlug ? { slug: r.groupSlug, name: localizedValues(r, "group") } : null,
    project:
      r.projectId && r.code
        ? { id: r.projectId, code: r.code, title: localizedValues(r, "title") }
        : null,
    meeting:
      r.meetingId && r.number !== null && r.startsOn && r.endsOn
        ? {
            id: r.meetingId,
            number: r.number,
            city: localizedValues(r, "city"),
            startsOn: r.startsOn,
            endsOn: r.endsOn,
          }
        : null,
    plan:
      r.planNumber !== null && r.periodStart !== null && r.periodEnd !== null
        ? { number: r.planNumber, periodStart: r.periodStart, periodEnd: r.periodEnd }
        : null,
    actionItem:
      r.itemNb !== null || r.itemRu !== null || r.itemEn !== null
        ? { text: localizedValues(r, "item"), dueOn: r.dueOn }
        : null,
  }));
}

export interface InboxFilters {
  unread: boolean;
  /** A group's id, or all the reader's notifications. */
  groupId: string | null;
  page: number;
}

function inboxWhere(userId: string, filters: Pick<InboxFilters, "unread" | "groupId">) {
  return and(
    eq(notifications.userId, userId),
    filters.unread ? isNull(notifications.readAt) : undefined,
    filters.groupId ? eq(notifications.groupId, filters.groupId) : undefined,
  );
}

/** One page of the reader's inbox, and how many there are in all. */
export async function listInbox(db: Executor, userId: string, filters: InboxFilters) {
  const where = inboxWhere(userId, filters);
  const [rows, [total]] = await Promise.all([
    readNotifications(db, where, {
      limit: INBOX_PAGE_SIZE,
      offset: (filters.page - 1) * INBOX_PAGE_SIZE,
    }),
    db.select({ n: count() }).from(notifications).where(where),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}

/**
 * The number on the bell, as an expression of a user id column: the viewer's one statement
 * carries it (lib/auth/viewer.ts), counted on the partial index of unread notifications.
 */
export const unreadCountOf = (userId: Column | SQL) =>
  sql<number>`(select count(*)::int from ${notifications} where ${notifications.userId} = ${userId} and ${notifications.readAt} is null)`;

/** One of the reader's own notifications (someone else's, or an unknown id: null). */
export async function readOwnNotification(
  db: Executor,
  userId: string,
  id: string,
): Promise<NotificationRow | null> {
  const [row] = await readNotifications(
    db,
    and(eq(notifications.id, id), eq(notifications.userId, userId)),
    { limit: 1 },
  );
  return row ?? null;
}

/** The number on the bell. */
export async function unreadCount(db: Executor, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return Number(row?.n ?? 0);
}

/** The reader's own choices (categories they never changed are absent: defaults apply). */
export async function emailChoices(
  db: Executor,
  userId: string,
): Promise<Partial<Record<NotificationCategory, EmailDelivery>>> {
  const rows = await db
    .select({
      category: notificationPreferences.category,
      delivery: notificationPreferences.delivery,
    })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId));
  return Object.fromEntries(rows.map((r) => [r.category, r.delivery])) as Partial<
    Record<NotificationCategory, EmailDelivery>
  >;
}
