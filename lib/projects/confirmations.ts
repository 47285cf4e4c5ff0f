import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { projects, statusConfirmations, statusUpdates } from "@/db/schema";
import { defineAction } from "@/lib/actions/guard";
import { AppError } from "@/lib/errors";
import { openProject, scopeOf } from "./status-updates";

/**
 * The other side stands behind the project's latest status update. Confirming records who
 * and when; it changes no reported value, so the project's version stays as it is.
 */
export const confirmStatusUpdate = defineAction({
  name: "project.confirmStatusUpdate",
  permission: "project.confirmUpdate",
  schema: z.object({ updateId: z.uuid() }),
  resource: (input) => ({ kind: "statusUpdate", updateId: input.updateId }),
  async run({ tx, actor, input, groupId: scope, audit }) {
    const groupId = scopeOf(scope);
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
