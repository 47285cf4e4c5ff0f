import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { auditEvents, memberships, projects, users } from "@/db/schema";
import { localizedValues } from "@/lib/i18n/localized";
import { REMINDER_PAUSE_MINUTES } from "@/lib/meetings/rules";
import { pendingUpdates, planReminders } from "@/lib/notifications/reminders";
import { projectTitleColumns } from "@/lib/projects/columns";
import type { PendingContact, PendingProject, ReminderOverview, SentReminder } from "./types";

/** The audit code of "Send reminder now" (lib/meetings/reminders/actions.ts): the hourly limit is read from the audit log. */
const REMIND_ACTION = "meeting.remind";

/** The last "Send reminder now" for the meeting, and how long ago it was by the database's clock. */
export async function lastReminder(
  db: Executor,
  groupId: string,
  meetingId: string,
): Promise<(SentReminder & { secondsAgo: number }) | null> {
  const [row] = await db
    .select({
      at: auditEvents.createdAt,
      byName: users.name,
      after: auditEvents.after,
      secondsAgo: sql<number>`extract(epoch from now() - ${auditEvents.createdAt})::float8`,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(
      and(
        eq(auditEvents.groupId, groupId),
        eq(auditEvents.entityType, "meeting"),
        eq(auditEvents.entityId, meetingId),
        eq(auditEvents.action, REMIND_ACTION),
      ),
    )
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(1);
  if (!row) return null;
  const contacts = (row.after as { contacts?: unknown } | null)?.contacts;
  return {
    at: row.at.toISOString(),
    byName: row.byName,
    contacts: typeof contacts === "number" ? contacts : 0,
    secondsAgo: Number(row.secondsAgo),
  };
}

/** Seconds until "Send reminder now" may be pressed again (0: now). */
export const secondsToWait = (last: { secondsAgo: number } | null): number =>
  last ? Math.max(0, Math.ceil(REMINDER_PAUSE_MINUTES * 60 - last.secondsAgo)) : 0;

/**
 * Who has not updated what before a planned meeting, for its coordinators: per contact their
 * projects with no update from their side since the previous meeting, and the projects no side
 * has reported on. Null when the meeting is not a planned one of the group.
 */
export async function reminderOverview(
  db: Executor,
  groupId: string,
  meetingId: string,
  now: Date = new Date(),
): Promise<ReminderOverview | null> {
  const pending = await pendingUpdates(db, groupId, meetingId);
  if (!pending) return null;
  const plan = planReminders(pending);
  const projectIds = [...new Set([...[...plan.contacts.values()].flat(), ...plan.unreported])];
  const userIds = [...plan.contacts.keys()];
  const [projectRows, people, last] = await Promise.all([
    projectIds.length
      ? db
          .select({
            id: projects.id,
            ...projectTitleColumns,
          })
          .from(projects)
          .where(and(eq(projects.groupId, groupId), inArray(projects.id, projectIds)))
          .orderBy(asc(projects.code))
      : [],
    userIds.length
      ? db
          .select({
            id: users.id,
            name: users.name,
            delegation: users.delegation,
            active: users.active,
            member: memberships.userId,
          })
          .from(users)
          .leftJoin(
            memberships,
            and(eq(memberships.userId, users.id), eq(memberships.groupId, groupId)),
          )
          .where(inArray(users.id, userIds))
      : [],
    lastReminder(db, groupId, meetingId),
  ]);
  const byId = new Map<string, PendingProject>(
    projectRows.map((p) => [p.id, { id: p.id, code: p.code, title: localizedValues(p, "title") }]),
  );
  const listed = (ids: readonly string[]) =>
    ids.flatMap((id) => byId.get(id) ?? []).sort((a, b) => a.code.localeCompare(b.code));
  const contacts: PendingContact[] = people
    .map((person) => ({
      userId: person.id,
      name: person.name,
      delegation: person.delegation,
      reachable: person.active && person.member !== null,
      projects: listed(plan.contacts.get(person.id) ?? []),
    }))
    .sort((a, b) => a.delegation.localeCompare(b.delegation) || a.name.localeCompare(b.name, "nb"));
  const wait = secondsToWait(last);
  return {
    cutoff: pending.cutoff,
    since: pending.since,
    projects: pending.projects.length,
    contacts,
    unreported: listed(plan.unreported),
    lastSent: last ? { at: last.at, byName: last.byName, contacts: last.contacts } : null,
    nextAllowedAt: wait ? new Date(now.getTime() + wait * 1000).toISOString() : null,
  };
}
