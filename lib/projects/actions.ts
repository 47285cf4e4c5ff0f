import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { projects } from "@/db/schema";
import { defineAction } from "@/lib/actions/guard";
import { AppError } from "@/lib/errors";
import { createProjectInput, updateProjectInput } from "@/lib/projects/input";
import { diffSnapshots, snapshotOf } from "@/lib/projects/snapshot";
import { stampTextEdits } from "@/lib/projects/translations";
import {
  assertCodeFree,
  checkReferences,
  groupSlug,
  lockProject,
  projectColumns,
  projectMilestones,
  replaceMilestones,
  staleVersion,
  withUniqueCode,
} from "@/lib/projects/writes";

/** Where the form goes after a save. */
export interface SavedProject {
  groupSlug: string;
  code: string;
}

export const createProject = defineAction({
  name: "project.create",
  permission: "project.manage",
  schema: createProjectInput,
  resource: (input) => ({ kind: "group", groupId: input.groupId }),
  async run({ tx, actor, input, groupId: scope, audit }): Promise<SavedProject> {
    await checkReferences(tx, scope, input, null);
    await assertCodeFree(tx, scope, input.code, null);
    const now = new Date();
    const row = await withUniqueCode(tx, async (sp) => {
      const [inserted] = await sp
        .insert(projects)
        .values({
          ...projectColumns(input),
          groupId: scope,
          status: input.status,
          textEditedAt: stampTextEdits({}, {}, input, now),
          createdById: actor.id,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: projects.id, code: projects.code, version: projects.version });
      if (!inserted) throw new Error("project not inserted");
      return inserted;
    });
    await replaceMilestones(tx, row.id, input.milestones, []);
    await audit({
      action: "project.create",
      entityType: "project",
      entityId: row.id,
      after: { ...snapshotOf(input, input.milestones), status: input.status, version: row.version },
    });
    return { groupSlug: await groupSlug(tx, scope), code: row.code };
  },
});

export const updateProject = defineAction({
  name: "project.edit",
  permission: "project.manage",
  schema: updateProjectInput,
  resource: (input) => ({ kind: "project", projectId: input.projectId }),
  async run({ tx, input, groupId: scope, audit }): Promise<SavedProject> {
    const current = await lockProject(tx, scope, input.projectId);
    if (current.archivedAt) throw archivedError();
    if (current.version !== input.version)
      await staleVersion(tx, current.id, input.version, current.version);
    await checkReferences(tx, scope, input, current);
    if (input.code !== current.code) await assertCodeFree(tx, scope, input.code, current.id);

    const existing = await projectMilestones(tx, current.id);
    const diff = diffSnapshots(snapshotOf(current, existing), snapshotOf(input, input.milestones));
    const slug = await groupSlug(tx, scope);
    // Saving an unchanged form is not an edit: no new version, nothing for others to reconcile.
    if (!diff.fields.length) return { groupSlug: slug, code: current.code };

    const version = current.version + 1;
    const now = new Date();
    await withUniqueCode(tx, (sp) =>
      sp
        .update(projects)
        .set({
          ...projectColumns(input),
          textEditedAt: stampTextEdits(current.textEditedAt, current, input, now),
          version,
          updatedAt: now,
        })
        .where(and(eq(projects.id, current.id), eq(projects.groupId, scope))),
    );
    if (diff.fields.includes("milestones"))
      await replaceMilestones(tx, current.id, input.milestones, existing);
    await audit({
      action: "project.edit",
      entityType: "project",
      entityId: current.id,
      before: { ...diff.before, version: current.version },
      after: { ...diff.after, version },
    });
    return { groupSlug: slug, code: input.code };
  },
});

function archivedError() {
  return new AppError("conflict", { message: { key: "projectForm.errors.archived" } });
}

const archiveInput = z.object({ projectId: z.preprocess((v) => v ?? "", z.string()) });

/** Archiving hides a project and freezes it; nothing is ever deleted. Restoring undoes it. */
function archiveAction(archive: boolean) {
  return defineAction({
    name: archive ? "project.archive" : "project.restore",
    permission: "project.manage",
    schema: archiveInput,
    resource: (input) => ({ kind: "project", projectId: input.projectId }),
    async run({ tx, groupId: scope, input, audit }): Promise<SavedProject> {
      const current = await lockProject(tx, scope, input.projectId);
      const result = { groupSlug: await groupSlug(tx, scope), code: current.code };
      if (Boolean(current.archivedAt) === archive) return result;
      const archivedAt = archive ? new Date() : null;
      const version = current.version + 1;
      await tx
        .update(projects)
        .set({ archivedAt, version, updatedAt: new Date() })
        .where(and(eq(projects.id, current.id), eq(projects.groupId, scope)));
      await audit({
        action: archive ? "project.archive" : "project.restore",
        entityType: "project",
        entityId: current.id,
        before: { archived: current.archivedAt?.toISOString() ?? null, version: current.version },
        after: { archived: archivedAt?.toISOString() ?? null, version },
      });
      return result;
    },
  });
}

export const archiveProject = archiveAction(true);
export const restoreProject = archiveAction(false);
