import "server-only";
import type { Executor } from "@/db/client";
import { auditEvents } from "@/db/schema";

export interface AuditEntry {
  actorId: string | null;
  groupId: string | null;
  /** A code such as "project.status_update", rendered per language by the audit viewer. */
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
}

export async function writeAudit(db: Executor, entry: AuditEntry): Promise<void> {
  await db.insert(auditEvents).values({
    actorId: entry.actorId,
    groupId: entry.groupId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    ip: entry.ip ?? null,
  });
}
