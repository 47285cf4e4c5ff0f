import { type DatabaseHandle, type OpenOptions, openDatabase } from "@/db/client";
import { readEnv } from "@/lib/env";

type QueryErrorHook = NonNullable<OpenOptions["onQueryError"]>;

const globalForDb = globalThis as {
  __workplanDatabase?: DatabaseHandle;
  __workplanQueryErrorHook?: QueryErrorHook;
  __workplanQuerySuccessHook?: () => void;
};

/**
 * The process's one database handle. Kept on globalThis so that every module graph
 * (instrumentation, routes, hot reloads) shares it: PGlite must never be opened twice.
 */
export function getDatabase(): DatabaseHandle {
  if (!globalForDb.__workplanDatabase) {
    const { DATABASE_URL, PGLITE_DIR } = readEnv();
    globalForDb.__workplanDatabase = openDatabase({
      url: DATABASE_URL,
      dataDir: PGLITE_DIR,
      onQueryError: async (error, retried) =>
        globalForDb.__workplanQueryErrorHook?.(error, retried),
      onQuerySuccess: () => globalForDb.__workplanQuerySuccessHook?.(),
    });
  }
  return globalForDb.__workplanDatabase;
}

/** The process's handle if one was opened, without opening one. */
export function currentDatabase(): DatabaseHandle | undefined {
  return globalForDb.__workplanDatabase;
}

/** What the app does with a failed query before its caller sees the error (lib/server/db.ts). */
export function setQueryErrorHook(hook: QueryErrorHook): void {
  globalForDb.__workplanQueryErrorHook = hook;
}

/** What the app does after a query succeeded: ends an outage (lib/server/db.ts). */
export function setQuerySuccessHook(hook: () => void): void {
  globalForDb.__workplanQuerySuccessHook = hook;
}
