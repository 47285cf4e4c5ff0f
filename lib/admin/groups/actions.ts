import "server-only";
import { and, asc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { cooperationAreas, workingGroups } from "@/db/schema";
import { defineAction } from "@/lib/actions/guard";
import { adminOnly } from "@/lib/actions/resources";
import {
  areaRefSchema,
  createAreaSchema,
  type GroupFields,
  groupFieldsSchema,
  groupRefSchema,
  moveAreaSchema,
  REMINDER_DAYS,
  renameAreaSchema,
  updateGroupSchema,
} from "@/lib/admin/groups/input";
import type { MovedArea, SavedGroup } from "@/lib/admin/groups/types";
import { uniqueColumn } from "@/lib/admin/writes";
import { AppError, found } from "@/lib/errors";
import { localizedColumns } from "@/lib/i18n/localized";

const slugTaken = () =>
  new AppError("validation", { fieldErrors: { slug: [{ key: "admin.groups.errors.slugTaken" }] } });

const slugs = uniqueColumn(
  workingGroups,
  workingGroups.id,
  workingGroups.slug,
  "working_groups_slug_key",
  slugTaken,
);

async function loadGroup(tx: Executor, groupId: string) {
  return found(tx.select().from(workingGroups).where(eq(workingGroups.id, groupId)).for("update"));
}

export const createGroup = defineAction({
  name: "admin.createGroup",
  ...adminOnly(groupFieldsSchema),
  async run({ tx, input, audit }): Promise<SavedGroup> {
    await slugs.assertFree(tx, input.slug);
    const values = { ...input, reminderDays: input.reminderDays ?? [...REMINDER_DAYS.defaults] };
    const [group] = await slugs.withUnique(() =>
      tx.insert(workingGroups).values(values).returning({ id: workingGroups.id }),
    );
    if (!group) throw new Error("group not created");
    await audit({
      action: "group.create",
      entityType: "group",
      entityId: group.id,
      groupId: group.id,
      after: values,
    });
    return { groupId: group.id, slug: input.slug };
  },
});

export const updateGroup = defineAction({
  name: "admin.updateGroup",
  ...adminOnly(updateGroupSchema),
  async run({ tx, input, audit }): Promise<SavedGroup> {
    const { groupId, ...fields } = input;
    const before = await loadGroup(tx, groupId);
    await slugs.assertFree(tx, fields.slug, groupId);
    await slugs.withUnique(() =>
      tx
        .update(workingGroups)
        .set({ ...fields, updatedAt: new Date() })
        .where(eq(workingGroups.id, groupId)),
    );
    // Lists (the reminder days) compare by content; an absent field is left as it was.
    const keys = (Object.keys(fields) as (keyof GroupFields)[]).filter(
      (key) =>
        fields[key] !== undefined && JSON.stringify(before[key]) !== JSON.stringify(fields[key]),
    );
    if (keys.length)
      await audit({
        action: "group.update",
        entityType: "group",
        entityId: groupId,
        groupId,
        before: Object.fromEntries(keys.map((key) => [key, before[key]])),
        after: Object.fromEntries(keys.map((key) => [key, fields[key]])),
      });
    return { groupId, slug: fields.slug };
  },
});

function archiveCommand(name: string, archive: boolean) {
  return defineAction({
    name,
    ...adminOnly(groupRefSchema),
    async run({ tx, input, audit }): Promise<SavedGroup> {
      const group = await loadGroup(tx, input.groupId);
      const archivedAt = archive ? new Date() : null;
      await tx
        .update(workingGroups)
        .set({ archivedAt, updatedAt: new Date() })
        .where(
          and(
            eq(workingGroups.id, input.groupId),
            archive ? isNull(workingGroups.archivedAt) : isNotNull(workingGroups.archivedAt),
          ),
        );
      await audit({
        action: archive ? "group.archive" : "group.restore",
        entityType: "group",
        entityId: input.groupId,
        groupId: input.groupId,
        before: { archivedAt: group.archivedAt },
        after: { archivedAt: archive ? (group.archivedAt ?? archivedAt) : null },
      });
      return { groupId: input.groupId, slug: group.slug };
    },
  });
}

/** Hides the group from its members (admins still see it here); nothing is deleted. */
export const archiveGroup = archiveCommand("admin.archiveGroup", true);
export const restoreGroup = archiveCommand("admin.restoreGroup", false);

/** The group's areas in their order, locked for the write; an unknown group is not_found. */
async function lockAreas(tx: Executor, groupId: string) {
  await found(
    tx
      .select({ id: workingGroups.id })
      .from(workingGroups)
      .where(eq(workingGroups.id, groupId))
      .for("update"),
  );
  return tx
    .select()
    .from(cooperationAreas)
    .where(eq(cooperationAreas.groupId, groupId))
    .orderBy(asc(cooperationAreas.position), asc(cooperationAreas.createdAt));
}

async function lockArea(tx: Executor, groupId: string, areaId: string) {
  const areas = await lockAreas(tx, groupId);
  const area = areas.find((a) => a.id === areaId);
  if (!area) throw new AppError("not_found");
  return { area, areas };
}

const inGroup = (groupId: string, areaId: string) =>
  and(eq(cooperationAreas.id, areaId), eq(cooperationAreas.groupId, groupId));

export const createArea = defineAction({
  name: "admin.createArea",
  ...adminOnly(createAreaSchema),
  async run({ tx, input, audit }) {
    const areas = await lockAreas(tx, input.groupId);
    const position = Math.max(0, ...areas.map((a) => a.position)) + 1;
    const [area] = await tx
      .insert(cooperationAreas)
      .values({ ...input, position })
      .returning({ id: cooperationAreas.id });
    if (!area) throw new Error("area not created");
    const { groupId, ...names } = input;
    await audit({
      action: "area.create",
      entityType: "cooperation_area",
      entityId: area.id,
      groupId,
      after: { ...names, position },
    });
    return { areaId: area.id };
  },
});

export const renameArea = defineAction({
  name: "admin.renameArea",
  ...adminOnly(renameAreaSchema),
  async run({ tx, input, audit }) {
    const { groupId, areaId, dacCode, ...names } = input;
    const { area } = await lockArea(tx, groupId, areaId);
    const changes = dacCode === undefined ? names : { ...names, dacCode };
    await tx.update(cooperationAreas).set(changes).where(inGroup(groupId, areaId));
    await audit({
      action: "area.update",
      entityType: "cooperation_area",
      entityId: areaId,
      groupId,
      before: {
        ...localizedColumns(area, "name"),
        ...(dacCode === undefined ? {} : { dacCode: area.dacCode }),
      },
      after: changes,
    });
    return { areaId };
  },
});

/**
 * Swaps the area with its nearest neighbour among the areas in use (archived ones keep their
 * place), then numbers the whole list 1…n so duplicate or sparse positions heal themselves.
 */
export const moveArea = defineAction({
  name: "admin.moveArea",
  ...adminOnly(moveAreaSchema),
  async run({ tx, input, audit }): Promise<MovedArea> {
    const { groupId, areaId, direction } = input;
    const { area, areas } = await lockArea(tx, groupId, areaId);
    if (area.archivedAt)
      throw new AppError("validation", { message: { key: "admin.areas.errors.archived" } });
    const order = areas.map((a) => a.id);
    const from = order.indexOf(areaId);
    const step = direction === "up" ? -1 : 1;
    let to = from + step;
    while (to >= 0 && to < areas.length && areas[to]?.archivedAt) to += step;
    const active = areas.filter((a) => !a.archivedAt);
    const rank = () => active.findIndex((a) => a.id === areaId) + 1;
    if (to < 0 || to >= areas.length) return { areaId, position: rank(), total: active.length };
    [order[from], order[to]] = [order[to] as string, areaId];
    for (const [index, id] of order.entries()) {
      const current = areas.find((a) => a.id === id);
      if (current && current.position !== index + 1)
        await tx
          .update(cooperationAreas)
          .set({ position: index + 1 })
          .where(inGroup(groupId, id));
    }
    const activeOrder = order.filter((id) => active.some((a) => a.id === id));
    const position = activeOrder.indexOf(areaId) + 1;
    await audit({
      action: "area.move",
      entityType: "cooperation_area",
      entityId: areaId,
      groupId,
      before: { position: rank() },
      after: { position },
    });
    return { areaId, position, total: active.length };
  },
});

function areaArchiveCommand(name: string, archive: boolean) {
  return defineAction({
    name,
    ...adminOnly(areaRefSchema),
    async run({ tx, input, audit }) {
      const { groupId, areaId } = input;
      const { area } = await lockArea(tx, groupId, areaId);
      if (Boolean(area.archivedAt) !== archive)
        await tx
          .update(cooperationAreas)
          .set({ archivedAt: archive ? sql`now()` : null })
          .where(inGroup(groupId, areaId));
      await audit({
        action: archive ? "area.archive" : "area.restore",
        entityType: "cooperation_area",
        entityId: areaId,
        groupId,
        before: { archived: Boolean(area.archivedAt) },
        after: { archived: archive },
      });
      return { areaId };
    },
  });
}

/** Archived areas keep their projects but are no longer offered for new ones. */
export const archiveArea = areaArchiveCommand("admin.archiveArea", true);
export const restoreArea = areaArchiveCommand("admin.restoreArea", false);
