import { and, eq } from "drizzle-orm";
import { meetings } from "@/db/schema";
import { defineAction } from "@/lib/actions/guard";
import { minutesBase } from "./fingerprints";
import { minutesInput } from "./input";
import { assertOpen, assertUnchanged, lockMeeting, requireScope } from "./scope";

/** The minutes in nb, ru and en; refused once the meeting is closed. */
export const updateMinutes = defineAction({
  name: "minutes.update",
  permission: "meeting.manage",
  schema: minutesInput,
  resource: (input) => ({ kind: "group", groupId: input.groupId }),
  async run({ tx, input, groupId, audit }) {
    const scope = requireScope(groupId);
    const meeting = await lockMeeting(tx, scope, input.meetingId);
    assertOpen(meeting);
    const before = { nb: meeting.minutesNb, ru: meeting.minutesRu, en: meeting.minutesEn };
    assertUnchanged(input.base, minutesBase(before));
    const after = { nb: input.minutesNb, ru: input.minutesRu, en: input.minutesEn };
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
