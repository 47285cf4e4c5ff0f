import { sql } from "drizzle-orm";
import { type DatabaseHandle, queryRows } from "@/db/client";
import type { UpdateOutcome } from "./client";
import { projectSnapshot } from "./database";

export interface UpdateCheck {
  accepted: number;
  acceptedFound: number;
  acceptedMissing: number;
  acceptedWithoutAudit: number;
  refused: number;
  refusedButWritten: number;
  failed: number;
  /** Reported as failed to the client, yet committed (the answer was lost, e.g. in a kill). */
  failedButCommitted: number;
  historyRows: number;
  auditEvents: number;
  rowsWithoutAudit: number;
  auditWithoutRow: number;
  projectsTouched: number;
  /** Projects whose version did not move by exactly the number of updates written. */
  versionMismatches: string[];
  ok: boolean;
}

interface Row extends Record<string, unknown> {
  id: string;
  note: string;
  code: string;
}

interface AuditRow extends Record<string, unknown> {
  note: string;
  code: string;
  version: number;
}

/**
 * In the database, after the run: every acknowledged update is there with its audit event,
 * no refused one is, nothing is half-written (a history row without its audit event or the
 * other way round), and each project's version moved by exactly the updates it received.
 */
export async function checkUpdates(
  handle: DatabaseHandle,
  runId: string,
  outcomes: UpdateOutcome[],
  before: Map<string, { version: number; updates: number }>,
): Promise<UpdateCheck> {
  const pattern = `load ${runId} %`;
  const rows = await queryRows<Row>(
    handle.db,
    sql`select u.id, u.note, p.code from status_updates u join projects p on p.id = u.project_id
        where u.note like ${pattern}`,
  );
  const audits = await queryRows<AuditRow>(
    handle.db,
    sql`select e.after->>'note' as note, p.code, (e.after->>'version')::int as version
        from audit_events e join projects p on p.id::text = e.entity_id
        where e.action = 'project.status_update' and e.after->>'note' like ${pattern}`,
  );
  const rowById = new Map(rows.map((r) => [r.id, r]));
  const rowNotes = new Set(rows.map((r) => r.note));
  const auditByNote = new Map(audits.map((a) => [a.note, a]));

  const accepted = outcomes.filter((o) => o.outcome === "accepted");
  const refused = outcomes.filter((o) => o.outcome === "refused");
  const failed = outcomes.filter((o) => o.outcome === "failed");
  const found = accepted.filter((o) => o.updateId && rowById.get(o.updateId)?.note === o.note);
  const withAudit = found.filter((o) => auditByNote.get(o.note)?.version === o.version);

  const after = await projectSnapshot(handle);
  const touched = new Set(rows.map((r) => r.code));
  const versionMismatches: string[] = [];
  for (const code of touched) {
    const b = before.get(code);
    const a = after.get(code);
    if (!b || !a) continue;
    const written = a.updates - b.updates;
    const versions = audits
      .filter((e) => e.code === code)
      .map((e) => e.version)
      .sort((x, y) => x - y);
    const consecutive = versions.every((v, i) => v === b.version + i + 1);
    if (a.version - b.version !== written || versions.length !== written || !consecutive) {
      versionMismatches.push(`${code}: version ${b.version}→${a.version}, ${written} updates`);
    }
  }

  const check: UpdateCheck = {
    accepted: accepted.length,
    acceptedFound: found.length,
    acceptedMissing: accepted.length - found.length,
    acceptedWithoutAudit: found.length - withAudit.length,
    refused: refused.length,
    refusedButWritten: refused.filter((o) => rowNotes.has(o.note)).length,
    failed: failed.length,
    failedButCommitted: failed.filter((o) => rowNotes.has(o.note)).length,
    historyRows: rows.length,
    auditEvents: audits.length,
    rowsWithoutAudit: rows.filter((r) => !auditByNote.has(r.note)).length,
    auditWithoutRow: audits.filter((a) => !rowNotes.has(a.note)).length,
    projectsTouched: touched.size,
    versionMismatches,
    ok: false,
  };
  check.ok =
    check.acceptedMissing === 0 &&
    check.acceptedWithoutAudit === 0 &&
    check.refusedButWritten === 0 &&
    check.rowsWithoutAudit === 0 &&
    check.auditWithoutRow === 0 &&
    check.historyRows === check.acceptedFound + check.failedButCommitted &&
    versionMismatches.length === 0;
  return check;
}
