// The three kinds of meeting items as the one set of item actions (actions.ts) takes them: where
// each is stored, what is checked and audited, what its fingerprint covers, whether it is
// numbered and whether closing the meeting freezes it.
import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { z } from "zod";
import type { Transaction } from "@/db/client";
import {
  type ActionItem,
  type AgendaItem,
  actionItems,
  agendaItemProjects,
  agendaItems,
  type Decision,
  decisions,
} from "@/db/schema";
import { AppError, type FieldErrors } from "@/lib/errors";
import { localizedColumns, localizedValues } from "@/lib/i18n/localized";
import { actionItemBase, agendaItemBase, decisionBase } from "@/lib/meetings/fingerprints";
import {
  type ActionItemInput,
  type AgendaItemInput,
  addActionItemInput,
  addAgendaItemInput,
  addDecisionInput,
  type DecisionInput,
  updateActionItemInput,
  updateAgendaItemInput,
  updateDecisionInput,
} from "@/lib/meetings/input";
import type { MeetingRefs } from "@/lib/meetings/types";
import {
  assertGroupProjects,
  assertOwner,
  nextPosition,
  type OrderedList,
} from "@/lib/meetings/writes";
import { notifyGroup } from "@/lib/notifications/writes";

/** The meeting an item belongs to, in the group the guard checked. */
export type ItemScope = MeetingRefs;

/** An edit names the item and the fingerprint it was opened on. */
export type ItemEdit<A> = A & { itemId: string; base: string | null };

/** One kind of meeting item, as the item actions need it. */
export interface ItemKind<
  A extends MeetingRefs,
  Item extends { id: string },
  Row extends { id: string },
> {
  /** The actions' names, which are also the actions the audit log records. */
  names: { add: string; update: string; delete: string };
  entityType: string;
  schemas: { add: z.ZodType<A>; update: z.ZodType<ItemEdit<A>> };
  /** Part of the meeting's record, which closing the meeting makes final. */
  record: boolean;
  /** The numbered list the items are kept in; null when they stay in the order recorded. */
  list: OrderedList | null;
  /** The meeting's item with everything its fingerprint covers, or null. */
  find(tx: Transaction, scope: ItemScope, itemId: string): Promise<Item | null>;
  fingerprint(item: Item): string;
  /** What a new (item null) or changed item must satisfy before it is written. */
  check(tx: Transaction, scope: ItemScope, input: A, item: Item | null): Promise<void>;
  /** Writes a new item, at the end of its list when it has one. */
  insert(
    tx: Transaction,
    scope: ItemScope & { actorId: string },
    input: A,
  ): Promise<{ id: string; position?: number }>;
  update(tx: Transaction, scope: ItemScope, item: Item, input: A): Promise<void>;
  remove(tx: Transaction, scope: ItemScope, itemId: string): Promise<Row | null>;
  /** What the audit log keeps of an item's content, from the input or the stored item. */
  columns(values: A | Item): Record<string, unknown>;
  /** What the audit log keeps of a deleted item. */
  deleted(row: Row): Record<string, unknown>;
  /** Tells whom a saved item concerns (`before`: null for a new item), in the same transaction. */
  notify?(
    tx: Transaction,
    scope: ItemScope & { actorId: string },
    itemId: string,
    input: A,
    before: Item | null,
  ): Promise<void>;
}

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
}

async function linkProjects(tx: Transaction, agendaItemId: string, projectIds: string[]) {
  await tx.delete(agendaItemProjects).where(eq(agendaItemProjects.agendaItemId, agendaItemId));
  if (projectIds.length)
    await tx
      .insert(agendaItemProjects)
      .values(projectIds.map((projectId) => ({ agendaItemId, projectId })));
}

const titles = (v: Pick<AgendaItem, "titleNb" | "titleRu" | "titleEn">) => ({
  ...localizedColumns(v, "title"),
});

type LinkedAgendaItem = AgendaItem & { projectIds: string[] };

/** Agenda items: numbered, titled in up to three languages, about any of the group's projects. */
export const AGENDA: ItemKind<AgendaItemInput, LinkedAgendaItem, AgendaItem> = {
  names: { add: "agenda.add", update: "agenda.update", delete: "agenda.delete" },
  entityType: "agenda_item",
  schemas: { add: addAgendaItemInput, update: updateAgendaItemInput },
  record: true,
  list: "agenda",
  async find(tx, { meetingId }, itemId) {
    const [item] = await tx
      .select()
      .from(agendaItems)
      .where(and(eq(agendaItems.id, itemId), eq(agendaItems.meetingId, meetingId)));
    if (!item) return null;
    const links = await tx
      .select({ projectId: agendaItemProjects.projectId })
      .from(agendaItemProjects)
      .where(eq(agendaItemProjects.agendaItemId, item.id));
    return { ...item, projectIds: links.map((l) => l.projectId) };
  },
  fingerprint: (item) => agendaItemBase(localizedValues(item, "title"), item.projectIds),
  async check(tx, { groupId, meetingId }, input, item) {
    await assertGroupProjects(tx, groupId, input.projectIds, "projectIds");
    await assertNoDuplicate(tx, meetingId, input, item?.id ?? null);
  },
  async insert(tx, { meetingId }, input) {
    const position = await nextPosition(tx, "agenda", meetingId);
    const [row] = await tx
      .insert(agendaItems)
      .values({ meetingId, position, ...titles(input) })
      .returning({ id: agendaItems.id });
    if (!row) throw new Error("agenda item not inserted");
    await linkProjects(tx, row.id, input.projectIds);
    return { id: row.id, position };
  },
  async update(tx, { meetingId }, item, input) {
    await tx
      .update(agendaItems)
      .set(titles(input))
      .where(and(eq(agendaItems.id, item.id), eq(agendaItems.meetingId, meetingId)));
    await linkProjects(tx, item.id, input.projectIds);
  },
  async remove(tx, { meetingId }, itemId) {
    const [row] = await tx
      .delete(agendaItems)
      .where(and(eq(agendaItems.id, itemId), eq(agendaItems.meetingId, meetingId)))
      .returning();
    return row ?? null;
  },
  columns: (v) => ({ ...titles(v), projectIds: v.projectIds }),
  deleted: (row) => ({ position: row.position, ...titles(row) }),
};

const decisionColumns = (v: Pick<Decision, "textNb" | "textRu" | "textEn" | "projectId">) => ({
  ...localizedColumns(v, "text"),
  projectId: v.projectId,
});

/** Decisions: numbered texts in up to three languages, each about one project or none. */
export const DECISIONS: ItemKind<DecisionInput, Decision, Decision> = {
  names: { add: "decision.add", update: "decision.update", delete: "decision.delete" },
  entityType: "decision",
  schemas: { add: addDecisionInput, update: updateDecisionInput },
  record: true,
  list: "decisions",
  async find(tx, { meetingId }, itemId) {
    const [item] = await tx
      .select()
      .from(decisions)
      .where(and(eq(decisions.id, itemId), eq(decisions.meetingId, meetingId)));
    return item ?? null;
  },
  fingerprint: (item) => decisionBase(localizedValues(item, "text"), item.projectId),
  async check(tx, { groupId }, input) {
    if (input.projectId) await assertGroupProjects(tx, groupId, [input.projectId], "projectId");
  },
  async insert(tx, { meetingId }, input) {
    const position = await nextPosition(tx, "decisions", meetingId);
    const [row] = await tx
      .insert(decisions)
      .values({ meetingId, position, ...decisionColumns(input) })
      .returning({ id: decisions.id });
    if (!row) throw new Error("decision not inserted");
    return { id: row.id, position };
  },
  async update(tx, { meetingId }, item, input) {
    await tx
      .update(decisions)
      .set(decisionColumns(input))
      .where(and(eq(decisions.id, item.id), eq(decisions.meetingId, meetingId)));
  },
  async remove(tx, { meetingId }, itemId) {
    const [row] = await tx
      .delete(decisions)
      .where(and(eq(decisions.id, itemId), eq(decisions.meetingId, meetingId)))
      .returning();
    return row ?? null;
  },
  columns: decisionColumns,
  deleted: (row) => ({ position: row.position, ...decisionColumns(row) }),
};

const actionItemColumns = (v: {
  textNb: string | null;
  textRu: string | null;
  textEn: string | null;
  ownerId: string | null;
  dueOn: string | null;
  projectId: string | null;
}) => ({
  ...localizedColumns(v, "text"),
  ownerId: v.ownerId ?? "",
  dueOn: v.dueOn,
  projectId: v.projectId,
});

/**
 * Action items: what the meeting asked of whom, by when. They are the meeting's follow-up, not
 * its record: closing the meeting does not freeze them, and they stay in the order recorded.
 * They also show on the group's action-item pages (lib/action-items), which is why each row
 * names its group.
 */
export const ACTION_ITEMS: ItemKind<ActionItemInput, ActionItem, ActionItem> = {
  names: { add: "action_item.create", update: "action_item.update", delete: "action_item.delete" },
  entityType: "action_item",
  schemas: { add: addActionItemInput, update: updateActionItemInput },
  record: false,
  list: null,
  async find(tx, { groupId, meetingId }, itemId) {
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
    return item ?? null;
  },
  fingerprint: (item) =>
    actionItemBase({
      text: localizedValues(item, "text"),
      ownerId: item.ownerId,
      dueOn: item.dueOn,
      projectId: item.projectId,
    }),
  async check(tx, { groupId }, input, item) {
    const ownerId = input.ownerId ?? "";
    // Whoever owns it keeps it; a new owner must be someone who can complete it.
    if (ownerId !== item?.ownerId) await assertOwner(tx, groupId, ownerId);
    if (input.projectId && input.projectId !== item?.projectId)
      await assertGroupProjects(tx, groupId, [input.projectId], "projectId");
  },
  async insert(tx, { groupId, meetingId, actorId }, input) {
    const [row] = await tx
      .insert(actionItems)
      .values({ ...actionItemColumns(input), groupId, meetingId, createdById: actorId })
      .returning({ id: actionItems.id });
    if (!row) throw new Error("action item not inserted");
    return { id: row.id };
  },
  async update(tx, { groupId }, item, input) {
    await tx
      .update(actionItems)
      .set(actionItemColumns(input))
      .where(and(eq(actionItems.id, item.id), eq(actionItems.groupId, groupId)));
  },
  async remove(tx, { groupId, meetingId }, itemId) {
    const [row] = await tx
      .delete(actionItems)
      .where(
        and(
          eq(actionItems.id, itemId),
          eq(actionItems.groupId, groupId),
          eq(actionItems.meetingId, meetingId),
        ),
      )
      .returning();
    return row ?? null;
  },
  columns: actionItemColumns,
  deleted: (row) => ({ ...actionItemColumns(row), doneAt: row.doneAt?.toISOString() ?? null }),
  // Given to someone (new, or a new owner): they hear of it.
  async notify(tx, { groupId, meetingId, actorId }, itemId, input, before) {
    const ownerId = input.ownerId || null;
    if (!ownerId || ownerId === before?.ownerId) return;
    await notifyGroup(
      tx,
      groupId,
      { type: "actionItem.assigned", actorId, ownerId },
      { actionItemId: itemId, meetingId, projectId: input.projectId ?? null },
    );
  },
};
