import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import {
  actionItems,
  agendaItems,
  documents,
  meetings,
  memberships,
  projects,
  statusUpdates,
  workingGroups,
  workPlans,
} from "@/db/schema";
import { AppError } from "@/lib/errors";
import { UUID_PATTERN as UUID } from "@/lib/validation";
import type { GroupRole } from "@/lib/vocabulary";
import {
  type Action,
  type Actor,
  type Decision,
  type DocumentTargetKind,
  decide,
  type PermissionContext,
} from "./permissions";

export type ResourceRef =
  | { kind: "installation" }
  | { kind: "group"; groupId: string }
  | { kind: "project"; projectId: string }
  | { kind: "statusUpdate"; updateId: string }
  | { kind: "actionItem"; actionItemId: string }
  /** Something a document is to be attached to ("evidence": the project of a status update being written). */
  | { kind: "documentTarget"; target: DocumentTargetKind; id: string }
  /** A document that is not deleted. */
  | { kind: "document"; documentId: string };

export interface Resolved {
  /** The working group the resource belongs to; null for installation-wide resources. */
  groupId: string | null;
  context: PermissionContext;
}

type GroupColumn =
  | typeof projects.groupId
  | typeof actionItems.groupId
  | typeof meetings.groupId
  | typeof workPlans.groupId
  | typeof documents.groupId;

function roleJoin(actorId: string, groupColumn: GroupColumn) {
  return and(eq(memberships.groupId, groupColumn), eq(memberships.userId, actorId));
}

/** Resources of an archived group are gone for everyone, as its pages are (see loadViewer). */
function liveGroup(groupColumn: GroupColumn) {
  return and(eq(workingGroups.id, groupColumn), isNull(workingGroups.archivedAt));
}

/** Loads, in one query, the facts the permission rules need; null when the resource does not exist. */
export async function resolveResource(
  db: Executor,
  actor: Actor,
  ref: ResourceRef,
): Promise<Resolved | null> {
  switch (ref.kind) {
    case "installation":
      return { groupId: null, context: { role: null } };
    case "group": {
      if (!UUID.test(ref.groupId)) return null;
      const [row] = await db
        .select({ id: workingGroups.id, role: memberships.role })
        .from(workingGroups)
        .leftJoin(
          memberships,
          and(eq(memberships.groupId, workingGroups.id), eq(memberships.userId, actor.id)),
        )
        .where(and(eq(workingGroups.id, ref.groupId), isNull(workingGroups.archivedAt)));
      return row ? { groupId: row.id, context: { role: row.role as GroupRole | null } } : null;
    }
    case "project": {
      if (!UUID.test(ref.projectId)) return null;
      const [row] = await db
        .select({
          groupId: projects.groupId,
          contactNoId: projects.contactNoId,
          contactRuId: projects.contactRuId,
          role: memberships.role,
        })
        .from(projects)
        .innerJoin(workingGroups, liveGroup(projects.groupId))
        .leftJoin(memberships, roleJoin(actor.id, projects.groupId))
        .where(eq(projects.id, ref.projectId));
      if (!row) return null;
      const { groupId, role, ...project } = row;
      return { groupId, context: { role, project } };
    }
    case "statusUpdate": {
      if (!UUID.test(ref.updateId)) return null;
      const [row] = await db
        .select({
          groupId: projects.groupId,
          contactNoId: projects.contactNoId,
          contactRuId: projects.contactRuId,
          authorDelegation: statusUpdates.authorDelegation,
          authorId: statusUpdates.authorId,
          role: memberships.role,
        })
        .from(statusUpdates)
        .innerJoin(projects, eq(projects.id, statusUpdates.projectId))
        .innerJoin(workingGroups, liveGroup(projects.groupId))
        .leftJoin(memberships, roleJoin(actor.id, projects.groupId))
        .where(eq(statusUpdates.id, ref.updateId));
      if (!row) return null;
      const { groupId, role, authorDelegation, authorId, ...project } = row;
      return { groupId, context: { role, project, update: { authorDelegation, authorId } } };
    }
    case "actionItem": {
      if (!UUID.test(ref.actionItemId)) return null;
      const [row] = await db
        .select({
          groupId: actionItems.groupId,
          ownerId: actionItems.ownerId,
          role: memberships.role,
        })
        .from(actionItems)
        .innerJoin(workingGroups, liveGroup(actionItems.groupId))
        .leftJoin(memberships, roleJoin(actor.id, actionItems.groupId))
        .where(eq(actionItems.id, ref.actionItemId));
      if (!row) return null;
      return {
        groupId: row.groupId,
        context: { role: row.role, actionItem: { ownerId: row.ownerId } },
      };
    }
    case "documentTarget":
      return resolveDocumentTarget(db, actor, ref.target, ref.id);
    case "document":
      return resolveDocument(db, actor, ref.documentId);
  }
}

/** The group (and for project documents, the project's contacts) of a document's target. */
async function resolveDocumentTarget(
  db: Executor,
  actor: Actor,
  target: DocumentTargetKind,
  id: string,
): Promise<Resolved | null> {
  if (!UUID.test(id)) return null;
  const document = { target, uploaderId: null };
  if (target === "project" || target === "evidence") {
    const resolved = await resolveResource(db, actor, { kind: "project", projectId: id });
    return resolved && { ...resolved, context: { ...resolved.context, document } };
  }
  const base =
    target === "meeting"
      ? db
          .select({ groupId: meetings.groupId, role: memberships.role })
          .from(meetings)
          .innerJoin(workingGroups, liveGroup(meetings.groupId))
          .leftJoin(memberships, roleJoin(actor.id, meetings.groupId))
          .where(eq(meetings.id, id))
      : target === "agendaItem"
        ? db
            .select({ groupId: meetings.groupId, role: memberships.role })
            .from(agendaItems)
            .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
            .innerJoin(workingGroups, liveGroup(meetings.groupId))
            .leftJoin(memberships, roleJoin(actor.id, meetings.groupId))
            .where(eq(agendaItems.id, id))
        : db
            .select({ groupId: workPlans.groupId, role: memberships.role })
            .from(workPlans)
            .innerJoin(workingGroups, liveGroup(workPlans.groupId))
            .leftJoin(memberships, roleJoin(actor.id, workPlans.groupId))
            .where(eq(workPlans.id, id));
  const [row] = await base;
  return row ? { groupId: row.groupId, context: { role: row.role, document } } : null;
}

/** A live document: its group, what it is attached to, its uploader, its project's contacts. */
async function resolveDocument(
  db: Executor,
  actor: Actor,
  documentId: string,
): Promise<Resolved | null> {
  if (!UUID.test(documentId)) return null;
  const [row] = await db
    .select({
      groupId: documents.groupId,
      role: memberships.role,
      uploaderId: documents.createdById,
      staged: documents.staged,
      projectId: documents.projectId,
      statusUpdateId: documents.statusUpdateId,
      meetingId: documents.meetingId,
      agendaItemId: documents.agendaItemId,
      contactNoId: projects.contactNoId,
      contactRuId: projects.contactRuId,
    })
    .from(documents)
    .innerJoin(workingGroups, liveGroup(documents.groupId))
    .leftJoin(memberships, roleJoin(actor.id, documents.groupId))
    .leftJoin(statusUpdates, eq(statusUpdates.id, documents.statusUpdateId))
    .leftJoin(
      projects,
      eq(projects.id, sql`coalesce(${documents.projectId}, ${statusUpdates.projectId})`),
    )
    .where(and(eq(documents.id, documentId), isNull(documents.deletedAt)));
  if (!row) return null;
  const target: DocumentTargetKind =
    row.staged || row.statusUpdateId
      ? "evidence"
      : row.projectId
        ? "project"
        : row.agendaItemId
          ? "agendaItem"
          : row.meetingId
            ? "meeting"
            : "plan";
  return {
    groupId: row.groupId,
    context: {
      role: row.role,
      document: { target, uploaderId: row.uploaderId },
      ...(row.contactNoId !== undefined && (row.projectId || row.statusUpdateId)
        ? { project: { contactNoId: row.contactNoId, contactRuId: row.contactRuId } }
        : {}),
    },
  };
}

export async function authorize(
  db: Executor,
  actor: Actor,
  action: Action,
  ref: ResourceRef,
): Promise<{ decision: Decision; groupId: string | null }> {
  const resolved = await resolveResource(db, actor, ref);
  if (!resolved) return { decision: "not_found", groupId: null };
  return { decision: decide(actor, action, resolved.context), groupId: resolved.groupId };
}

/** Throws AppError("not_found" | "forbidden") unless allowed; returns the resource's group. */
export async function assertAuthorized(
  db: Executor,
  actor: Actor,
  action: Action,
  ref: ResourceRef,
): Promise<string | null> {
  const { decision, groupId } = await authorize(db, actor, action, ref);
  if (decision !== "allow") throw new AppError(decision);
  return groupId;
}
