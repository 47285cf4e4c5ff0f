// The actions on meeting items. Agenda items, decisions and action items share one set —
// add, update, delete and, for numbered lists, reorder — made by itemActions from an ItemKind:
// what differs per kind (table, columns, audit names, fingerprint, ordering) is in kinds.ts.
import "server-only";
import type { Transaction } from "@/db/client";
import { defineAction } from "@/lib/actions/guard";
import { onGroup } from "@/lib/actions/resources";
import { AppError } from "@/lib/errors";
import { itemRef, reorderInput } from "@/lib/meetings/input";
import { MEETING_LIMITS } from "@/lib/meetings/rules";
import type { MeetingRefs } from "@/lib/meetings/types";
import {
  applyOrder,
  assertNotCancelled,
  assertOpen,
  assertUnchanged,
  compact,
  currentOrder,
  lockMeeting,
  type OrderedList,
} from "@/lib/meetings/writes";
import { ACTION_ITEMS, AGENDA, DECISIONS, type ItemKind, type ItemScope } from "./kinds";

/**
 * The meeting, locked until the transaction ends; once closed, its record is refused, and
 * nothing at all of a cancelled meeting changes.
 */
async function meetingScope(
  tx: Transaction,
  groupId: string,
  meetingId: string,
  record: boolean,
): Promise<ItemScope> {
  const meeting = await lockMeeting(tx, groupId, meetingId);
  if (record) assertOpen(meeting);
  else assertNotCancelled(meeting);
  return { groupId, meetingId: meeting.id };
}

async function assertRoom(tx: Transaction, list: OrderedList, meetingId: string) {
  if ((await currentOrder(tx, list, meetingId)).length >= MEETING_LIMITS.items)
    throw new AppError("validation", {
      message: { key: "meetings.errors.tooManyItems", values: { max: MEETING_LIMITS.items } },
    });
}

/** Add, update and delete for one kind of meeting item. */
function itemActions<
  A extends MeetingRefs,
  Item extends { id: string },
  Row extends { id: string },
>(kind: ItemKind<A, Item, Row>) {
  const { names, entityType } = kind;

  const add = defineAction({
    name: names.add,
    ...onGroup("meeting.manage", kind.schemas.add),
    async run({ tx, actor, input, groupId, audit }) {
      const scope = await meetingScope(tx, groupId, input.meetingId, kind.record);
      await kind.check(tx, scope, input, null);
      if (kind.list) await assertRoom(tx, kind.list, scope.meetingId);
      const { id, position } = await kind.insert(tx, { ...scope, actorId: actor.id }, input);
      await audit({
        action: names.add,
        entityType,
        entityId: id,
        after: {
          meetingId: scope.meetingId,
          ...(position === undefined ? {} : { position }),
          ...kind.columns(input),
        },
      });
      await kind.notify?.(tx, { ...scope, actorId: actor.id }, id, input, null);
      return { itemId: id };
    },
  });

  const update = defineAction({
    name: names.update,
    ...onGroup("meeting.manage", kind.schemas.update),
    async run({ tx, actor, input, groupId, audit }) {
      const scope = await meetingScope(tx, groupId, input.meetingId, kind.record);
      const item = await kind.find(tx, scope, input.itemId);
      if (!item) throw new AppError("not_found");
      assertUnchanged(input.base, kind.fingerprint(item));
      await kind.check(tx, scope, input, item);
      await kind.update(tx, scope, item, input);
      await audit({
        action: names.update,
        entityType,
        entityId: item.id,
        before: kind.columns(item),
        after: kind.columns(input),
      });
      await kind.notify?.(tx, { ...scope, actorId: actor.id }, item.id, input, item);
      return { itemId: item.id };
    },
  });

  const remove = defineAction({
    name: names.delete,
    ...onGroup("meeting.manage", itemRef),
    async run({ tx, input, groupId, audit }) {
      const scope = await meetingScope(tx, groupId, input.meetingId, kind.record);
      const deleted = await kind.remove(tx, scope, input.itemId);
      if (!deleted) throw new AppError("not_found");
      // Positions 1..n again, so the numbers people quote stay without gaps.
      if (kind.list) await compact(tx, kind.list, scope.meetingId);
      await audit({
        action: names.delete,
        entityType,
        entityId: deleted.id,
        before: { meetingId: scope.meetingId, ...kind.deleted(deleted) },
      });
      return { itemId: deleted.id };
    },
  });

  return { add, update, remove };
}

/** Reordering a numbered list: the whole list in its new order, audited on the meeting. */
function reorderAction(list: OrderedList, name: string) {
  return defineAction({
    name,
    ...onGroup("meeting.manage", reorderInput),
    async run({ tx, input, groupId, audit }) {
      const { meetingId } = await meetingScope(tx, groupId, input.meetingId, true);
      const before = await applyOrder(tx, list, meetingId, input.order);
      if (before.join() !== input.order.join())
        await audit({
          action: name,
          entityType: "meeting",
          entityId: meetingId,
          before: { order: before },
          after: { order: input.order },
        });
      return { order: input.order };
    },
  });
}

const agenda = itemActions(AGENDA);
export const addAgendaItem = agenda.add;
export const updateAgendaItem = agenda.update;
export const deleteAgendaItem = agenda.remove;
export const reorderAgenda = reorderAction("agenda", "agenda.reorder");

const decisions = itemActions(DECISIONS);
export const addDecision = decisions.add;
export const updateDecision = decisions.update;
export const deleteDecision = decisions.remove;
export const reorderDecisions = reorderAction("decisions", "decision.reorder");

const actionItems = itemActions(ACTION_ITEMS);
export const addMeetingActionItem = actionItems.add;
export const updateMeetingActionItem = actionItems.update;
export const deleteMeetingActionItem = actionItems.remove;
