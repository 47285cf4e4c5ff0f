import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { projects, statusConfirmations, statusUpdates } from "@/db/schema";
import { defineAction } from "@/lib/actions/guard";
import { attachEvidence } from "@/lib/documents/writes";
import { AppError } from "@/lib/errors";
import { notifyGroup } from "@/lib/notifications/writes";
import { confirmUpdateSchema, statusUpdateSchema } from "@/lib/projects/status-updates/input";
import { otherSide } from "@/lib/projects/status-updates/rules";
import { assertOpen, lockProject, staleVersion } from "@/lib/projects/writes";
import type { ProjectStatus } from "@/lib/vocabulary";

export const postStatusUpdate = defineAction({
  name: "project.postStatusUpdate",
  idempotent: true,
  permission: "project.updateStatus",
  schema: statusUpdateSchema,
  resource: (input) => ({ kind: "project", projectId: input.projectId }),
  async run({ tx, actor, input, groupId, audit }) {
    const project = await lockProject(tx, groupId, input.projectId);
    assertOpen(project);
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
    const evidence = await attachEvidence(tx, {
      groupId,
      projectId: project.id,
      updateId: update.id,
      actorId: actor.id,
      ids: input.evidence,
    });
    const before = { status: project.status, health: project.health, progress: project.progress };
    const after = {
      status: input.status,
      health: input.health,
      progress: input.progress,
      ...(evidence ? { evidence } : {}),
    };
    await audit({
      action: "project.status_update",
      entityType: "project",
      entityId: project.id,
      before: { ...before, version: project.version },
      after: { ...after, version, ...(input.note ? { note: input.note } : {}) },
    });
    // Those who may confirm it are asked to; the author's own side's contact is told.
    await notifyGroup(
      tx,
      groupId,
      {
        type: "statusUpdate.posted",
        actorId: actor.id,
        project: { contactNoId: project.contactNoId, contactRuId: project.contactRuId },
        authorDelegation: actor.delegation,
      },
      { projectId: project.id, statusUpdateId: update.id },
    );
    return { updateId: update.id, version, status: input.status as ProjectStatus };
  },
});

/**
 * The other side stands behind the project's latest status update. Confirming records who
 * and when; it changes no reported value, so the project's version stays as it is.
 */
export const confirmStatusUpdate = defineAction({
  name: "project.confirmStatusUpdate",
  idempotent: true,
  permission: "project.confirmUpdate",
  schema: confirmUpdateSchema,
  resource: (input) => ({ kind: "statusUpdate", updateId: input.updateId }),
  async run({ tx, actor, input, groupId, audit }) {
    const [update] = await tx
      .select({
        projectId: statusUpdates.projectId,
        side: statusUpdates.authorDelegation,
        authorId: statusUpdates.authorId,
      })
      .from(statusUpdates)
      .where(and(eq(statusUpdates.id, input.updateId), eq(statusUpdates.groupId, groupId)));
    if (!update) throw new AppError("not_found");
    // The lock orders this against a new update being posted at the same moment.
    const project = await lockProject(tx, groupId, update.projectId);
    assertOpen(project);
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
    await notifyGroup(
      tx,
      groupId,
      { type: "statusUpdate.confirmed", actorId: actor.id, authorId: update.authorId },
      { projectId: project.id, statusUpdateId: input.updateId },
    );
    return { updateId: input.updateId };
  },
});
