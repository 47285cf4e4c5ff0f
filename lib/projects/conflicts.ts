import { and, asc, eq, gt, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { auditEvents, users } from "@/db/schema";
import { AppError } from "@/lib/errors";

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface ChangeEntry {
  at: string;
  actorName: string | null;
  action: string;
  fields: FieldChange[];
}

/** What the refused writer needs: the version to re-apply on, and what others changed. */
export interface ConflictData {
  currentVersion: number;
  changes: ChangeEntry[];
}

type Snapshot = Record<string, unknown> & { version?: number };

/**
 * The project writes after `version`, from the audit log (every project write records the
 * fields it changed, before and after, and the version it produced).
 */
export async function changesSince(
  db: Executor,
  projectId: string,
  version: number,
): Promise<ChangeEntry[]> {
  const rows = await db
    .select({
      at: auditEvents.createdAt,
      action: auditEvents.action,
      before: auditEvents.before,
      after: auditEvents.after,
      actorName: users.name,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(
      and(
        eq(auditEvents.entityType, "project"),
        eq(auditEvents.entityId, projectId),
        gt(sql`(${auditEvents.after}->>'version')::int`, version),
      ),
    )
    .orderBy(asc(auditEvents.createdAt))
    .limit(50);
  return rows.map((row) => {
    const before = (row.before ?? {}) as Snapshot;
    const after = (row.after ?? {}) as Snapshot;
    const fields = Object.keys(after)
      .filter(
        (key) => key !== "version" && JSON.stringify(before[key]) !== JSON.stringify(after[key]),
      )
      .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
    return { at: row.at.toISOString(), actorName: row.actorName, action: row.action, fields };
  });
}

/** Refuses a stale write, reporting what changed since the version the form started from. */
export async function staleVersion(
  db: Executor,
  projectId: string,
  startedFrom: number,
  currentVersion: number,
): Promise<never> {
  const data: ConflictData = {
    currentVersion,
    changes: await changesSince(db, projectId, startedFrom),
  };
  throw new AppError("conflict", { message: { key: "projects.conflict.message" }, data });
}
