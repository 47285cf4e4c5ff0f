import "server-only";
import { and, desc, eq, exists, inArray, like, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";
import { auditEvents, memberships, projects, users, workingGroups } from "@/db/schema";
import type { AuditFilters } from "./input";
import { AUDIT_PAGE_SIZE } from "./rules";
import type { AuditActor, AuditRow } from "./types";

const actor = alias(users, "actor");

/** Audit events name their entity by a text id; a project's is its uuid as text. */
const projectIdText = sql<string>`${projects.id}::text`;

/**
 * One page of audit events, newest first, with the total. `groupId` null means the whole
 * installation (admins); otherwise only that group's events (scope first).
 */
export async function listAuditEvents(
  db: Executor,
  groupId: string | null,
  filters: AuditFilters,
): Promise<{ rows: AuditRow[]; total: number }> {
  const conditions: (SQL | undefined)[] = [groupId ? eq(auditEvents.groupId, groupId) : undefined];
  if (filters.actor) conditions.push(eq(auditEvents.actorId, filters.actor));
  if (filters.action) {
    conditions.push(
      filters.action.includes(".")
        ? eq(auditEvents.action, filters.action)
        : like(auditEvents.action, `${filters.action}.%`),
    );
  }
  if (filters.project) {
    const byCode = db
      .select({ id: projectIdText })
      .from(projects)
      .where(
        and(
          eq(projects.code, filters.project),
          groupId ? eq(projects.groupId, groupId) : undefined,
        ),
      );
    conditions.push(
      and(eq(auditEvents.entityType, "project"), inArray(auditEvents.entityId, byCode)),
    );
  }
  const rows = await db
    .select({
      id: auditEvents.id,
      at: auditEvents.createdAt,
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      before: auditEvents.before,
      after: auditEvents.after,
      ip: auditEvents.ip,
      actorName: actor.name,
      actorEmail: actor.email,
      groupSlug: workingGroups.slug,
      projectCode: projects.code,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(auditEvents)
    .leftJoin(actor, eq(actor.id, auditEvents.actorId))
    .leftJoin(workingGroups, eq(workingGroups.id, auditEvents.groupId))
    .leftJoin(
      projects,
      and(eq(auditEvents.entityType, "project"), eq(projectIdText, auditEvents.entityId)),
    )
    .where(and(...conditions))
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((filters.page - 1) * AUDIT_PAGE_SIZE);
  const total = rows[0]?.total ?? 0;
  return { rows: rows.map(({ total: _, ...row }) => row), total };
}

/** People who appear as actors (for the filter): the group's members, or every user for admins. */
export async function listAuditActors(db: Executor, groupId: string | null): Promise<AuditActor[]> {
  const inGroup = (id: string) =>
    or(
      exists(
        db
          .select({ userId: memberships.userId })
          .from(memberships)
          .where(and(eq(memberships.userId, users.id), eq(memberships.groupId, id))),
      ),
      exists(
        db
          .select({ id: auditEvents.id })
          .from(auditEvents)
          .where(and(eq(auditEvents.actorId, users.id), eq(auditEvents.groupId, id))),
      ),
    );
  return db
    .selectDistinct({ id: users.id, name: users.name })
    .from(users)
    .where(groupId ? inGroup(groupId) : undefined)
    .orderBy(users.name);
}
