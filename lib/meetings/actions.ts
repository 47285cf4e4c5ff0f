import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { meetingAttendees, meetings, memberships, users } from "@/db/schema";
import { defineAction } from "@/lib/actions/guard";
import { onGroup } from "@/lib/actions/resources";
import { decide } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError } from "@/lib/errors";
import { localizedColumns, localizedValues } from "@/lib/i18n/localized";
import { attendeesBase, meetingBase, minutesBase } from "@/lib/meetings/fingerprints";
import {
  type AttendeesInput,
  attendeesInput,
  createMeetingInput,
  type MeetingInput,
  meetingRef,
  minutesInput,
  updateMeetingInput,
} from "@/lib/meetings/input";
import { hasMoved, isAhead, mayBeHeld } from "@/lib/meetings/rules";
import type { SavedMeeting } from "@/lib/meetings/types";
import {
  assertNotCancelled,
  assertNumberFree,
  assertOpen,
  assertUnchanged,
  fieldError,
  lockMeeting,
  lockOpenMeeting,
  withUniqueNumber,
} from "@/lib/meetings/writes";
import { notifyGroup } from "@/lib/notifications/writes";
import { groupSlug } from "@/lib/projects/writes";
import type { Delegation } from "@/lib/vocabulary";

/** A calendar date as a message value ("{date, date, long}"). */
const dayValue = (isoDate: string) => Date.parse(`${isoDate}T12:00:00Z`);

const columns = (input: MeetingInput) => ({
  number: input.number,
  startsOn: input.startsOn,
  endsOn: input.endsOn,
  ...localizedColumns(input, "city"),
  country: input.country,
  briefCutoffOn: input.briefCutoffOn,
});

const detailsOf = (m: MeetingInput) => ({
  number: m.number,
  startsOn: m.startsOn,
  endsOn: m.endsOn,
  city: localizedValues(m, "city"),
  country: m.country,
  briefCutoffOn: m.briefCutoffOn,
});

export const createMeeting = defineAction({
  name: "meeting.create",
  ...onGroup("meeting.manage", createMeetingInput),
  async run({ tx, actor, input, groupId: scope, audit }): Promise<SavedMeeting> {
    await assertNumberFree(tx, scope, input.number, null);
    const row = await withUniqueNumber(tx, input.number, async (sp) => {
      const [inserted] = await sp
        .insert(meetings)
        .values({ ...columns(input), groupId: scope, state: "planned" })
        .returning({ id: meetings.id });
      if (!inserted) throw new Error("meeting not inserted");
      return inserted;
    });
    await audit({
      action: "meeting.create",
      entityType: "meeting",
      entityId: row.id,
      after: detailsOf(input),
    });
    // A meeting recorded after the fact is news to nobody.
    if (isAhead(input))
      await notifyGroup(
        tx,
        scope,
        { type: "meeting.scheduled", actorId: actor.id },
        { meetingId: row.id },
      );
    return { groupSlug: await groupSlug(tx, scope), number: input.number };
  },
});

/**
 * Edits the details. New dates or another place move the meeting: its calendar entry's
 * sequence goes up, and while it is planned and ahead the group hears of the move.
 */
export const updateMeeting = defineAction({
  name: "meeting.update",
  ...onGroup("meeting.manage", updateMeetingInput),
  async run({ tx, actor, input, groupId: scope, audit }): Promise<SavedMeeting> {
    const current = await lockOpenMeeting(tx, scope, input.meetingId);
    const before = detailsOf(current);
    const after = detailsOf(input);
    assertUnchanged(input.base, meetingBase(before));
    if (current.state === "held" && !mayBeHeld(input))
      throw new AppError("validation", {
        fieldErrors: { startsOn: [{ key: "meetings.errors.heldInFuture" }] },
      });
    if (input.number !== current.number)
      await assertNumberFree(tx, scope, input.number, current.id);
    const moved = hasMoved(before, after);
    await withUniqueNumber(tx, input.number, (sp) =>
      sp
        .update(meetings)
        .set({ ...columns(input), ...(moved ? { sequence: sql`${meetings.sequence} + 1` } : {}) })
        .where(and(eq(meetings.id, current.id), eq(meetings.groupId, scope))),
    );
    await audit({
      action: "meeting.update",
      entityType: "meeting",
      entityId: current.id,
      before,
      after,
    });
    if (moved && current.state === "planned" && (isAhead(current) || isAhead(input)))
      await notifyGroup(
        tx,
        scope,
        { type: "meeting.moved", actorId: actor.id },
        { meetingId: current.id, params: { from: current.startsOn, to: input.startsOn } },
      );
    return { groupSlug: await groupSlug(tx, scope), number: input.number };
  },
});

type LockedMeeting = Awaited<ReturnType<typeof lockMeeting>>;

/** What one step in a meeting's life writes, and what its audit entry says. */
interface MeetingChange {
  set: Partial<typeof meetings.$inferInsert>;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

/**
 * A step in a meeting's life (hold, close, cancel, publish the brief, reopen): the meeting is
 * locked, `step` checks that it may be taken and says what changes; the change is written and
 * audited under the action's name, and the group hears of it when `notify` names the event.
 */
function meetingStep(
  name: string,
  step: (meeting: LockedMeeting, actor: SessionUser) => MeetingChange,
  notify?: "meeting.cancelled" | "meeting.briefReady",
) {
  return defineAction({
    name,
    ...onGroup("meeting.manage", meetingRef),
    async run({ tx, actor, input, groupId: scope, audit }) {
      const meeting = await lockMeeting(tx, scope, input.meetingId);
      const { set, before, after } = step(meeting, actor);
      await tx
        .update(meetings)
        .set(set)
        .where(and(eq(meetings.id, meeting.id), eq(meetings.groupId, scope)));
      await audit({ action: name, entityType: "meeting", entityId: meeting.id, before, after });
      if (notify)
        await notifyGroup(
          tx,
          scope,
          { type: notify, actorId: actor.id },
          { meetingId: meeting.id },
        );
      return { meetingId: meeting.id };
    },
  });
}

/** planned → held, from the meeting's first day on (by the calendar where it takes place). */
export const holdMeeting = meetingStep("meeting.hold", (meeting) => {
  assertNotCancelled(meeting);
  if (meeting.state !== "planned")
    throw new AppError("conflict", { message: { key: "meetings.errors.alreadyHeld" } });
  if (!mayBeHeld(meeting))
    throw new AppError("validation", {
      message: { key: "meetings.errors.notStarted", values: { date: dayValue(meeting.startsOn) } },
    });
  return { set: { state: "held" }, before: { state: "planned" }, after: { state: "held" } };
});

/** held → closed: the minutes, decisions and agenda are final from now on. */
export const closeMeeting = meetingStep("meeting.close", (meeting) => {
  assertOpen(meeting);
  if (meeting.state !== "held")
    throw new AppError("conflict", { message: { key: "meetings.errors.closeNotHeld" } });
  const closedAt = new Date();
  return {
    set: { closedAt },
    before: { closedAt: null },
    after: { closedAt: closedAt.toISOString() },
  };
});

/**
 * planned → cancelled: the meeting is called off. Everything it holds is kept as it was and
 * can no longer be changed; the group hears of it, and calendars drop the entry (its
 * sequence goes up with the cancellation).
 */
export const cancelMeeting = meetingStep(
  "meeting.cancel",
  (meeting) => {
    assertNotCancelled(meeting);
    if (meeting.state !== "planned")
      throw new AppError("conflict", { message: { key: "meetings.errors.cancelNotPlanned" } });
    return {
      set: { state: "cancelled", sequence: meeting.sequence + 1 },
      before: { state: "planned" },
      after: { state: "cancelled" },
    };
  },
  "meeting.cancelled",
);

/**
 * Tells the group that the brief of a planned meeting is ready to be read: once, by a
 * coordinator, when the updates are in.
 */
export const publishBrief = meetingStep(
  "meeting.publish_brief",
  (meeting) => {
    assertNotCancelled(meeting);
    if (meeting.state !== "planned")
      throw new AppError("conflict", { message: { key: "meetings.errors.briefNotPlanned" } });
    if (meeting.briefReadyAt)
      throw new AppError("conflict", {
        message: {
          key: "meetings.errors.briefAlreadyReady",
          values: { date: meeting.briefReadyAt.getTime() },
        },
      });
    const briefReadyAt = new Date();
    return {
      set: { briefReadyAt },
      before: { briefReadyAt: null },
      after: { briefReadyAt: briefReadyAt.toISOString() },
    };
  },
  "meeting.briefReady",
);

/** Undoes closing, for corrections after the fact: administrators only. */
export const reopenMeeting = meetingStep("meeting.reopen", (meeting, actor) => {
  if (decide(actor, "admin.manage", { role: null }) !== "allow") throw new AppError("forbidden");
  if (!meeting.closedAt)
    throw new AppError("conflict", { message: { key: "meetings.errors.notClosed" } });
  return {
    set: { closedAt: null },
    before: { closedAt: meeting.closedAt.toISOString() },
    after: { closedAt: null },
  };
});

/** The minutes in nb, ru and en; refused once the meeting is closed. */
export const updateMinutes = defineAction({
  name: "minutes.update",
  ...onGroup("meeting.manage", minutesInput),
  async run({ tx, input, groupId: scope, audit }) {
    const meeting = await lockOpenMeeting(tx, scope, input.meetingId);
    const before = localizedValues(meeting, "minutes");
    assertUnchanged(input.base, minutesBase(before));
    const after = localizedValues(input, "minutes");
    if (minutesBase(after) === minutesBase(before)) return { meetingId: meeting.id };
    await tx
      .update(meetings)
      .set({ minutesNb: after.nb, minutesRu: after.ru, minutesEn: after.en })
      .where(and(eq(meetings.id, meeting.id), eq(meetings.groupId, scope)));
    await audit({
      action: "minutes.update",
      entityType: "meeting",
      entityId: meeting.id,
      before: { minutes: before },
      after: { minutes: after },
    });
    return { meetingId: meeting.id };
  },
});

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
  ...onGroup("meeting.manage", attendeesInput),
  async run({ tx, input, groupId: scope, audit }) {
    const meeting = await lockOpenMeeting(tx, scope, input.meetingId);
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
