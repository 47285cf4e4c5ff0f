import "server-only";
import { hostname } from "node:os";
import type { Database } from "@/db/client";
import { log, logUnexpected } from "@/lib/log";
import { noteDatabaseFailure } from "@/lib/server/outage-watch";
import { coalesce } from "./coalesce";
import { type ClaimedJob, claim, complete, fail } from "./queue";
import { PermanentJobError } from "./rules";

/**
 * Records what has already happened outside the database (a mail the SMTP server accepted):
 * while the database is away the write is tried again, with a growing pause, for as long as a
 * claim lasts — instead of failing the job, which would send the mail a second time. Any other
 * error is thrown at once.
 */
export async function recordAfterSend<T>(
  write: () => Promise<T>,
  { giveUpAfterMs = 5 * 60_000 }: { giveUpAfterMs?: number } = {},
): Promise<T> {
  const started = Date.now();
  for (let pause = 250; ; pause = Math.min(pause * 2, 5_000)) {
    try {
      return await write();
    } catch (error) {
      if (!noteDatabaseFailure(error) || Date.now() - started > giveUpAfterMs) throw error;
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}

/** What runs a kind of job. It must be safe to run again: a job may be retried after a failure. */
export type JobHandler = (job: ClaimedJob, context: { db: Database }) => Promise<void>;

export interface WorkerOptions {
  db: Database;
  handlers: Record<string, JobHandler>;
  /** Shown in `locked_by`: host, process and a counter. */
  name?: string;
  /** How long to sleep when nothing was due. */
  pollMs?: number;
  /** How many jobs it holds at once (default 50: the SMTP pool's 25 connections kept busy). */
  batch?: number;
  leaseMs?: number;
  /** The first retry's delay (tests make it short). */
  baseDelayMs?: number;
  /** Called with each finished job (tests and benchmarks watch progress with it). */
  onSettled?: (job: ClaimedJob, outcome: "done" | "retry" | "dead") => void;
}

export interface Worker {
  name: string;
  /** Looks for work now instead of at the next poll (after a commit that queued some). */
  wake(): void;
  /** Stops claiming, waits for the jobs in hand, then resolves. */
  stop(): Promise<void>;
}

let counter = 0;

/**
 * A polling worker: claims due jobs from the database, runs each with its handler, and marks
 * it done, due again later, or dead. Every app server process runs one; the claim makes each
 * job run once however many there are.
 */
export function startWorker(options: WorkerOptions): Worker {
  const name = options.name ?? `${hostname()}:${process.pid}:${++counter}`;
  const pollMs = options.pollMs ?? 1000;
  let stopped = false;
  let wakeUp: (() => void) | null = null;

  // The jobs that finish together are marked done by one statement.
  const markDone = coalesce(async (ids: readonly number[]) => {
    const done = await complete(options.db, ids, name);
    return new Map(ids.map((id) => [id, done.has(id)]));
  });

  const runOne = async (job: ClaimedJob) => {
    const handler = options.handlers[job.kind];
    let outcome: "done" | "retry" | "dead";
    try {
      if (!handler) throw new PermanentJobError(`no handler for job kind "${job.kind}"`);
      await handler(job, { db: options.db });
      // Done, even if the database went away while the job ran: its effect has happened.
      outcome = (await recordAfterSend(() => markDone(job.id))) ? "done" : "retry";
    } catch (error) {
      const permanent = error instanceof PermanentJobError;
      const reason = error instanceof Error ? error.message : String(error);
      outcome = await fail(options.db, job, name, reason, {
        permanent,
        baseDelayMs: options.baseDelayMs,
      });
      log.warn("job failed", { job: job.kind, id: job.id, attempt: job.attempts, outcome, reason });
    }
    options.onSettled?.(job, outcome);
  };

  const batch = options.batch ?? 50;
  /** The jobs running now: claimed as room frees up, so that one slow job holds up no other. */
  const inFlight = new Set<Promise<void>>();

  /**
   * Sleeps until half the jobs in hand have finished (then there is room to claim a few more in
   * one statement), a wake-up, or — with nothing in hand — the next poll.
   */
  const pause = () =>
    new Promise<void>((resolve) => {
      const timer = inFlight.size ? null : setTimeout(resolve, pollMs);
      const wake = () => {
        if (timer) clearTimeout(timer);
        resolve();
      };
      wakeUp = wake;
      const roomy = () => {
        if (inFlight.size <= batch / 2) wake();
      };
      for (const job of inFlight) job.then(roomy, roomy);
    }).finally(() => {
      wakeUp = null;
    });

  const loop = async () => {
    while (!stopped) {
      const room = batch - inFlight.size;
      let claimed: ClaimedJob[] = [];
      if (room > 0) {
        try {
          claimed = await claim(options.db, name, { limit: room, leaseMs: options.leaseMs });
        } catch (error) {
          // The database went away: the outage handling knows; try again at the next poll.
          if (!noteDatabaseFailure(error))
            logUnexpected("job worker failed", error, { worker: name });
        }
      }
      // Mail goes out over a pool of SMTP connections: the jobs in hand run side by side.
      for (const job of claimed) {
        const running: Promise<void> = runOne(job)
          .catch((error) => {
            logUnexpected("job worker failed", error, { worker: name });
          })
          .finally(() => inFlight.delete(running));
        inFlight.add(running);
      }
      if (stopped) break;
      await pause();
    }
    await Promise.all(inFlight);
  };

  const running = loop();
  return {
    name,
    wake: () => wakeUp?.(),
    stop: async () => {
      stopped = true;
      wakeUp?.();
      await running;
    },
  };
}
