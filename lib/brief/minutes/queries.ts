import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import {
  actionItems,
  decisions,
  meetingAttendees,
  meetings,
  memberships,
  projects,
  users,
} from "@/db/schema";
import { documentHeader, loadHeader } from "@/lib/brief/queries";
import { toIso } from "@/lib/brief/rules";
import type { MinutesModel } from "@/lib/brief/types";
import { timeZoneFor } from "@/lib/i18n/time-zone";
import { jsonList, jsonObject, jsonTexts, orNull, scalar } from "@/lib/server/json";

/** The attendees by delegation, coordinators first, then by name. */
function attendeeList(db: Executor) {
  const name = sql<string>`coalesce(${users.name}, ${meetingAttendees.name})`;
  return scalar(
    db
      .select({
        list: jsonList(
          jsonObject({
            name,
            position: sql<string | null>`coalesce(${meetingAttendees.capacity}, ${users.position})`,
            delegation: meetingAttendees.delegation,
          }),
          asc(meetingAttendees.delegation),
          sql`(${memberships.role} = 'coordinator') desc nulls last`,
          name,
        ),
      })
      .from(meetingAttendees)
      .leftJoin(users, eq(users.id, meetingAttendees.userId))
      .leftJoin(
        memberships,
        and(
          eq(memberships.userId, meetingAttendees.userId),
          eq(memberships.groupId, meetings.groupId),
        ),
      )
      .where(eq(meetingAttendees.meetingId, meetings.id)),
  );
}

/** The decisions in order, each with its project's code. */
function decisionList(db: Executor) {
  return scalar(
    db
      .select({
        list: jsonList(
          jsonObject({
            position: decisions.position,
            text: jsonTexts(decisions, "text"),
            project: orNull(projects.code),
          }),
          asc(decisions.position),
        ),
      })
      .from(decisions)
      .leftJoin(projects, eq(projects.id, decisions.projectId))
      .where(eq(decisions.meetingId, meetings.id)),
  );
}

/** The meeting's action items, soonest due first (those without a date last). */
function actionItemList(db: Executor) {
  return scalar(
    db
      .select({
        list: jsonList(
          jsonObject({
            id: actionItems.id,
            text: jsonTexts(actionItems, "text"),
            owner: jsonObject({ name: users.name, side: users.delegation }),
            dueOn: actionItems.dueOn,
            doneAt: actionItems.doneAt,
            project: orNull(projects.code),
          }),
          asc(actionItems.dueOn),
          asc(actionItems.createdAt),
          asc(projects.code),
          asc(actionItems.id),
        ),
      })
      .from(actionItems)
      .innerJoin(users, eq(users.id, actionItems.ownerId))
      .leftJoin(projects, eq(projects.id, actionItems.projectId))
      .where(eq(actionItems.meetingId, meetings.id)),
  );
}

/**
 * The minutes of a held meeting as a document: attendees by delegation, agenda, minutes
 * text, numbered decisions and action items. Null when the meeting does not exist or has not
 * been held. Two queries.
 */
export async function buildMinutes(
  db: Executor,
  options: { groupId: string; meetingNumber: number; now?: Date },
): Promise<MinutesModel | null> {
  const header = await loadHeader(db, options.groupId, options.meetingNumber);
  if (header?.state !== "held") return null;
  const [row] = await db
    .select({
      minutes: { nb: meetings.minutesNb, ru: meetings.minutesRu, en: meetings.minutesEn },
      attendees: attendeeList(db),
      decisions: decisionList(db),
      actionItems: actionItemList(db),
    })
    .from(meetings)
    .where(and(eq(meetings.groupId, options.groupId), eq(meetings.number, options.meetingNumber)));
  if (!row) return null;
  return {
    generatedAt: (options.now ?? new Date()).toISOString(),
    timeZone: timeZoneFor(header.country),
    header: documentHeader(header),
    // Aggregates: each list is there, empty when the meeting has none.
    attendees: row.attendees ?? [],
    // The agenda as the header read it, each item with its projects' codes.
    agenda: header.agenda.map(({ position, title, projects }) => ({
      position,
      title,
      projects: projects.map((p) => p.code),
    })),
    minutes: row.minutes,
    decisions: row.decisions ?? [],
    actionItems: (row.actionItems ?? []).map((a) => ({
      ...a,
      doneAt: a.doneAt ? toIso(a.doneAt) : null,
    })),
  };
}
