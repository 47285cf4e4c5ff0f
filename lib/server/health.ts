import "server-only";
import { pingDatabase } from "@/db/migrate";
import { describeError, log } from "@/lib/log";
import { getDatabase } from "@/lib/server/db";
import { databaseAnswered, noteDatabaseFailure } from "@/lib/server/outage-watch";

const TIMEOUT_MS = 3000;

export type Health =
  | { status: "ok"; database: "pglite" | "postgres" }
  | { status: "error"; database: "pglite" | "postgres"; error: "database_unreachable" };

export async function checkHealth(): Promise<Health> {
  const handle = getDatabase();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      pingDatabase(handle),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("timeout")), TIMEOUT_MS);
      }),
    ]);
    // The database answers: so do pages, from this moment (lib/server/outage-watch.ts).
    databaseAnswered();
    return { status: "ok", database: handle.backend };
  } catch (error) {
    noteDatabaseFailure(error);
    const { name, message, code } = describeError(error);
    log.warn("health check: database unreachable", { error: { name, message, code } });
    return { status: "error", database: handle.backend, error: "database_unreachable" };
  } finally {
    clearTimeout(timer);
  }
}
