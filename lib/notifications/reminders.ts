import "server-only";
import { and, eq, gte, isNull, max, notInArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";
import { meetings, memberships, projects, statusUpdates, users, workingGroups } from "@/db/schema";
import { heldBefore, plannedFrom } from "@/lib/meetings/columns";
import { cutoffOf } from "@/lib/meetings/rules";
import type { Delegation } from "@/lib/vocabulary";
import { notifyUser } from "./writes";

/** The day a meeting's brief reports up to, and updates are due by. */
export { cutoffOf };

const addDays = (iso: string, days: number) => {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

export interface PendingProject {
  id: string;
  code: string;
  contactNoId: string | null;
  contactRuId: string | null;
  /** Whether each side has posted an update since the previous meeting. */
  updated: Record<Delegation, boolean>;
}

export interface PendingUpdates {
  meetingId: string;
  groupId: string;
  cutoff: string;
  /** Updates count from this day: the previous held meeting's first day, or 90 days back. */
  since: string;
  projects: PendingProject[];
}

/**
 * The open projects of a planned meeting's group and whether each side has updated them since
 * the previous meeting — what the reminders are made of, and what coordinators see on the
 * meeting's page. Null when the meeting is not a planned one of this group.
 */
export async function pendingUpdates(
  db: Executor,
  groupId: string,
  meetingId: string,
): Promise<PendingUpdates | null> {
  const previous = alias(meetings, "previous");
  const [meeting] = await db
    .select({
      id: meetings.id,
      startsOn: meetings.startsOn,
      briefCutoffOn: meetings.briefCutoffOn,
      since: sql<string | null>`(${db
        .select({ day: max(previous.startsOn) })
        .from(previous)
        .where(heldBefore(previous, "startsOn"))})::text`,
    })
    .from(meetings)
    .where(
      and(eq(meetings.id, meetingId), eq(meetings.groupId, groupId), eq(meetings.state, "planned")),
    );
  if (!meeting) return null;
  const cutoff = cutoffOf(meeting);
  const since = meeting.since ?? addDays(cutoff, -90);
  const open = await db
    .select({
      id: projects.id,
      code: projects.code,
      contactNoId: projects.contactNoId,
      contactRuId: projects.contactRuId,
    })
    .from(projects)
    .where(
      and(
        eq(projects.groupId, groupId),
        isNull(projects.archivedAt),
        notInArray(projects.status, ["completed", "cancelled"]),
      ),
    )
    .orderBy(projects.code);
  const sides = open.length
    ? await db
        .selectDistinct({
          projectId: statusUpdates.projectId,
          side: statusUpdates.authorDelegation,
        })
        .from(statusUpdates)
        .where(
          and(
            eq(statusUpdates.groupId, groupId),
            gte(statusUpdates.createdAt, new Date(`${since}T00:00:00Z`)),
          ),
        )
    : [];
  const updated = new Set(sides.map((s) => `${s.projectId}:${s.side}`));
  return {
    meetingId,
    groupId,
    cutoff,
    since,
    projects: open.map((p) => ({
      ...p,
      updated: { NO: updated.has(`${p.id}:NO`), RU: updated.has(`${p.id}:RU`) },
    })),
  };
}

export interface ReminderPlan {
  /** Per contact: their projects without an update from their side. */
  contacts: Map<string, string[]>;
  /** Projects with no update from either side: what every coordinator is sent. */
  unreported: string[];
}

/** Who is reminded of what. Nobody gets an empty reminder. */
export function planReminders(pending: PendingUpdates): ReminderPlan {
  const contacts = new Map<string, string[]>();
  const add = (userId: string | null, projectId: string) => {
    if (!userId) return;
    contacts.set(userId, [...(contacts.get(userId) ?? []), projectId]);
  };
  for (const p of pending.projects) {
    if (!p.updated.NO) add(p.contactNoId, p.id);
    if (!p.updated.RU) add(p.contactRuId, p.id);
  }
  const unreported = pending.projects
    .filter((p) => !p.updated.NO && !p.updated.RU)
    .map((p) => p.id);
  return { contacts, unreported };
}

/**
 * Sends the reminder before a meeting: each contact (still a member) the list of their projects
 * to update, each coordinator the projects no side has reported on. Returns who was reminded.
 * A coordinator's "Send reminder now" reaches the contacts alone (`coordinators: false`): the
 * coordinators have the list on the meeting's page.
 */
export async function remindBeforeMeeting(
  db: Executor,
  groupId: string,
  meetingId: string,
  actorId: string | null = null,
  { coordinators: toCoordinators = true }: { coordinators?: boolean } = {},
): Promise<{ contacts: number; coordinators: number }> {
  const pending = await pendingUpdates(db, groupId, meetingId);
  if (!pending) return { contacts: 0, coordinators: 0 };
  const plan = planReminders(pending);
  const members = await db
    .select({ userId: memberships.userId, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.groupId, groupId), eq(users.active, true)));
  const memberIds = new Set(members.map((m) => m.userId));
  const subject = (list: string[], audience: "contact" | "coordinator") => ({
    groupId,
    actorId,
    meetingId,
    params: { projects: list, cutoff: pending.cutoff, audience },
  });
  let contacts = 0;
  for (const [userId, list] of plan.contacts) {
    if (!memberIds.has(userId)) continue;
    contacts += await notifyUser(db, userId, "update_reminder", subject(list, "contact"));
  }
  let coordinators = 0;
  if (toCoordinators && plan.unreported.length)
    for (const m of members.filter((x) => x.role === "coordinator"))
      coordinators += await notifyUser(
        db,
        m.userId,
        "update_reminder",
        subject(plan.unreported, "coordinator"),
      );
  return { contacts, coordinators };
}

/**
 * Planned meetings whose reminder day (cut-off minus one of the group's reminder days) is due,
 * with the cut-off they are for: a meeting moved to other dates is reminded of again.
 */
export async function dueReminders(db: Executor, today: string) {
  const rows = await db
    .select({
      meetingId: meetings.id,
      groupId: meetings.groupId,
      startsOn: meetings.startsOn,
      briefCutoffOn: meetings.briefCutoffOn,
      days: workingGroups.reminderDays,
    })
    .from(meetings)
    .innerJoin(workingGroups, eq(workingGroups.id, meetings.groupId))
    .where(and(plannedFrom(today), isNull(workingGroups.archivedAt)));
  return rows.flatMap((row) => {
    const cutoff = cutoffOf(row);
    // A day's grace, so a server that was down on the day still sends the reminder once.
    return row.days
      .filter((n) => {
        const on = addDays(cutoff, -n);
        return on <= today && today <= addDays(on, 1) && today <= cutoff;
      })
      .map((n) => ({ meetingId: row.meetingId, groupId: row.groupId, cutoff, days: n }));
  });
}
