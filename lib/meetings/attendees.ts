import { and, eq, inArray } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { meetingAttendees, memberships, users } from "@/db/schema";
import type { Delegation } from "@/db/schema/enums";
import { defineAction } from "@/lib/actions/guard";
import { attendeesBase } from "./fingerprints";
import { type AttendeesInput, attendeesInput } from "./input";
import { assertOpen, assertUnchanged, fieldError, lockMeeting, requireScope } from "./scope";

/** The chosen people: members of the group, or people who already attended (and have left since). */
async function chosenPeople(
  tx: Transaction,
  groupId: string,
  input: AttendeesInput,
  attendedIds: Set<string>,
) {
  if (!input.memberIds.length) return [];
  const people = await tx
    .select({ id: users.id, delegation: users.delegation, member: memberships.userId })
    .from(users)
    .leftJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.groupId, groupId)))
    .where(inArray(users.id, input.memberIds));
  const eligible = people.filter((p) => p.member !== null || attendedIds.has(p.id));
  if (eligible.length !== input.memberIds.length)
    throw fieldError("memberIds", "attendeeNotMember");
  return eligible;
}

interface Row {
  meetingId: string;
  userId: string | null;
  name: string | null;
  delegation: Delegation;
  capacity: string | null;
}

/** Replaces the attendee list: members of both delegations, and named guests. */
export const updateAttendees = defineAction({
  name: "attendees.update",
  permission: "meeting.manage",
  schema: attendeesInput,
  resource: (input) => ({ kind: "group", groupId: input.groupId }),
  async run({ tx, input, groupId, audit }) {
    const scope = requireScope(groupId);
    const meeting = await lockMeeting(tx, scope, input.meetingId);
    assertOpen(meeting);
    const current = await tx
      .select()
      .from(meetingAttendees)
      .where(eq(meetingAttendees.meetingId, meeting.id));
    assertUnchanged(input.base, attendeesBase(current));
    const previous = new Map(current.flatMap((a) => (a.userId ? [[a.userId, a] as const] : [])));
    const people = await chosenPeople(tx, scope, input, new Set(previous.keys()));
    const rows: Row[] = [
      ...people.map((p) => ({
        meetingId: meeting.id,
        userId: p.id,
        name: null,
        delegation: previous.get(p.id)?.delegation ?? p.delegation,
        capacity: previous.get(p.id)?.capacity ?? null,
      })),
      ...input.guests.map((g) => ({
        meetingId: meeting.id,
        userId: null,
        name: g.name,
        delegation: g.delegation,
        capacity: g.capacity,
      })),
    ];
    if (attendeesBase(rows) === attendeesBase(current)) return { count: rows.length };
    await tx.delete(meetingAttendees).where(eq(meetingAttendees.meetingId, meeting.id));
    if (rows.length) await tx.insert(meetingAttendees).values(rows);
    const summary = (list: readonly Row[]) =>
      list.map(({ userId, name, delegation, capacity }) => ({
        userId,
        name,
        delegation,
        capacity,
      }));
    await audit({
      action: "attendees.update",
      entityType: "meeting",
      entityId: meeting.id,
      before: { attendees: summary(current) },
      after: { attendees: summary(rows) },
    });
    return { count: rows.length };
  },
});
