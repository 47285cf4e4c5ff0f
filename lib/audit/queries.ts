import { and, desc, eq, like, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import type { Executor } from "@/db/client";
import { auditEvents, projects, users, workingGroups } from "@/db/schema";
import { isStorableText, UUID_PATTERN as UUID } from "@/lib/validation";

export const AUDIT_PAGE_SIZE = 50;
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** The viewer's filters, from the URL; never throws. */
export const auditFiltersSchema = z.object({
  actor: z
    .preprocess(first, z.string().optional())
    .transform((v) => (v && UUID.test(v) ? v : undefined)),
  project: z
    .preprocess(first, z.string().optional())
    .transform((v) => v?.trim().slice(0, 64))
    // No project code holds what PostgreSQL cannot compare (NUL): such a filter is dropped.
    .transform((v) => (v && isStorableText(v) ? v : undefined)),
  action: z
    .preprocess(first, z.string().optional())
    .transform((v) => (v && /^[a-z_]+(\.[a-z_]+)?$/.test(v) ? v : undefined)),
  page: z
    .preprocess(first, z.string().optional())
    .transform((v) => (v && /^\d{1,6}$/.test(v) ? Math.max(1, Number(v)) : 1)),
});
export type AuditFilters = z.output<typeof auditFiltersSchema>;

export function parseAuditFilters(
  params: Record<string, string | string[] | undefined>,
): AuditFilters {
  return auditFiltersSchema.parse(params);
}

export interface AuditRow {
  id: number;
  at: Date;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  actorName: string | null;
  actorEmail: string | null;
  groupSlug: string | null;
  projectCode: string | null;
}

const actor = alias(users, "actor");

/**
 * One page of audit events, newest first, with the total. `groupId` null means the whole
 * installation (admins); otherwise only that group's events (scope first).
 */
export async function listAuditEvents(db: Executor, groupId: string | null, filters: AuditFilters) {
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
    const byCode = sql`(select p.id::text from projects p where p.code = ${filters.project}
      ${groupId ? sql`and p.group_id = ${groupId}` : sql``})`;
    conditions.push(
      and(eq(auditEvents.entityType, "project"), sql`${auditEvents.entityId} in ${byCode}`) as SQL,
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
      and(
        eq(auditEvents.entityType, "project"),
        eq(sql`${projects.id}::text`, auditEvents.entityId),
      ),
    )
    .where(and(...conditions))
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((filters.page - 1) * AUDIT_PAGE_SIZE);
  const total = rows[0]?.total ?? 0;
  return { rows: rows.map(({ total: _, ...row }) => row as AuditRow), total };
}

/** People who appear as actors (for the filter): the group's members, or every user for admins. */
export async function listAuditActors(db: Executor, groupId: string | null) {
  const rows = await db
    .selectDistinct({ id: users.id, name: users.name })
    .from(users)
    .where(
      groupId
        ? or(
            sql`exists (select 1 from memberships m where m.user_id = ${users.id} and m.group_id = ${groupId})`,
            sql`exists (select 1 from audit_events a where a.actor_id = ${users.id} and a.group_id = ${groupId})`,
          )
        : undefined,
    )
    .orderBy(users.name);
  return rows;
}
