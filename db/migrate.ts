import { resolve } from "node:path";
import { sql } from "drizzle-orm";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { DatabaseHandle } from "./client";
import type * as schema from "./schema";

export const MIGRATIONS_DIR = resolve(process.cwd(), "db/migrations");

/** Applies drizzle-kit's SQL migrations; on PostgreSQL one app server at a time migrates. */
export async function migrateDatabase(handle: DatabaseHandle, migrationsFolder = MIGRATIONS_DIR) {
  if (handle.backend === "pglite") {
    await migratePglite(handle.db as unknown as PgliteDatabase<typeof schema>, {
      migrationsFolder,
    });
    return;
  }
  if (!handle.sql) throw new Error("postgres handle without a client");
  const connection = await handle.sql.reserve();
  try {
    await connection`select pg_advisory_lock(hashtext('workplan.migrate'))`;
    // The lock lives on the reserved connection; migrations run through the pool meanwhile.
    await migratePostgres(handle.db as unknown as PostgresJsDatabase<typeof schema>, {
      migrationsFolder,
    });
  } finally {
    await connection`select pg_advisory_unlock(hashtext('workplan.migrate'))`.catch(() => {});
    connection.release();
  }
}

export async function pingDatabase(handle: DatabaseHandle) {
  await handle.db.execute(sql`select 1`);
}
