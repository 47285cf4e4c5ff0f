import { and, eq, isNotNull, isNull, ne } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { workingGroups } from "@/db/schema";
import { defineAction } from "@/lib/actions/guard";
import { AppError } from "@/lib/errors";
import { ADMIN_ONLY } from "./admin-only";
import {
  type GroupFields,
  groupFieldsSchema,
  groupRefSchema,
  updateGroupSchema,
} from "./group-input";
import { isUniqueViolation } from "./unique";

const slugTaken = () =>
  new AppError("validation", { fieldErrors: { slug: [{ key: "admin.groups.errors.slugTaken" }] } });

async function assertSlugFree(tx: Executor, slug: string, exceptGroupId?: string) {
  const [clash] = await tx
    .select({ id: workingGroups.id })
    .from(workingGroups)
    .where(
      exceptGroupId
        ? and(eq(workingGroups.slug, slug), ne(workingGroups.id, exceptGroupId))
        : eq(workingGroups.slug, slug),
    );
  if (clash) throw slugTaken();
}

async function withUniqueSlug<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error, "working_groups_slug_key")) throw slugTaken();
    throw error;
  }
}

async function loadGroup(tx: Executor, groupId: string) {
  const [group] = await tx
    .select()
    .from(workingGroups)
    .where(eq(workingGroups.id, groupId))
    .for("update");
  if (!group) throw new AppError("not_found");
  return group;
}

export interface SavedGroup {
  groupId: string;
  slug: string;
}

export const createGroup = defineAction({
  name: "admin.createGroup",
  schema: groupFieldsSchema,
  ...ADMIN_ONLY,
  async run({ tx, input, audit }): Promise<SavedGroup> {
    await assertSlugFree(tx, input.slug);
    const [group] = await withUniqueSlug(() =>
      tx.insert(workingGroups).values(input).returning({ id: workingGroups.id }),
    );
    if (!group) throw new Error("group not created");
    await audit({
      action: "group.create",
      entityType: "group",
      entityId: group.id,
      groupId: group.id,
      after: input,
    });
    return { groupId: group.id, slug: input.slug };
  },
});

export const updateGroup = defineAction({
  name: "admin.updateGroup",
  schema: updateGroupSchema,
  ...ADMIN_ONLY,
  async run({ tx, input, audit }): Promise<SavedGroup> {
    const { groupId, ...fields } = input;
    const before = await loadGroup(tx, groupId);
    await assertSlugFree(tx, fields.slug, groupId);
    await withUniqueSlug(() =>
      tx
        .update(workingGroups)
        .set({ ...fields, updatedAt: new Date() })
        .where(eq(workingGroups.id, groupId)),
    );
    const keys = (Object.keys(fields) as (keyof GroupFields)[]).filter(
      (key) => before[key] !== fields[key],
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
    schema: groupRefSchema,
    ...ADMIN_ONLY,
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
