import { and, asc, eq } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { agendaItemProjects, agendaItems } from "@/db/schema";
import { defineAction } from "@/lib/actions/guard";
import { AppError, type FieldErrors } from "@/lib/errors";
import { agendaItemBase } from "./fingerprints";
import {
  type AgendaItemInput,
  addAgendaItemInput,
  itemRef,
  reorderInput,
  updateAgendaItemInput,
} from "./input";
import { applyOrder, compact, nextPosition } from "./ordering";
import { MEETING_LIMITS } from "./rules";
import {
  assertGroupProjects,
  assertOpen,
  assertUnchanged,
  lockMeeting,
  requireScope,
} from "./scope";

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
  async run({ tx, input, groupId, audit }) {
    const scope = requireScope(groupId);
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
  async run({ tx, input, groupId, audit }) {
    const scope = requireScope(groupId);
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
  async run({ tx, input, groupId, audit }) {
    const scope = requireScope(groupId);
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
  async run({ tx, input, groupId, audit }) {
    const scope = requireScope(groupId);
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
