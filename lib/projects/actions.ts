import "server-only";
import { and, eq } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { projects } from "@/db/schema";
import { defineAction } from "@/lib/actions/guard";
import { onGroup, onProject } from "@/lib/actions/resources";
import { AppError } from "@/lib/errors";
import type { ProjectContacts } from "@/lib/notifications/recipients";
import { notifyGroup } from "@/lib/notifications/writes";
import { projectPlaceKeys } from "@/lib/places/queries";
import { setProjectPlaces } from "@/lib/places/writes";
import { archiveInput, createProjectInput, updateProjectInput } from "@/lib/projects/input";
import { diffSnapshots, snapshotOf } from "@/lib/projects/snapshot";
import type { SavedProject } from "@/lib/projects/types";
import {
  assertCodeFree,
  checkReferences,
  groupSlug,
  lockProject,
  projectColumns,
  projectMilestones,
  replaceMilestones,
  staleVersion,
  stampTextEdits,
  withUniqueCode,
} from "@/lib/projects/writes";

const contactsOf = (p: ProjectContacts): ProjectContacts => ({
  contactNoId: p.contactNoId,
  contactRuId: p.contactRuId,
});

/**
 * Tells a project's people what a save changed for them: contacts added or removed, and — the
 * contacts who stay — a moved planned end (a new contact learns it from the project itself).
 */
async function notifyProjectChanges(
  tx: Transaction,
  groupId: string,
  actorId: string,
  projectId: string,
  before: ProjectContacts & { plannedEnd: string | null },
  after: ProjectContacts & { plannedEnd: string | null },
) {
  const was = contactsOf(before);
  const now = contactsOf(after);
  if (was.contactNoId !== now.contactNoId || was.contactRuId !== now.contactRuId)
    await notifyGroup(
      tx,
      groupId,
      { type: "project.contactsChanged", actorId, before: was, after: now },
      { projectId },
    );
  if (before.plannedEnd !== after.plannedEnd) {
    const stayed = {
      contactNoId: was.contactNoId === now.contactNoId ? now.contactNoId : null,
      contactRuId: was.contactRuId === now.contactRuId ? now.contactRuId : null,
    };
    if (stayed.contactNoId || stayed.contactRuId)
      await notifyGroup(
        tx,
        groupId,
        { type: "project.endMoved", actorId, project: stayed },
        { projectId, params: { from: before.plannedEnd, to: after.plannedEnd } },
      );
  }
}

export const createProject = defineAction({
  name: "project.create",
  ...onGroup("project.manage", createProjectInput),
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
    if (input.places.length)
      await setProjectPlaces(tx, [{ projectId: row.id, keys: input.places }]);
    await audit({
      action: "project.create",
      entityType: "project",
      entityId: row.id,
      after: { ...snapshotOf(input, input.milestones), status: input.status, version: row.version },
    });
    // Its contacts learn they are named on it.
    await notifyProjectChanges(
      tx,
      scope,
      actor.id,
      row.id,
      { contactNoId: null, contactRuId: null, plannedEnd: input.plannedEnd },
      input,
    );
    return { groupSlug: await groupSlug(tx, scope), code: row.code };
  },
});

export const updateProject = defineAction({
  name: "project.edit",
  ...onProject("project.manage", updateProjectInput),
  async run({ tx, actor, input, groupId: scope, audit }): Promise<SavedProject> {
    const current = await lockProject(tx, scope, input.projectId);
    if (current.archivedAt) throw archivedError();
    if (current.version !== input.version)
      await staleVersion(tx, current.id, input.version, current.version);
    await checkReferences(tx, scope, input, current);
    if (input.code !== current.code) await assertCodeFree(tx, scope, input.code, current.id);

    const existing = await projectMilestones(tx, current.id);
    const places = await projectPlaceKeys(tx, current.id);
    const diff = diffSnapshots(
      snapshotOf({ ...current, places }, existing),
      snapshotOf(input, input.milestones),
    );
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
    if (diff.fields.includes("places"))
      await setProjectPlaces(tx, [{ projectId: current.id, keys: input.places }]);
    await audit({
      action: "project.edit",
      entityType: "project",
      entityId: current.id,
      before: { ...diff.before, version: current.version },
      after: { ...diff.after, version },
    });
    await notifyProjectChanges(tx, scope, actor.id, current.id, current, input);
    return { groupSlug: slug, code: input.code };
  },
});

function archivedError() {
  return new AppError("conflict", { message: { key: "projectForm.errors.archived" } });
}

/** Archiving hides a project and freezes it; nothing is ever deleted. Restoring undoes it. */
function archiveAction(archive: boolean) {
  return defineAction({
    name: archive ? "project.archive" : "project.restore",
    ...onProject("project.manage", archiveInput),
    async run({ tx, actor, groupId: scope, input, audit }): Promise<SavedProject> {
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
      if (archive)
        await notifyGroup(
          tx,
          scope,
          { type: "project.archived", actorId: actor.id, project: contactsOf(current) },
          { projectId: current.id },
        );
      return result;
    },
  });
}

export const archiveProject = archiveAction(true);
export const restoreProject = archiveAction(false);
