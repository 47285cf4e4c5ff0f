import { and, asc, eq } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { actionItems, agendaItemProjects, agendaItems, decisions } from "@/db/schema";
import { defineAction } from "@/lib/actions/guard";
import { AppError, type FieldErrors } from "@/lib/errors";
import {
  type AgendaItemInput,
  addActionItemInput,
  addAgendaItemInput,
  addDecisionInput,
  itemRef,
  reorderInput,
  updateActionItemInput,
  updateAgendaItemInput,
  updateDecisionInput,
} from "@/lib/meetings/input";
import { MEETING_LIMITS } from "@/lib/meetings/rules";
import {
  actionItemBase,
  agendaItemBase,
  applyOrder,
  assertGroupProjects,
  assertOpen,
  assertOwner,
  assertUnchanged,
  compact,
  currentOrder,
  decisionBase,
  lockMeeting,
  nextPosition,
} from "@/lib/meetings/writes";

const LANGS = ["Nb", "Ru", "En"] as const;

/** Titles compare as people read them: case, spacing and Unicode form do not make them different. */
const normal = (title: string | null) =>
  title?.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleLowerCase() || null;

/** The same title in the same language twice on one agenda is refused, per language field. */
async function assertNoDuplicate(
  tx: Transaction,
  meetingId: string,
  input: AgendaItemInput,
  exceptId: string | null,
) {
  const items = await tx
    .select()
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meetingId))
    .orderBy(asc(agendaItems.position));
  const fieldErrors: FieldErrors = {};
  for (const lang of LANGS) {
    const field = `title${lang}` as const;
    const mine = normal(input[field]);
    const twin = mine && items.find((i) => i.id !== exceptId && normal(i[field]) === mine);
    if (twin)
      fieldErrors[field] = [
        { key: "meetings.errors.duplicateTitle", values: { position: twin.position } },
      ];
  }
  if (Object.keys(fieldErrors).length) throw new AppError("validation", { fieldErrors });
  return items;
}

const titles = (input: AgendaItemInput) => ({
  titleNb: input.titleNb,
  titleRu: input.titleRu,
  titleEn: input.titleEn,
});

async function linkProjects(tx: Transaction, agendaItemId: string, projectIds: string[]) {
  await tx.delete(agendaItemProjects).where(eq(agendaItemProjects.agendaItemId, agendaItemId));
  if (projectIds.length)
    await tx
      .insert(agendaItemProjects)
      .values(projectIds.map((projectId) => ({ agendaItemId, projectId })));
}

export const addAgendaItem = defineAction({
  name: "agenda.add",
  permission: "meeting.manage",
  schema: addAgendaItemInput,
  resource: (input) => ({ kind: "group", groupId: input.groupId }),
  async run({ tx, input, groupId: scope, audit }) {
    const meeting = await lockMeeting(tx, scope, input.meetingId);
    assertOpen(meeting);
    await assertGroupProjects(tx, scope, input.projectIds, "projectIds");
    const items = await assertNoDuplicate(tx, meeting.id, input, null);
    if (items.length >= MEETING_LIMITS.items)
      throw new AppError("validation", {
        message: { key: "meetings.errors.tooManyItems", values: { max: MEETING_LIMITS.items } },
      });
    const position = await nextPosition(tx, "agenda", meeting.id);
    const [row] = await tx
      .insert(agendaItems)
      .values({ meetingId: meeting.id, position, ...titles(input) })
      .returning({ id: agendaItems.id });
    if (!row) throw new Error("agenda item not inserted");
    await linkProjects(tx, row.id, input.projectIds);
    await audit({
      action: "agenda.add",
      entityType: "agenda_item",
      entityId: row.id,
      after: { meetingId: meeting.id, position, ...titles(input), projectIds: input.projectIds },
    });
    return { itemId: row.id };
  },
});

export const updateAgendaItem = defineAction({
  name: "agenda.update",
  permission: "meeting.manage",
  schema: updateAgendaItemInput,
  resource: (input) => ({ kind: "group", groupId: input.groupId }),
  async run({ tx, input, groupId: scope, audit }) {
    const meeting = await lockMeeting(tx, scope, input.meetingId);
    assertOpen(meeting);
    const [item] = await tx
      .select()
      .from(agendaItems)
      .where(and(eq(agendaItems.id, input.itemId), eq(agendaItems.meetingId, meeting.id)));
    if (!item) throw new AppError("not_found");
    const links = await tx
      .select({ projectId: agendaItemProjects.projectId })
      .from(agendaItemProjects)
      .where(eq(agendaItemProjects.agendaItemId, item.id));
    const projectIds = links.map((l) => l.projectId);
    const title = { nb: item.titleNb, ru: item.titleRu, en: item.titleEn };
    assertUnchanged(input.base, agendaItemBase(title, projectIds));
    await assertGroupProjects(tx, scope, input.projectIds, "projectIds");
    await assertNoDuplicate(tx, meeting.id, input, item.id);
    await tx
      .update(agendaItems)
      .set(titles(input))
      .where(and(eq(agendaItems.id, item.id), eq(agendaItems.meetingId, meeting.id)));
    await linkProjects(tx, item.id, input.projectIds);
    await audit({
      action: "agenda.update",
      entityType: "agenda_item",
      entityId: item.id,
      before: { titleNb: item.titleNb, titleRu: item.titleRu, titleEn: item.titleEn, projectIds },
      after: { ...titles(input), projectIds: input.projectIds },
    });
    return { itemId: item.id };
  },
});

export const deleteAgendaItem = defineAction({
  name: "agenda.delete",
  permission: "meeting.manage",
  schema: itemRef,
  resource: (input) => ({ kind: "group", groupId: input.groupId }),
  async run({ tx, input, groupId: scope, audit }) {
    const meeting = await lockMeeting(tx, scope, input.meetingId);
    assertOpen(meeting);
    const [deleted] = await tx
      .delete(agendaItems)
      .where(and(eq(agendaItems.id, input.itemId), eq(agendaItems.meetingId, meeting.id)))
      .returning();
    if (!deleted) throw new AppError("not_found");
    await compact(tx, "agenda", meeting.id);
    await audit({
      action: "agenda.delete",
      entityType: "agenda_item",
      entityId: deleted.id,
      before: {
        meetingId: meeting.id,
        position: deleted.position,
        titleNb: deleted.titleNb,
        titleRu: deleted.titleRu,
        titleEn: deleted.titleEn,
      },
    });
    return { itemId: deleted.id };
  },
});

export const reorderAgenda = defineAction({
  name: "agenda.reorder",
  permission: "meeting.manage",
  schema: reorderInput,
  resource: (input) => ({ kind: "group", groupId: input.groupId }),
  async run({ tx, input, groupId: scope, audit }) {
    const meeting = await lockMeeting(tx, scope, input.meetingId);
    assertOpen(meeting);
    const before = await applyOrder(tx, "agenda", meeting.id, input.order);
    if (before.join() === input.order.join()) return { order: input.order };
    await audit({
      action: "agenda.reorder",
      entityType: "meeting",
      entityId: meeting.id,
      before: { order: before },
      after: { order: input.order },
    });
    return { order: input.order };
  },
});

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
  async run({ tx, input, groupId: scope, audit }) {
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
  async run({ tx, input, groupId: scope, audit }) {
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
  async run({ tx, input, groupId: scope, audit }) {
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
  async run({ tx, input, groupId: scope, audit }) {
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

const actionItemColumns = (input: Fields) => ({
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
  async run({ tx, actor, input, groupId: scope, audit }) {
    const meeting = await lockMeeting(tx, scope, input.meetingId);
    await assertOwner(tx, scope, actionItemColumns(input).ownerId);
    if (input.projectId) await assertGroupProjects(tx, scope, [input.projectId], "projectId");
    const [row] = await tx
      .insert(actionItems)
      .values({
        ...actionItemColumns(input),
        groupId: scope,
        meetingId: meeting.id,
        createdById: actor.id,
      })
      .returning({ id: actionItems.id });
    if (!row) throw new Error("action item not inserted");
    await audit({
      action: "action_item.create",
      entityType: "action_item",
      entityId: row.id,
      after: { meetingId: meeting.id, ...actionItemColumns(input) },
    });
    return { itemId: row.id };
  },
});

export const updateMeetingActionItem = defineAction({
  name: "action_item.update",
  permission: "meeting.manage",
  schema: updateActionItemInput,
  resource: (input) => ({ kind: "group", groupId: input.groupId }),
  async run({ tx, input, groupId: scope, audit }) {
    const meeting = await lockMeeting(tx, scope, input.meetingId);
    const item = await lockItem(tx, scope, meeting.id, input.itemId);
    const before = actionItemColumns(item);
    assertUnchanged(
      input.base,
      actionItemBase({
        text: { nb: item.textNb, ru: item.textRu, en: item.textEn },
        ownerId: item.ownerId,
        dueOn: item.dueOn,
        projectId: item.projectId,
      }),
    );
    const after = actionItemColumns(input);
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
  async run({ tx, input, groupId: scope, audit }) {
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
        ...actionItemColumns(item),
        doneAt: item.doneAt?.toISOString() ?? null,
      },
    });
    return { itemId: item.id };
  },
});
