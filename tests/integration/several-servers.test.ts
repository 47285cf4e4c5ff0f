/**
 * Several app servers on one PostgreSQL (issue 18): started at the same moment on an empty
 * database, one migrates and seeds while the other waits on the start-up lock — before, both
 * found no users and both seeded, and the second died on a unique key.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { count, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { type DatabaseHandle, openDatabase, queryRows } from "@/db/client";
import * as s from "@/db/schema";
import { readEnv } from "@/lib/env";
import { startUp } from "@/lib/server/startup";
import { adminSql, withDatabaseName } from "../support/backends";
import { testBackend } from "../support/db";

describe.runIf(testBackend() === "postgres")("two app servers starting at once", () => {
  it("migrate once and seed the demo once", { timeout: 120_000 }, async () => {
    const url = process.env.TEST_DATABASE_URL ?? "";
    const name = `workplan_two_${randomBytes(5).toString("hex")}`;
    const admin = adminSql(url);
    await admin.unsafe(`create database "${name}"`);
    const handles: DatabaseHandle[] = [0, 1].map(() =>
      openDatabase({ url: withDatabaseName(url, name), maxConnections: 4 }),
    );
    try {
      const env = readEnv({ NODE_ENV: "test", WORKPLAN_DEMO: "1" });
      const results = await Promise.all(handles.map((handle) => startUp(handle, env)));
      expect(results.map((r) => r.seeded).sort()).toEqual([false, true]);
      const db = handles[0]?.db;
      if (!db) throw new Error("no handle");
      const journal = JSON.parse(readFileSync("db/migrations/meta/_journal.json", "utf8")) as {
        entries: unknown[];
      };
      const applied = await queryRows<{ n: number; distinct: number }>(
        db,
        sql`select count(*)::int as n, count(distinct hash)::int as distinct from drizzle.__drizzle_migrations`,
      );
      expect(applied[0]).toEqual({ n: journal.entries.length, distinct: journal.entries.length });
      const [seeds] = await db
        .select({ n: count() })
        .from(s.auditEvents)
        .where(sql`${s.auditEvents.action} = 'demo.seeded'`);
      expect(seeds?.n).toBe(1);
    } finally {
      await Promise.all(handles.map((h) => h.close()));
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    }
  });
});
