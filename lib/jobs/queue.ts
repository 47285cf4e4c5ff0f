import "server-only";
import { and, asc, eq, inArray, isNull, lt, lte, or, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { type Job, jobs } from "@/db/schema";
import { nextAttemptDelayMs } from "./rules";

export interface JobSpec {
  kind: string;
  /** Unique among all jobs ever queued: scheduled work is keyed so it is queued once. */
  key?: string;
  payload?: Record<string, unknown>;
  runAt?: Date;
  maxAttempts?: number;
}

/**
 * Queues work to run after the current transaction commits (the row becomes visible then): a
 * rolled-back change queues nothing. Jobs whose key is already queued are skipped; returns how
 * many were added.
 */
export async function enqueue(db: Executor, specs: JobSpec | readonly JobSpec[]): Promise<number> {
  const list = Array.isArray(specs) ? specs : [specs as JobSpec];
  if (!list.length) return 0;
  const added = await db
    .insert(jobs)
    .values(
      list.map((spec) => ({
        kind: spec.kind,
        key: spec.key ?? null,
        payload: spec.payload ?? {},
        ...(spec.runAt ? { runAt: spec.runAt } : {}),
        ...(spec.maxAttempts ? { maxAttempts: spec.maxAttempts } : {}),
      })),
    )
    .onConflictDoNothing({ target: jobs.key })
    .returning({ id: jobs.id });
  return added.length;
}

export type ClaimedJob = Job;

/**
 * Claims up to `limit` due jobs for this worker: rows another worker holds are skipped (FOR
 * UPDATE SKIP LOCKED), so each job is run by one worker at a time, however many app servers
 * poll. A claim is a lease: if its worker dies, the job is due again when the lease runs out.
 * Times come from the database, so servers with drifting clocks agree.
 */
export async function claim(
  db: Executor,
  worker: string,
  { limit = 10, leaseMs = 5 * 60_000 }: { limit?: number; leaseMs?: number } = {},
): Promise<ClaimedJob[]> {
  const now = sql`now()`;
  const due = db
    .select({ id: jobs.id })
    .from(jobs)
    .where(
      and(
        eq(jobs.state, "pending"),
        lte(jobs.runAt, now),
        or(isNull(jobs.lockedUntil), lt(jobs.lockedUntil, now)),
      ),
    )
    .orderBy(asc(jobs.runAt), asc(jobs.id))
    .limit(limit)
    .for("update", { skipLocked: true });
  return db
    .update(jobs)
    .set({
      lockedBy: worker,
      lockedUntil: sql`now() + ${`${leaseMs} milliseconds`}::interval`,
      attempts: sql`${jobs.attempts} + 1`,
    })
    .where(inArray(jobs.id, due))
    .returning();
}

/**
 * Marks claimed jobs done in one statement; answers the ids this worker still held (a job whose
 * lease ran out and was claimed again is left to its new holder).
 */
export async function complete(
  db: Executor,
  ids: readonly number[],
  worker: string,
): Promise<Set<number>> {
  if (!ids.length) return new Set();
  const done = await db
    .update(jobs)
    .set({
      state: "done",
      finishedAt: sql`now()`,
      lockedBy: null,
      lockedUntil: null,
      lastError: null,
    })
    .where(and(inArray(jobs.id, [...ids]), eq(jobs.lockedBy, worker), eq(jobs.state, "pending")))
    .returning({ id: jobs.id });
  return new Set(done.map((row) => row.id));
}

/**
 * A failed attempt: due again after a growing delay, or — after the last attempt, or at once
 * for a permanent failure — a dead letter an administrator can retry or discard.
 */
export async function fail(
  db: Executor,
  job: ClaimedJob,
  worker: string,
  reason: string,
  { permanent = false, baseDelayMs }: { permanent?: boolean; baseDelayMs?: number } = {},
): Promise<"retry" | "dead"> {
  const dead = permanent || job.attempts >= job.maxAttempts;
  const lastError = reason.slice(0, 2000);
  const released = { lockedBy: null, lockedUntil: null, lastError };
  await db
    .update(jobs)
    .set(
      dead
        ? { ...released, state: "dead", finishedAt: sql`now()` }
        : {
            ...released,
            runAt: sql`now() + ${`${nextAttemptDelayMs(job.attempts, baseDelayMs)} milliseconds`}::interval`,
          },
    )
    .where(and(eq(jobs.id, job.id), eq(jobs.lockedBy, worker)));
  return dead ? "dead" : "retry";
}
