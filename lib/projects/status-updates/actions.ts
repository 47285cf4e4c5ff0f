import { and, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Transaction } from "@/db/client";
import { projects, statusConfirmations, statusUpdates } from "@/db/schema";
import { defineAction } from "@/lib/actions/guard";
import { AppError } from "@/lib/errors";
import {
  NEXT_STEPS_MAX,
  NOTE_MAX,
  needsHealth,
  otherSide,
} from "@/lib/projects/status-updates/rules";
import { staleVersion } from "@/lib/projects/writes";
import { INT4_MAX, storableString } from "@/lib/validation";
import { LOCALES, PROJECT_HEALTHS, PROJECT_STATUSES, type ProjectStatus } from "@/lib/vocabulary";

const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

/** Optional free text: trimmed, blank stored as null. */
const text = (max: number) =>
  z.preprocess(
    blankToUndefined,
    storableString()
      .trim()
      .max(max)
      .optional()
      .transform((value) => value ?? null),
  );

/** A whole percentage, from a form field ("60") or a number. */
const percent = z.preprocess(
  (value) => (typeof value === "number" ? String(value) : value),
  z
    .string()
    .trim()
    .min(1, { abort: true })
    .refine((value) => /^\d+$/.test(value), {
      params: { key: "validation.wholeNumber" },
      abort: true,
    })
    .transform(Number)
    .pipe(z.number().min(0).max(100)),
);

export const statusUpdateSchema = z
  .object({
    projectId: z.uuid(),
    version: z.coerce.number().int().min(1).max(INT4_MAX),
    status: z.enum(PROJECT_STATUSES),
    health: z.preprocess(blankToUndefined, z.enum(PROJECT_HEALTHS).optional()),
    progress: percent,
    note: text(NOTE_MAX),
    noteLocale: z.preprocess(blankToUndefined, z.enum(LOCALES).optional()),
    nextSteps: text(NEXT_STEPS_MAX),
  })
  .refine((input) => !needsHealth(input.status) || input.health !== undefined, {
    path: ["health"],
    params: { key: "project.update.healthRequired" },
    // Also report it next to other fields' errors, not only once they are fixed.
    when: (payload) => typeof payload.value === "object" && payload.value !== null,
  })
  .transform((input) => ({
    ...input,
    health: needsHealth(input.status) ? (input.health ?? null) : null,
  }));

export type StatusUpdateInput = z.input<typeof statusUpdateSchema>;

/**
 * The project, scoped by id and group; refused when archived. With `lock`, the row stays
 * locked until the transaction ends, so concurrent writers are applied one after another.
 */
export async function openProject(
  tx: Transaction,
  projectId: string,
  groupId: string,
  { lock }: { lock: boolean },
) {
  const query = tx
    .select({
      id: projects.id,
      status: projects.status,
      health: projects.health,
      progress: projects.progress,
      version: projects.version,
      archivedAt: projects.archivedAt,
      awaitingConfirmationFrom: projects.awaitingConfirmationFrom,
    })
    .from(projects)
    .where(and(eq(projects.id, projectId), eq(projects.groupId, groupId)));
  const [project] = lock ? await query.for("update") : await query;
  if (!project) throw new AppError("not_found");
  if (project.archivedAt) {
    throw new AppError("validation", { message: { key: "project.update.archived" } });
  }
  return project;
}

export const postStatusUpdate = defineAction({
  name: "project.postStatusUpdate",
  permission: "project.updateStatus",
  schema: statusUpdateSchema,
  resource: (input) => ({ kind: "project", projectId: input.projectId }),
  async run({ tx, actor, input, groupId, audit }) {
    const project = await openProject(tx, input.projectId, groupId, { lock: true });
    if (project.version !== input.version) {
      await staleVersion(tx, project.id, input.version, project.version);
    }
    const hasText = input.note !== null || input.nextSteps !== null;
    const [update] = await tx
      .insert(statusUpdates)
      .values({
        projectId: project.id,
        groupId,
        authorId: actor.id,
        authorDelegation: actor.delegation,
        // Taken after the row lock, so the order of updates is the order they were applied.
        createdAt: sql`clock_timestamp()`,
        status: input.status,
        health: input.health,
        progress: input.progress,
        previousStatus: project.status,
        previousHealth: project.health,
        previousProgress: project.progress,
        note: input.note,
        noteLocale: hasText ? (input.noteLocale ?? actor.locale) : null,
        nextSteps: input.nextSteps,
      })
      .returning({ id: statusUpdates.id, createdAt: statusUpdates.createdAt });
    if (!update) throw new Error("status update not inserted");
    const version = project.version + 1;
    await tx
      .update(projects)
      .set({
        status: input.status,
        health: input.health,
        progress: input.progress,
        lastUpdateAt: update.createdAt,
        awaitingConfirmationFrom: otherSide(actor.delegation),
        version,
        updatedAt: update.createdAt,
      })
      .where(and(eq(projects.id, project.id), eq(projects.groupId, groupId)));
    const before = { status: project.status, health: project.health, progress: project.progress };
    const after = { status: input.status, health: input.health, progress: input.progress };
    await audit({
      action: "project.status_update",
      entityType: "project",
      entityId: project.id,
      before: { ...before, version: project.version },
      after: { ...after, version, ...(input.note ? { note: input.note } : {}) },
    });
    return { updateId: update.id, version, status: input.status as ProjectStatus };
  },
});

/**
 * The other side stands behind the project's latest status update. Confirming records who
 * and when; it changes no reported value, so the project's version stays as it is.
 */
export const confirmStatusUpdate = defineAction({
  name: "project.confirmStatusUpdate",
  permission: "project.confirmUpdate",
  schema: z.object({ updateId: z.uuid() }),
  resource: (input) => ({ kind: "statusUpdate", updateId: input.updateId }),
  async run({ tx, actor, input, groupId, audit }) {
    const [update] = await tx
      .select({ projectId: statusUpdates.projectId, side: statusUpdates.authorDelegation })
      .from(statusUpdates)
      .where(and(eq(statusUpdates.id, input.updateId), eq(statusUpdates.groupId, groupId)));
    if (!update) throw new AppError("not_found");
    // The lock orders this against a new update being posted at the same moment.
    const project = await openProject(tx, update.projectId, groupId, { lock: true });
    const [latest] = await tx
      .select({ id: statusUpdates.id })
      .from(statusUpdates)
      .where(and(eq(statusUpdates.projectId, project.id), eq(statusUpdates.groupId, groupId)))
      .orderBy(desc(statusUpdates.createdAt), desc(statusUpdates.id))
      .limit(1);
    if (latest?.id !== input.updateId) {
      throw new AppError("conflict", { message: { key: "project.confirm.superseded" } });
    }
    if (actor.delegation === update.side) {
      throw new AppError("forbidden", { message: { key: "project.confirm.ownSide" } });
    }
    const [existing] = await tx
      .select({ userId: statusConfirmations.userId })
      .from(statusConfirmations)
      .where(eq(statusConfirmations.updateId, input.updateId));
    if (existing) {
      throw new AppError("conflict", { message: { key: "project.confirm.already" } });
    }
    await tx
      .insert(statusConfirmations)
      .values({ updateId: input.updateId, userId: actor.id, delegation: actor.delegation });
    await tx
      .update(projects)
      .set({ awaitingConfirmationFrom: null })
      .where(and(eq(projects.id, project.id), eq(projects.groupId, groupId)));
    await audit({
      action: "project.confirm_update",
      entityType: "project",
      entityId: project.id,
      before: { awaitingConfirmationFrom: project.awaitingConfirmationFrom },
      after: { awaitingConfirmationFrom: null, confirmedUpdateId: input.updateId },
    });
    return { updateId: input.updateId };
  },
});
