import { and, eq, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { actionItems, memberships, projects, statusUpdates, workingGroups } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { UUID_PATTERN as UUID } from "@/lib/validation";
import type { GroupRole } from "@/lib/vocabulary";
import {
  type Action,
  type Actor,
  type Decision,
  decide,
  type PermissionContext,
} from "./permissions";

export type ResourceRef =
  | { kind: "installation" }
  | { kind: "group"; groupId: string }
  | { kind: "project"; projectId: string }
  | { kind: "statusUpdate"; updateId: string }
  | { kind: "actionItem"; actionItemId: string };

export interface Resolved {
  /** The working group the resource belongs to; null for installation-wide resources. */
  groupId: string | null;
  context: PermissionContext;
}

function roleJoin(
  actorId: string,
  groupColumn: typeof projects.groupId | typeof actionItems.groupId,
) {
  return and(eq(memberships.groupId, groupColumn), eq(memberships.userId, actorId));
}

/** Resources of an archived group are gone for everyone, as its pages are (see loadViewer). */
function liveGroup(groupColumn: typeof projects.groupId | typeof actionItems.groupId) {
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
          role: memberships.role,
        })
        .from(statusUpdates)
        .innerJoin(projects, eq(projects.id, statusUpdates.projectId))
        .innerJoin(workingGroups, liveGroup(projects.groupId))
        .leftJoin(memberships, roleJoin(actor.id, projects.groupId))
        .where(eq(statusUpdates.id, ref.updateId));
      if (!row) return null;
      const { groupId, role, authorDelegation, ...project } = row;
      return { groupId, context: { role, project, update: { authorDelegation } } };
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
  }
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
