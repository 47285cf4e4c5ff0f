import { sql } from "drizzle-orm";
import type { Executor, Transaction } from "@/db/client";

/**
 * The audit log and the status history are append-only (triggers, migrations 0001 and 0011).
 * A test that must move time — backdate an event to see what an hour later looks like — runs
 * its statements here, with triggers off for this transaction only (as the superuser tests
 * connect as; the app's own role never could).
 */
export function rewritingHistory<T>(db: Executor, body: (tx: Transaction) => Promise<T>) {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    return body(tx);
  });
}
