import "server-only";
import { defineAction } from "@/lib/actions/guard";
import { onGroup } from "@/lib/actions/resources";
import { AppError } from "@/lib/errors";
import { meetingRef } from "@/lib/meetings/input";
import { assertNotCancelled, lockMeeting } from "@/lib/meetings/writes";
import { remindBeforeMeeting } from "@/lib/notifications/reminders";
import { lastReminder, secondsToWait } from "./queries";
import type { SentReminders } from "./types";

/**
 * "Send reminder now": each contact with projects to update before a planned meeting is
 * reminded of them at once (the same reminder the clock sends before the cut-off). Not more
 * than once an hour per meeting, read from the audit log; refused when nobody has anything to
 * update. The meeting's row lock makes two presses at once wait for each other.
 */
export const sendReminders = defineAction({
  name: "meeting.remind",
  ...onGroup("meeting.manage", meetingRef),
  async run({ tx, actor, input, groupId: scope, audit }): Promise<SentReminders> {
    const meeting = await lockMeeting(tx, scope, input.meetingId);
    assertNotCancelled(meeting);
    if (meeting.state !== "planned")
      throw new AppError("conflict", { message: { key: "meetings.reminders.errors.notPlanned" } });
    const wait = secondsToWait(await lastReminder(tx, scope, meeting.id));
    if (wait > 0)
      throw new AppError("conflict", {
        message: {
          key: "meetings.reminders.errors.tooSoon",
          values: { minutes: Math.ceil(wait / 60) },
        },
      });
    const sent = await remindBeforeMeeting(tx, scope, meeting.id, actor.id, {
      coordinators: false,
    });
    if (sent.contacts === 0)
      throw new AppError("conflict", { message: { key: "meetings.reminders.errors.nobody" } });
    await audit({
      action: "meeting.remind",
      entityType: "meeting",
      entityId: meeting.id,
      after: { contacts: sent.contacts },
    });
    return { contacts: sent.contacts };
  },
});
