import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { queryRows, type Transaction } from "@/db/client";
import {
  auditEvents,
  type NewAuditEvent,
  type NewStatusUpdate,
  projects,
  statusUpdates,
} from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError } from "@/lib/errors";
import { setProjectPlaces } from "@/lib/places/writes";
import { snapshotOf } from "@/lib/projects/snapshot";
import { otherSide } from "@/lib/projects/status-updates/rules";
import { projectColumns, stampTextEdits, withUniqueCode } from "@/lib/projects/writes";
import { importDiff, type PlannedWrite } from "@/lib/spreadsheets/import/plan";

interface WriteContext {
  tx: Transaction;
  actor: SessionUser;
  groupId: string;
}

type Create = Extract<PlannedWrite, { kind: "create" }>;
type Update = Extract<PlannedWrite, { kind: "update" }>;

/** Rows per INSERT: PostgreSQL takes at most 65,535 parameters per statement. */
const CHUNK = 500;

function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) result.push(items.slice(i, i + CHUNK));
  return result;
}

/**
 * The database's clock, read once after the matched projects were locked: the import's status
 * updates then sort after every update applied before it, as a posted one does.
 */
async function databaseNow(tx: Transaction): Promise<Date> {
  const [row] = await queryRows(
    tx,
    sql`select to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as now`,
  );
  return clockReading(row);
}

/** The clock's row as a date; anything else is a bug, not a time to write. */
function clockReading(row: Record<string, unknown> | undefined): Date {
  const at = typeof row?.now === "string" ? new Date(row.now) : null;
  if (!at || Number.isNaN(at.getTime())) throw new Error("the database clock was not read");
  return at;
}

/**
 * Writes every planned row with the edit and create forms' effects — one new version per
 * changed project, text timestamps, a status update in the coordinator's name where status,
 * health or progress change (the other side asked to confirm it), an audit event per project.
 * The caller's transaction makes it all rows or none. New projects, status updates and audit
 * events go in as multi-row inserts, so a work plan of hundreds of rows takes a few queries.
 */
export async function applyImport(context: WriteContext, writes: readonly PlannedWrite[]) {
  const { tx, actor } = context;
  const now = await databaseNow(tx);
  const awaiting = otherSide(actor.delegation);
  const updates: NewStatusUpdate[] = [];
  const events: NewAuditEvent[] = [];
  const statusUpdate = (projectId: string, write: PlannedWrite, from: Update["current"] | null) =>
    updates.push({
      projectId,
      groupId: context.groupId,
      authorId: actor.id,
      authorDelegation: actor.delegation,
      createdAt: now,
      ...write.state,
      previousStatus: from?.status ?? null,
      previousHealth: from?.health ?? null,
      previousProgress: from?.progress ?? null,
    });
  const event = (action: string, projectId: string, before: unknown, after: unknown) =>
    events.push({
      actorId: actor.id,
      groupId: context.groupId,
      action,
      entityType: "project",
      entityId: projectId,
      before,
      after,
    });

  const placed: { projectId: string; keys: string[] }[] = [];
  const creates = writes.filter((w): w is Create => w.kind === "create");
  for (const batch of chunks(creates)) {
    const ids = await insertProjects(context, batch, now, awaiting);
    batch.forEach((write, i) => {
      const id = ids[i] as string;
      if (write.input.places.length) placed.push({ projectId: id, keys: write.input.places });
      if (write.statusUpdate) statusUpdate(id, write, null);
      event("project.import_create", id, null, {
        ...snapshotOf(write.input, []),
        ...write.state,
        version: 1,
      });
    });
  }
  for (const write of writes) {
    if (write.kind !== "update") continue;
    const { current, input, state } = write;
    const diff = importDiff(current, input);
    if (diff.fields.includes("places")) placed.push({ projectId: current.id, keys: input.places });
    const version = current.version + 1;
    const status = write.statusUpdate
      ? { ...state, lastUpdateAt: now, awaitingConfirmationFrom: awaiting }
      : {};
    await tx
      .update(projects)
      .set({
        ...projectColumns(input),
        ...status,
        textEditedAt: stampTextEdits(current.textEditedAt, current, input, now),
        version,
        updatedAt: now,
      })
      .where(and(eq(projects.id, current.id), eq(projects.groupId, context.groupId)));
    if (write.statusUpdate) statusUpdate(current.id, write, current);
    const before = { status: current.status, health: current.health, progress: current.progress };
    event(
      "project.import_update",
      current.id,
      { ...diff.before, ...(write.statusUpdate ? before : {}), version: current.version },
      { ...diff.after, ...(write.statusUpdate ? state : {}), version },
    );
  }
  await setProjectPlaces(tx, placed);
  for (const batch of chunks(updates)) await tx.insert(statusUpdates).values(batch);
  for (const batch of chunks(events)) await tx.insert(auditEvents).values(batch);
}

/** New projects in file order; their ids in the same order. */
async function insertProjects(
  { tx, actor, groupId }: WriteContext,
  batch: readonly Create[],
  now: Date,
  awaiting: ReturnType<typeof otherSide>,
): Promise<string[]> {
  const values = batch.map((write) => ({
    ...projectColumns(write.input),
    groupId,
    ...write.state,
    ...(write.statusUpdate ? { lastUpdateAt: now, awaitingConfirmationFrom: awaiting } : {}),
    textEditedAt: stampTextEdits({}, {}, write.input, now),
    createdById: actor.id,
    createdAt: now,
    updatedAt: now,
  }));
  try {
    const rows = await withUniqueCode(tx, (sp) =>
      sp.insert(projects).values(values).returning({ id: projects.id, code: projects.code }),
    );
    const idOf = new Map(rows.map((r) => [r.code, r.id]));
    return batch.map((write) => idOf.get(write.input.code) ?? "");
  } catch (error) {
    if (!(error instanceof AppError) || !error.details.fieldErrors?.code) throw error;
    // Someone took one of the new codes between the check and the write: name its row.
    const taken = await tx
      .select({ code: sql<string>`lower(${projects.code})` })
      .from(projects)
      .where(
        and(
          eq(projects.groupId, groupId),
          inArray(
            sql`lower(${projects.code})`,
            batch.map((w) => w.input.code.toLowerCase()),
          ),
        ),
      );
    const codes = new Set(taken.map((t) => t.code));
    const row = batch.find((w) => codes.has(w.input.code.toLowerCase()))?.row ?? batch[0]?.row;
    throw new AppError("conflict", {
      message: { key: "spreadsheets.errors.codeTaken", values: { row: row ?? 0 } },
    });
  }
}
