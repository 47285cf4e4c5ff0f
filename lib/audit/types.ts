/** One event of the audit log as the log page shows it. */
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

/** Someone offered in the log's "who" filter. */
export interface AuditActor {
  id: string;
  name: string;
}
