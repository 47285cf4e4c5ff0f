import { and, eq } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { actionItems } from "@/db/schema";
import { defineAction } from "@/lib/actions/guard";
import { AppError } from "@/lib/errors";
import { actionItemBase } from "./fingerprints";
import { addActionItemInput, itemRef, updateActionItemInput } from "./input";
import {
  assertGroupProjects,
  assertOwner,
  assertUnchanged,
  lockMeeting,
  requireScope,
} from "./scope";

// Action items are the meeting's follow-up, not its record: closing the meeting does not
// freeze them. They can still be added, reassigned, completed and removed.

interface Fields {
  textNb: string | null;
  textRu: string | null;
  textEn: string | null;
  ownerId: string | null;
  dueOn: string | null;
  projectId: string | null;
}

const columns = (input: Fields) => ({
  textNb: input.textNb,
  textRu: input.textRu,
  textEn: input.textEn,
  ownerId: input.ownerId ?? "",
  dueOn: input.dueOn,
  projectId: input.projectId,
});

async function lockItem(tx: Transaction, groupId: string, meetingId: string, itemId: string) {
  const [item] = await tx
    .select()
    .from(actionItems)
    .where(
      and(
        eq(actionItems.id, itemId),
        eq(actionItems.groupId, groupId),
        eq(actionItems.meetingId, meetingId),
      ),
    )
    .for("update");
  if (!item) throw new AppError("not_found");
  return item;
}

export const addMeetingActionItem = defineAction({
  name: "action_item.create",
  permission: "meeting.manage",
  schema: addActionItemInput,
  resource: (input) => ({ kind: "group", groupId: input.groupId }),
  async run({ tx, actor, input, groupId, audit }) {
    const scope = requireScope(groupId);
    const meeting = await lockMeeting(tx, scope, input.meetingId);
    await assertOwner(tx, scope, columns(input).ownerId);
    if (input.projectId) await assertGroupProjects(tx, scope, [input.projectId], "projectId");
    const [row] = await tx
      .insert(actionItems)
      .values({ ...columns(input), groupId: scope, meetingId: meeting.id, createdById: actor.id })
      .returning({ id: actionItems.id });
    if (!row) throw new Error("action item not inserted");
    await audit({
      action: "action_item.create",
      entityType: "action_item",
      entityId: row.id,
      after: { meetingId: meeting.id, ...columns(input) },
    });
    return { itemId: row.id };
  },
});

export const updateMeetingActionItem = defineAction({
  name: "action_item.update",
  permission: "meeting.manage",
  schema: updateActionItemInput,
  resource: (input) => ({ kind: "group", groupId: input.groupId }),
  async run({ tx, input, groupId, audit }) {
    const scope = requireScope(groupId);
    const meeting = await lockMeeting(tx, scope, input.meetingId);
    const item = await lockItem(tx, scope, meeting.id, input.itemId);
    const before = columns(item);
    assertUnchanged(
      input.base,
      actionItemBase({
        text: { nb: item.textNb, ru: item.textRu, en: item.textEn },
        ownerId: item.ownerId,
        dueOn: item.dueOn,
        projectId: item.projectId,
      }),
    );
    const after = columns(input);
    // Whoever owns it keeps it; a new owner must be someone who can complete it.
    if (after.ownerId !== item.ownerId) await assertOwner(tx, scope, after.ownerId);
    if (input.projectId && input.projectId !== item.projectId)
      await assertGroupProjects(tx, scope, [input.projectId], "projectId");
    await tx
      .update(actionItems)
      .set(after)
      .where(and(eq(actionItems.id, item.id), eq(actionItems.groupId, scope)));
    await audit({
      action: "action_item.update",
      entityType: "action_item",
      entityId: item.id,
      before,
      after,
    });
    return { itemId: item.id };
  },
});

export const deleteMeetingActionItem = defineAction({
  name: "action_item.delete",
  permission: "meeting.manage",
  schema: itemRef,
  resource: (input) => ({ kind: "group", groupId: input.groupId }),
  async run({ tx, input, groupId, audit }) {
    const scope = requireScope(groupId);
    const meeting = await lockMeeting(tx, scope, input.meetingId);
    const item = await lockItem(tx, scope, meeting.id, input.itemId);
    await tx
      .delete(actionItems)
      .where(and(eq(actionItems.id, item.id), eq(actionItems.groupId, scope)));
    await audit({
      action: "action_item.delete",
      entityType: "action_item",
      entityId: item.id,
      before: {
        meetingId: meeting.id,
        ...columns(item),
        doneAt: item.doneAt?.toISOString() ?? null,
      },
    });
    return { itemId: item.id };
  },
});
