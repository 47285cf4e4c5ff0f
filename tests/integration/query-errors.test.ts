import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, MEMORY, openDatabase } from "@/db/client";
import * as s from "@/db/schema";
import { isDatabaseUnavailable } from "@/lib/errors";
import { testBackend } from "../support/db";

const handles: DatabaseHandle[] = [];
afterAll(async () => {
  await Promise.all(handles.map((h) => h.close()));
});

/** Where every failed query goes before its caller sees it (the app's outage handling). */
describe(`the query-error hook (${testBackend()})`, () => {
  it("sees the failure of a query, a builder and a transaction, and may throw instead", async () => {
    const seen: unknown[] = [];
    const handle = openDatabase({
      dataDir: MEMORY,
      onQueryError: async (error) => {
        seen.push(error);
        if (String((error as Error).message).includes("replace me")) throw new Error("replaced");
        return undefined;
      },
    });
    handles.push(handle);
    await expect(handle.db.execute(sql`select * from nowhere`)).rejects.toThrow(/nowhere/);
    await expect(handle.db.select().from(s.users)).rejects.toThrow(/users/);
    await expect(
      handle.db.transaction(async (tx) => {
        await tx.execute(sql`select 1`);
        throw new Error("replace me");
      }),
    ).rejects.toThrow("replaced");
    expect(seen).toHaveLength(3);
    // The database still answers: a failed query does not break the handle.
    await expect(handle.db.execute(sql`select 1`)).resolves.toBeDefined();
  });

  it("sends a statement that never reached the server once more when asked to", async () => {
    const calls: boolean[] = [];
    const handle = openDatabase({
      url: "postgres://workplan@127.0.0.1:9/nothing",
      maxConnections: 1,
      onQueryError: async (error) => {
        calls.push(isDatabaseUnavailable(error));
        return "retry";
      },
    });
    handles.push(handle);
    await expect(handle.db.execute(sql`select 1`)).rejects.toThrow();
    // The first failure asked for a retry; the retry's failure is final.
    expect(calls).toEqual([true, true]);
  });
});
