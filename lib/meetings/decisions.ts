import { and, eq } from "drizzle-orm";
import { decisions } from "@/db/schema";
import { defineAction } from "@/lib/actions/guard";
import { AppError } from "@/lib/errors";
import { decisionBase } from "./fingerprints";
import { addDecisionInput, itemRef, reorderInput, updateDecisionInput } from "./input";
import { applyOrder, compact, currentOrder, nextPosition } from "./ordering";
import { MEETING_LIMITS } from "./rules";
import {
  assertGroupProjects,
  assertOpen,
  assertUnchanged,
  lockMeeting,
  requireScope,
} from "./scope";

const columns = (input: {
  textNb: string | null;
  textRu: string | null;
  textEn: string | null;
  projectId: string | null;
}) => ({
  textNb: input.textNb,
  textRu: input.textRu,
  textEn: input.textEn,
  projectId: input.projectId,
});

export const addDecision = defineAction({
  name: "decision.add",
  permission: "meeting.manage",
  schema: addDecisionInput,
  resource: (input) => ({ kind: "group", groupId: input.groupId }),
  async run({ tx, input, groupId, audit }) {
    const scope = requireScope(groupId);
    const meeting = await lockMeeting(tx, scope, input.meetingId);
    assertOpen(meeting);
    if (input.projectId) await assertGroupProjects(tx, scope, [input.projectId], "projectId");
    if ((await currentOrder(tx, "decisions", meeting.id)).length >= MEETING_LIMITS.items)
      throw new AppError("validation", {
        message: { key: "meetings.errors.tooManyItems", values: { max: MEETING_LIMITS.items } },
      });
    const position = await nextPosition(tx, "decisions", meeting.id);
    const [row] = await tx
      .insert(decisions)
      .values({ meetingId: meeting.id, position, ...columns(input) })
      .returning({ id: decisions.id });
    if (!row) throw new Error("decision not inserted");
    await audit({
      action: "decision.add",
      entityType: "decision",
      entityId: row.id,
      after: { meetingId: meeting.id, position, ...columns(input) },
    });
    return { itemId: row.id };
  },
});

export const updateDecision = defineAction({
  name: "decision.update",
  permission: "meeting.manage",
  schema: updateDecisionInput,
  resource: (input) => ({ kind: "group", groupId: input.groupId }),
  async run({ tx, input, groupId, audit }) {
    const scope = requireScope(groupId);
    const meeting = await lockMeeting(tx, scope, input.meetingId);
    assertOpen(meeting);
    const [item] = await tx
      .select()
      .from(decisions)
      .where(and(eq(decisions.id, input.itemId), eq(decisions.meetingId, meeting.id)));
    if (!item) throw new AppError("not_found");
    const text = { nb: item.textNb, ru: item.textRu, en: item.textEn };
    assertUnchanged(input.base, decisionBase(text, item.projectId));
    if (input.projectId) await assertGroupProjects(tx, scope, [input.projectId], "projectId");
    await tx
      .update(decisions)
      .set(columns(input))
      .where(and(eq(decisions.id, item.id), eq(decisions.meetingId, meeting.id)));
    await audit({
      action: "decision.update",
      entityType: "decision",
      entityId: item.id,
      before: columns(item),
      after: columns(input),
    });
    return { itemId: item.id };
  },
});

export const deleteDecision = defineAction({
  name: "decision.delete",
  permission: "meeting.manage",
  schema: itemRef,
  resource: (input) => ({ kind: "group", groupId: input.groupId }),
  async run({ tx, input, groupId, audit }) {
    const scope = requireScope(groupId);
    const meeting = await lockMeeting(tx, scope, input.meetingId);
    assertOpen(meeting);
    const [deleted] = await tx
      .delete(decisions)
      .where(and(eq(decisions.id, input.itemId), eq(decisions.meetingId, meeting.id)))
      .returning();
    if (!deleted) throw new AppError("not_found");
    await compact(tx, "decisions", meeting.id);
    await audit({
      action: "decision.delete",
      entityType: "decision",
      entityId: deleted.id,
      before: { meetingId: meeting.id, position: deleted.position, ...columns(deleted) },
    });
    return { itemId: deleted.id };
  },
});

export const reorderDecisions = defineAction({
  name: "decision.reorder",
  permission: "meeting.manage",
  schema: reorderInput,
  resource: (input) => ({ kind: "group", groupId: input.groupId }),
  async run({ tx, input, groupId, audit }) {
    const scope = requireScope(groupId);
    const meeting = await lockMeeting(tx, scope, input.meetingId);
    assertOpen(meeting);
    const before = await applyOrder(tx, "decisions", meeting.id, input.order);
    if (before.join() === input.order.join()) return { order: input.order };
    await audit({
      action: "decision.reorder",
      entityType: "meeting",
      entityId: meeting.id,
      before: { order: before },
      after: { order: input.order },
    });
    return { order: input.order };
  },
});
