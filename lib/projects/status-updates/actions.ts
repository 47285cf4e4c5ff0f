import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import {
  projects,
  statusConfirmations,
  statusUpdates,
  statusUpdateTranslations,
} from "@/db/schema";
import { defineAction } from "@/lib/actions/guard";
import { onProject, onStatusUpdate } from "@/lib/actions/resources";
import { attachEvidence } from "@/lib/documents/writes";
import { AppError } from "@/lib/errors";
import { notifyGroup } from "@/lib/notifications/writes";
import {
  confirmUpdateSchema,
  statusUpdateSchema,
  translateUpdateSchema,
} from "@/lib/projects/status-updates/input";
import { originalHash } from "@/lib/projects/status-updates/queries";
import { otherSide } from "@/lib/projects/status-updates/rules";
import { assertOpen, lockProject, staleVersion } from "@/lib/projects/writes";
import type { ProjectStatus } from "@/lib/vocabulary";

export const postStatusUpdate = defineAction({
  name: "project.postStatusUpdate",
  idempotent: true,
  ...onProject("project.updateStatus", statusUpdateSchema),
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
  ...onStatusUpdate("project.confirmUpdate", confirmUpdateSchema),
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

/**
 * The note and next steps of an update in another language: by its author, the other side's
 * contact or a coordinator. One translation per language; translating again replaces it (the
 * audit log keeps what it said). The original itself never changes (status updates are
 * append-only); the translation records which original it was made from.
 */
export const translateStatusUpdate = defineAction({
  name: "statusUpdate.translate",
  ...onStatusUpdate("statusUpdate.translate", translateUpdateSchema),
  async run({ tx, actor, input, groupId, audit }) {
    const [update] = await tx
      .select({
        projectId: statusUpdates.projectId,
        note: statusUpdates.note,
        nextSteps: statusUpdates.nextSteps,
        locale: statusUpdates.noteLocale,
        hash: originalHash,
        archivedAt: projects.archivedAt,
      })
      .from(statusUpdates)
      .innerJoin(projects, eq(projects.id, statusUpdates.projectId))
      .where(and(eq(statusUpdates.id, input.updateId), eq(statusUpdates.groupId, groupId)));
    if (!update) throw new AppError("not_found");
    assertOpen(update);
    if (!update.locale || (update.note === null && update.nextSteps === null)) {
      throw new AppError("validation", { message: { key: "project.translate.nothing" } });
    }
    if (update.locale === input.locale) {
      const ownLanguage = { key: "project.translate.ownLanguage" };
      throw new AppError("validation", {
        message: ownLanguage,
        fieldErrors: { locale: [ownLanguage] },
      });
    }
    // Each text the original has is translated; one it lacks has nothing to translate.
    const missing = {
      ...(update.note !== null && input.note === null
        ? { note: [{ key: "project.translate.noteRequired" }] }
        : {}),
      ...(update.nextSteps !== null && input.nextSteps === null
        ? { nextSteps: [{ key: "project.translate.nextStepsRequired" }] }
        : {}),
    };
    if (Object.keys(missing).length) throw new AppError("validation", { fieldErrors: missing });
    const values = {
      note: update.note === null ? null : input.note,
      nextSteps: update.nextSteps === null ? null : input.nextSteps,
    };
    const [previous] = await tx
      .select({
        note: statusUpdateTranslations.note,
        nextSteps: statusUpdateTranslations.nextSteps,
        translatedById: statusUpdateTranslations.translatedById,
        translatedAt: statusUpdateTranslations.translatedAt,
      })
      .from(statusUpdateTranslations)
      .where(
        and(
          eq(statusUpdateTranslations.updateId, input.updateId),
          eq(statusUpdateTranslations.locale, input.locale),
        ),
      )
      .for("update");
    const stamp = { translatedById: actor.id, translatedAt: sql`now()`, sourceHash: update.hash };
    const [saved] = await tx
      .insert(statusUpdateTranslations)
      .values({ updateId: input.updateId, locale: input.locale, ...values, ...stamp })
      .onConflictDoUpdate({
        target: [statusUpdateTranslations.updateId, statusUpdateTranslations.locale],
        set: { ...values, ...stamp },
      })
      .returning({ translatedAt: statusUpdateTranslations.translatedAt });
    if (!saved) throw new Error("translation not saved");
    await audit({
      action: "project.translate_update",
      entityType: "project",
      entityId: update.projectId,
      before: previous
        ? {
            updateId: input.updateId,
            locale: input.locale,
            ...previous,
            translatedAt: previous.translatedAt.toISOString(),
          }
        : null,
      after: { updateId: input.updateId, locale: input.locale, ...values },
    });
    return {
      updateId: input.updateId,
      locale: input.locale,
      translatedAt: saved.translatedAt.toISOString(),
      replaced: previous !== undefined,
    };
  },
});
