import { readEnv } from "@/lib/env";
import { type DatabaseHandle, openDatabase } from "./client";

const globalForDb = globalThis as { __workplanDatabase?: DatabaseHandle };

/**
 * The process's one database handle. Kept on globalThis so that every module graph
 * (instrumentation, routes, hot reloads) shares it: PGlite must never be opened twice.
 */
export function getDatabase(): DatabaseHandle {
  if (!globalForDb.__workplanDatabase) {
    const { DATABASE_URL, PGLITE_DIR } = readEnv();
    globalForDb.__workplanDatabase = openDatabase({ url: DATABASE_URL, dataDir: PGLITE_DIR });
  }
  return globalForDb.__workplanDatabase;
}
