import type { DatabaseHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { hashPassword } from "@/lib/auth/password";
import { type Env, readEnv } from "@/lib/env";
import { getDatabase } from "@/lib/server/instance";

/**
 * Runs once in the server process before it takes requests: validates the environment,
 * migrates, and (in demo mode) seeds an empty database. On PGlite this must happen here,
 * in the process that holds the data folder, never in a second process.
 */
export async function startUp(
  handle: DatabaseHandle = getDatabase(),
  env: Env = readEnv(),
): Promise<{ seeded: boolean }> {
  const started = Date.now();
  // Several app servers starting at once: migrations run under an advisory lock (one server
  // migrates, the others wait and find nothing to do), the demo seed under another.
  await migrateDatabase(handle);
  let seeded = false;
  if (env.demo) {
    // Loaded only in demo mode: a production server never carries the demo content.
    const { seedDemoIfEmpty } = await import("@/db/seed/demo");
    seeded = (await seedDemoIfEmpty(handle.db, { hashPassword })).seeded;
  }
  const where = handle.backend === "pglite" ? `PGlite (${env.PGLITE_DIR})` : "PostgreSQL";
  console.info(
    `[workplan] database ready on ${where} in ${Date.now() - started} ms${seeded ? ", demo data seeded" : ""}`,
  );
  return { seeded };
}

/** A server that cannot open or migrate its database must not linger answering 500s. */
export async function startUpOrExit(): Promise<void> {
  try {
    await startUp();
  } catch (error) {
    console.error(
      `\n[workplan] could not start: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  }
}
