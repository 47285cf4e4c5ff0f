import "server-only";
import { createHash } from "node:crypto";
import { and, asc, eq, gte, isNotNull, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { actionItems, meetings, memberships, users, workingGroups } from "@/db/schema";
import { groupLabelColumns } from "@/lib/admin/groups/columns";
import { type LocalizedValues, localizedColumns, localizedValues } from "@/lib/i18n/localized";
import { meetingDateColumns } from "@/lib/meetings/columns";
import type { MeetingBasics } from "@/lib/meetings/types";
import type { Locale } from "@/lib/vocabulary";

export interface CalendarMeeting extends MeetingBasics {
  sequence: number;
  groupSlug: string;
  groupName: LocalizedValues;
}

const meetingColumns = {
  id: meetings.id,
  ...meetingDateColumns,
  country: meetings.country,
  state: meetings.state,
  sequence: meetings.sequence,
  ...groupLabelColumns,
};

const selectMeetings = (db: Executor) =>
  db
    .select(meetingColumns)
    .from(meetings)
    .innerJoin(workingGroups, eq(workingGroups.id, meetings.groupId));

type MeetingRow = Awaited<ReturnType<typeof selectMeetings>>[number];

const toMeeting = (r: MeetingRow): CalendarMeeting => ({
  id: r.id,
  number: r.number,
  startsOn: r.startsOn,
  endsOn: r.endsOn,
  city: localizedValues(r, "city"),
  country: r.country,
  state: r.state,
  sequence: r.sequence,
  groupSlug: r.groupSlug,
  groupName: localizedValues(r, "group"),
});

/** One meeting of a group, for its calendar file; null when there is none by that number. */
export async function calendarMeeting(
  db: Executor,
  groupId: string,
  number: number,
): Promise<CalendarMeeting | null> {
  const [row] = await selectMeetings(db).where(
    and(eq(meetings.groupId, groupId), eq(meetings.number, number)),
  );
  return row ? toMeeting(row) : null;
}

export const calendarTokenHash = (token: string) =>
  createHash("sha256").update(token).digest("hex");

export interface CalendarFeed {
  user: { id: string; name: string; email: string; locale: Locale };
  meetings: CalendarMeeting[];
  actionItems: {
    id: string;
    text: LocalizedValues;
    dueOn: string;
    groupSlug: string;
    groupName: LocalizedValues;
  }[];
}

/**
 * What a personal calendar subscription holds: the meetings of the user's groups from a year
 * back on, and their own open action items' due dates. Null for an unknown (or revoked) secret.
 */
export async function calendarFeed(
  db: Executor,
  token: string,
  today: string,
): Promise<CalendarFeed | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const [user] = await db
    .select({ id: users.id, name: users.name, email: users.email, locale: users.locale })
    .from(users)
    .where(and(eq(users.calendarTokenHash, calendarTokenHash(token)), eq(users.active, true)));
  if (!user) return null;
  const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  const [meetingRows, items] = await Promise.all([
    selectMeetings(db)
      .innerJoin(
        memberships,
        and(eq(memberships.groupId, meetings.groupId), eq(memberships.userId, user.id)),
      )
      .where(and(gte(meetings.endsOn, yearAgo), isNull(workingGroups.archivedAt)))
      .orderBy(asc(meetings.startsOn)),
    db
      .select({
        id: actionItems.id,
        ...localizedColumns(actionItems, "text"),
        dueOn: actionItems.dueOn,
        ...groupLabelColumns,
      })
      .from(actionItems)
      .innerJoin(workingGroups, eq(workingGroups.id, actionItems.groupId))
      .innerJoin(
        memberships,
        and(eq(memberships.groupId, actionItems.groupId), eq(memberships.userId, user.id)),
      )
      .where(
        and(
          eq(actionItems.ownerId, user.id),
          isNull(actionItems.doneAt),
          isNotNull(actionItems.dueOn),
          isNull(workingGroups.archivedAt),
        ),
      )
      .orderBy(asc(actionItems.dueOn)),
  ]);
  return {
    user,
    meetings: meetingRows.map(toMeeting),
    actionItems: items.flatMap((i) =>
      i.dueOn
        ? [
            {
              id: i.id,
              text: localizedValues(i, "text"),
              dueOn: i.dueOn,
              groupSlug: i.groupSlug,
              groupName: localizedValues(i, "group"),
            },
          ]
        : [],
    ),
  };
}
