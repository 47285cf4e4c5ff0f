import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { actionItems } from "@/db/schema";
import { actionItemInput } from "@/lib/action-items/input";
import { defineAction } from "@/lib/actions/guard";
import { onActionItem } from "@/lib/actions/resources";
import { AppError, found } from "@/lib/errors";

/** The item, scoped by id and group, locked until the transaction ends (one writer at a time). */
async function lockItem(tx: Transaction, actionItemId: string, groupId: string) {
  return found(
    tx
      .select({ id: actionItems.id, doneAt: actionItems.doneAt })
      .from(actionItems)
      .where(and(eq(actionItems.id, actionItemId), eq(actionItems.groupId, groupId)))
      .for("update"),
  );
}

/** The owner (or a coordinator) marks an action item done: when, and by whom. */
export const completeActionItem = defineAction({
  name: "actionItem.complete",
  ...onActionItem("actionItem.complete", actionItemInput),
  async run({ tx, actor, input, groupId, audit }) {
    const item = await lockItem(tx, input.actionItemId, groupId);
    if (item.doneAt) {
      throw new AppError("conflict", { message: { key: "actionItems.errors.alreadyDone" } });
    }
    const [updated] = await tx
      .update(actionItems)
      .set({ doneAt: sql`now()`, doneById: actor.id })
      .where(and(eq(actionItems.id, item.id), eq(actionItems.groupId, groupId)))
      .returning({ doneAt: actionItems.doneAt });
    const doneAt = updated?.doneAt;
    if (!doneAt) throw new Error("action item not updated");
    await audit({
      action: "action_item.complete",
      entityType: "action_item",
      entityId: item.id,
      before: { doneAt: null },
      after: { doneAt: doneAt.toISOString() },
    });
    return { actionItemId: item.id, doneAt: doneAt.toISOString() };
  },
});

/** Undoes "done" (marked by mistake, or the work turned out unfinished). Same right as completing. */
export const reopenActionItem = defineAction({
  name: "actionItem.reopen",
  ...onActionItem("actionItem.complete", actionItemInput),
  async run({ tx, input, groupId, audit }) {
    const item = await lockItem(tx, input.actionItemId, groupId);
    if (!item.doneAt) {
      throw new AppError("conflict", { message: { key: "actionItems.errors.alreadyOpen" } });
    }
    await tx
      .update(actionItems)
      .set({ doneAt: null, doneById: null })
      .where(and(eq(actionItems.id, item.id), eq(actionItems.groupId, groupId)));
    await audit({
      action: "action_item.reopen",
      entityType: "action_item",
      entityId: item.id,
      before: { doneAt: item.doneAt.toISOString() },
      after: { doneAt: null },
    });
    return { actionItemId: item.id, doneAt: null };
  },
});
