import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { type DatabaseHandle, openDatabase } from "@/db/client";
import { adminSql, TEMPLATE_DUMP, templateDatabaseName, withDatabaseName } from "./backends";

export type TestBackend = "pglite" | "postgres";

export function testBackend(): TestBackend {
  return process.env.WORKPLAN_TEST_BACKEND === "postgres" ? "postgres" : "pglite";
}

export interface TestDatabase extends DatabaseHandle {
  /** Closes and removes the database. */
  destroy(): Promise<void>;
  /** PostgreSQL only: its address, for a second connection pool (a second app server). */
  url?: string;
}

/** A fresh, migrated database for one test file: a copy of the run's template. */
export async function createTestDatabase(
  options: { onQuery?: (query: string) => void } = {},
): Promise<TestDatabase> {
  if (testBackend() === "postgres") {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error("TEST_DATABASE_URL is not set");
    const name = `workplan_t_${randomBytes(6).toString("hex")}`;
    const admin = adminSql(url);
    await admin.unsafe(`create database "${name}" template "${templateDatabaseName()}"`);
    await admin.end();
    const handle = openDatabase({
      url: withDatabaseName(url, name),
      maxConnections: 20,
      ...options,
    });
    return {
      ...handle,
      url: withDatabaseName(url, name),
      destroy: async () => {
        await handle.close();
        const cleanup = adminSql(url);
        await cleanup.unsafe(`drop database if exists "${name}" with (force)`);
        await cleanup.end();
      },
    };
  }
  const dump = new Blob([readFileSync(TEMPLATE_DUMP)]);
  const handle = openDatabase({ dataDir: "memory://", loadDataDir: dump, ...options });
  return { ...handle, destroy: () => handle.close() };
}
