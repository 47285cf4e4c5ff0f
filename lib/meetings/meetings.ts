import { and, eq } from "drizzle-orm";
import { meetings } from "@/db/schema";
import { defineAction } from "@/lib/actions/guard";
import { decide } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { meetingBase } from "./fingerprints";
import { createMeetingInput, type MeetingInput, meetingRef, updateMeetingInput } from "./input";
import { mayBeHeld } from "./rules";
import {
  assertNumberFree,
  assertOpen,
  assertUnchanged,
  groupSlug,
  lockMeeting,
  requireScope,
  withUniqueNumber,
} from "./scope";

/** A calendar date as a message value ("{date, date, long}"). */
const dayValue = (isoDate: string) => Date.parse(`${isoDate}T12:00:00Z`);

/** Where the browser goes after a save. */
export interface SavedMeeting {
  groupSlug: string;
  number: number;
}

const columns = (input: MeetingInput) => ({
  number: input.number,
  startsOn: input.startsOn,
  endsOn: input.endsOn,
  cityNb: input.cityNb,
  cityRu: input.cityRu,
  cityEn: input.cityEn,
  country: input.country,
});

const detailsOf = (m: MeetingInput) => ({
  number: m.number,
  startsOn: m.startsOn,
  endsOn: m.endsOn,
  city: { nb: m.cityNb, ru: m.cityRu, en: m.cityEn },
  country: m.country,
});

export const createMeeting = defineAction({
  name: "meeting.create",
  permission: "meeting.manage",
  schema: createMeetingInput,
  resource: (input) => ({ kind: "group", groupId: input.groupId }),
  async run({ tx, input, groupId, audit }): Promise<SavedMeeting> {
    const scope = requireScope(groupId);
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
    return { groupSlug: await groupSlug(tx, scope), number: input.number };
  },
});

export const updateMeeting = defineAction({
  name: "meeting.update",
  permission: "meeting.manage",
  schema: updateMeetingInput,
  resource: (input) => ({ kind: "group", groupId: input.groupId }),
  async run({ tx, input, groupId, audit }): Promise<SavedMeeting> {
    const scope = requireScope(groupId);
    const current = await lockMeeting(tx, scope, input.meetingId);
    assertOpen(current);
    const before = detailsOf(current);
    assertUnchanged(input.base, meetingBase(before));
    if (current.state === "held" && !mayBeHeld(input))
      throw new AppError("validation", {
        fieldErrors: { startsOn: [{ key: "meetings.errors.heldInFuture" }] },
      });
    if (input.number !== current.number)
      await assertNumberFree(tx, scope, input.number, current.id);
    await withUniqueNumber(tx, input.number, (sp) =>
      sp
        .update(meetings)
        .set(columns(input))
        .where(and(eq(meetings.id, current.id), eq(meetings.groupId, scope))),
    );
    await audit({
      action: "meeting.update",
      entityType: "meeting",
      entityId: current.id,
      before,
      after: detailsOf(input),
    });
    return { groupSlug: await groupSlug(tx, scope), number: input.number };
  },
});

/** planned → held, from the meeting's first day on (by the calendar where it takes place). */
export const holdMeeting = defineAction({
  name: "meeting.hold",
  permission: "meeting.manage",
  schema: meetingRef,
  resource: (input) => ({ kind: "group", groupId: input.groupId }),
  async run({ tx, input, groupId, audit }) {
    const scope = requireScope(groupId);
    const meeting = await lockMeeting(tx, scope, input.meetingId);
    if (meeting.state !== "planned")
      throw new AppError("conflict", { message: { key: "meetings.errors.alreadyHeld" } });
    if (!mayBeHeld(meeting))
      throw new AppError("validation", {
        message: {
          key: "meetings.errors.notStarted",
          values: { date: dayValue(meeting.startsOn) },
        },
      });
    await tx
      .update(meetings)
      .set({ state: "held" })
      .where(and(eq(meetings.id, meeting.id), eq(meetings.groupId, scope)));
    await audit({
      action: "meeting.hold",
      entityType: "meeting",
      entityId: meeting.id,
      before: { state: "planned" },
      after: { state: "held" },
    });
    return { meetingId: meeting.id };
  },
});

/** held → closed: the minutes, decisions and agenda are final from now on. */
export const closeMeeting = defineAction({
  name: "meeting.close",
  permission: "meeting.manage",
  schema: meetingRef,
  resource: (input) => ({ kind: "group", groupId: input.groupId }),
  async run({ tx, input, groupId, audit }) {
    const scope = requireScope(groupId);
    const meeting = await lockMeeting(tx, scope, input.meetingId);
    assertOpen(meeting);
    if (meeting.state !== "held")
      throw new AppError("conflict", { message: { key: "meetings.errors.closeNotHeld" } });
    const closedAt = new Date();
    await tx
      .update(meetings)
      .set({ closedAt })
      .where(and(eq(meetings.id, meeting.id), eq(meetings.groupId, scope)));
    await audit({
      action: "meeting.close",
      entityType: "meeting",
      entityId: meeting.id,
      before: { closedAt: null },
      after: { closedAt: closedAt.toISOString() },
    });
    return { meetingId: meeting.id };
  },
});

/** Undoes closing, for corrections after the fact: administrators only. */
export const reopenMeeting = defineAction({
  name: "meeting.reopen",
  permission: "meeting.manage",
  schema: meetingRef,
  resource: (input) => ({ kind: "group", groupId: input.groupId }),
  async run({ tx, actor, input, groupId, audit }) {
    const scope = requireScope(groupId);
    const meeting = await lockMeeting(tx, scope, input.meetingId);
    if (decide(actor, "admin.manage", { role: null }) !== "allow") throw new AppError("forbidden");
    if (!meeting.closedAt)
      throw new AppError("conflict", { message: { key: "meetings.errors.notClosed" } });
    await tx
      .update(meetings)
      .set({ closedAt: null })
      .where(and(eq(meetings.id, meeting.id), eq(meetings.groupId, scope)));
    await audit({
      action: "meeting.reopen",
      entityType: "meeting",
      entityId: meeting.id,
      before: { closedAt: meeting.closedAt.toISOString() },
      after: { closedAt: null },
    });
    return { meetingId: meeting.id };
  },
});
