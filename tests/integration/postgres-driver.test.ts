/**
 * Issue 18.9: postgres.js 3.4.9 threw an uncaught TypeError when PostgreSQL closed a connection
 * in the middle of a transaction — its own ROLLBACK, written after the socket was gone, crashed
 * from a timer (upstream porsager/postgres#1154, #1208; no release fixes it) — and the connection
 * then never came back (its next start-up message went out behind stale bytes: CONNECT_TIMEOUT).
 * scripts/patch-postgres.mjs mends the driver at install; here PostgreSQL ends the backend of a
 * transaction with a statement in flight, as a shutdown does.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, openDatabase, queryRows } from "@/db/client";
import { adminSql } from "../support/backends";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";

describe.runIf(testBackend() === "postgres")("the PostgreSQL driver when a backend dies", () => {
  let t: TestDatabase;
  let handle: DatabaseHandle;
  const uncaught: unknown[] = [];
  const record = (error: unknown) => uncaught.push(error);

  beforeAll(async () => {
    t = await createTestDatabase();
    handle = openDatabase({ url: t.url, maxConnections: 1 });
    process.on("uncaughtException", record);
  });
  afterAll(async () => {
    process.off("uncaughtException", record);
    await handle?.close();
    await t?.destroy();
  });

  it("rejects the transaction, throws nothing from a timer, and the pool answers again", {
    timeout: 60_000,
  }, async () => {
    const killer = adminSql(process.env.TEST_DATABASE_URL ?? "");
    try {
      for (let round = 0; round < 3; round++) {
        let pid: number | null = null;
        const transaction = handle.db.transaction(async (tx) => {
          const [row] = await queryRows<{ pid: number }>(tx, sql`select pg_backend_pid() as pid`);
          pid = row?.pid ?? null;
          await tx.execute(sql`select pg_sleep(2)`);
        });
        const outcome = transaction.then(
          () => "committed",
          (error: unknown) => error,
        );
        while (pid === null) await new Promise((r) => setTimeout(r, 20));
        await killer`select pg_terminate_backend(${pid})`;
        expect(await outcome).toBeInstanceOf(Error);
        // Timers the driver set while the connection died have run by now.
        await new Promise((r) => setTimeout(r, 300));
        expect(uncaught).toEqual([]);
        // The same (single) connection comes back for the next statement, well before the
        // connect timeout (10 s).
        const started = Date.now();
        const [row] = await queryRows<{ one: number }>(handle.db, sql`select 1 as one`);
        expect(row?.one).toBe(1);
        expect(Date.now() - started).toBeLessThan(5000);
      }
    } finally {
      await killer.end();
    }
  });
});
