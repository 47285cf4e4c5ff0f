/**
 * The job queue behind every email: each job runs once however many workers (app servers)
 * poll the same database; a failure is retried later, and after the last attempt (or at once
 * for a permanent failure) kept as a dead letter.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type DatabaseHandle, openDatabase } from "@/db/client";
import * as s from "@/db/schema";
import { claim, enqueue } from "@/lib/jobs/queue";
import { PermanentJobError } from "@/lib/jobs/rules";
import { type JobHandler, recordAfterSend, startWorker } from "@/lib/jobs/worker";
import { outageState } from "@/lib/server/outage";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";

let t: TestDatabase;
/** A second connection pool on the same database: a second app server (PostgreSQL only). */
let second: DatabaseHandle | undefined;

beforeAll(async () => {
  t = await createTestDatabase();
  if (t.url) second = openDatabase({ url: t.url, maxConnections: 5 });
});
afterAll(async () => {
  await second?.close();
  await t.destroy();
});
beforeEach(async () => {
  await t.db.delete(s.jobs);
});

async function until(condition: () => Promise<boolean>, timeoutMs = 30_000) {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const pending = async () =>
  (await t.db.select({ id: s.jobs.id }).from(s.jobs).where(eq(s.jobs.state, "pending"))).length;

describe(`job queue (${testBackend()})`, () => {
  it("runs 1,000 jobs with two workers, each exactly once", async () => {
    await enqueue(
      t.db,
      Array.from({ length: 1000 }, (_, i) => ({ kind: "deliver", payload: { n: i } })),
    );
    const runs: number[] = [];
    const byWorker = new Map<string, number>();
    const handler =
      (worker: string): JobHandler =>
      async (job) => {
        runs.push(Number((job.payload as { n: number }).n));
        byWorker.set(worker, (byWorker.get(worker) ?? 0) + 1);
        // A little I/O, as sending a mail has, so the workers interleave.
        await new Promise((resolve) => setTimeout(resolve, 1));
      };
    const a = startWorker({ db: t.db, handlers: { deliver: handler("a") }, name: "a", pollMs: 10 });
    const b = startWorker({
      db: second?.db ?? t.db,
      handlers: { deliver: handler("b") },
      name: "b",
      pollMs: 10,
    });
    await until(async () => (await pending()) === 0);
    await Promise.all([a.stop(), b.stop()]);
    expect(runs).toHaveLength(1000);
    expect(new Set(runs).size).toBe(1000);
    expect(byWorker.get("a")).toBeGreaterThan(0);
    expect(byWorker.get("b")).toBeGreaterThan(0);
    const done = await t.db.select().from(s.jobs).where(eq(s.jobs.state, "done"));
    expect(done).toHaveLength(1000);
    expect(done.every((job) => job.attempts === 1)).toBe(true);
  });

  it("keeps claiming while a slow job runs: one slow mail holds up no other", async () => {
    await enqueue(
      t.db,
      Array.from({ length: 40 }, (_, i) => ({ kind: "deliver", payload: { n: i } })),
    );
    let release = () => {};
    const slow = new Promise<void>((resolve) => {
      release = resolve;
    });
    const finished: number[] = [];
    const worker = startWorker({
      db: t.db,
      name: "pipelined",
      pollMs: 10,
      batch: 4,
      handlers: {
        deliver: async (job) => {
          const n = Number((job.payload as { n: number }).n);
          // Job 0 (in whichever claim it comes) waits until every other job is done.
          if (n === 0) await slow;
          else await new Promise((resolve) => setTimeout(resolve, 1));
          finished.push(n);
        },
      },
    });
    await until(async () => finished.length === 39);
    expect(finished).not.toContain(0);
    release();
    await until(async () => (await pending()) === 0);
    await worker.stop();
    expect(finished.sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i));
  });

  it("queues keyed work once, however often it is asked for", async () => {
    const spec = { kind: "reminder", key: "reminder:meeting-6:14" };
    expect(await enqueue(t.db, spec)).toBe(1);
    expect(await enqueue(t.db, [spec, spec])).toBe(0);
    expect(await t.db.select().from(s.jobs)).toHaveLength(1);
  });

  it("retries a failing job later and runs it once the failure has passed", async () => {
    await enqueue(t.db, { kind: "flaky" });
    let calls = 0;
    const worker = startWorker({
      db: t.db,
      name: "w",
      pollMs: 10,
      baseDelayMs: 20,
      handlers: {
        flaky: async () => {
          calls += 1;
          if (calls < 3) throw new Error("421 service not available");
        },
      },
    });
    await until(async () => (await pending()) === 0);
    await worker.stop();
    const [job] = await t.db.select().from(s.jobs);
    expect(job).toMatchObject({ state: "done", attempts: 3 });
    expect(calls).toBe(3);
  });

  it("keeps a dead letter after the last attempt, and at once for a permanent failure", async () => {
    await enqueue(t.db, [
      { kind: "down", maxAttempts: 2 },
      { kind: "refused", maxAttempts: 8 },
    ]);
    const worker = startWorker({
      db: t.db,
      name: "w",
      pollMs: 10,
      baseDelayMs: 10,
      handlers: {
        down: async () => {
          throw new Error("connection refused");
        },
        refused: async () => {
          throw new PermanentJobError("550 no such user");
        },
      },
    });
    await until(async () => (await pending()) === 0);
    await worker.stop();
    const rows = await t.db.select().from(s.jobs).orderBy(s.jobs.id);
    expect(rows.map((r) => [r.kind, r.state, r.attempts, r.lastError])).toEqual([
      ["down", "dead", 2, "connection refused"],
      ["refused", "dead", 1, "550 no such user"],
    ]);
  });

  it("does not hand a claimed job to another worker while its lease runs", async () => {
    await enqueue(t.db, { kind: "slow" });
    const first = await claim(t.db, "a", { leaseMs: 60_000 });
    const again = await claim(second?.db ?? t.db, "b", { leaseMs: 60_000 });
    expect(first).toHaveLength(1);
    expect(again).toHaveLength(0);
  });

  it("queues nothing when the change that asked for it is rolled back", async () => {
    await expect(
      t.db.transaction(async (tx) => {
        await enqueue(tx, { kind: "deliver", key: "rolled-back" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await t.db.select().from(s.jobs)).toHaveLength(0);
  });

  it("records what was sent once the database is back, instead of failing the job (sent twice)", async () => {
    // A mail the SMTP server accepted while the database went away: its "sent" is written as
    // soon as the database answers again; any other error is not waited for.
    const gone = openDatabase({
      url: "postgres://workplan@127.0.0.1:9/stopped",
      maxConnections: 1,
    });
    let attempts = 0;
    try {
      const recorded = await recordAfterSend(async () => {
        attempts++;
        if (attempts < 3) await gone.db.select().from(s.jobs);
        return "recorded";
      });
      expect(recorded).toBe("recorded");
      expect(attempts).toBe(3);
      await expect(
        recordAfterSend(async () => {
          throw new Error("a constraint, not an outage");
        }),
      ).rejects.toThrow("a constraint, not an outage");
    } finally {
      Object.assign(outageState(), { down: false, since: null });
      await gone.close();
    }
  });
});
