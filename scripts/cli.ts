import nextEnv from "@next/env";
import { type DatabaseHandle, openDatabase } from "@/db/client";
import { DataDirLockedError } from "@/db/lock";
import { readEnv } from "@/lib/env";

/** Opens the configured database for a command-line script, with a clear message when it cannot. */
export async function withDatabase(task: (handle: DatabaseHandle) => Promise<void>): Promise<void> {
  nextEnv.loadEnvConfig(process.cwd());
  let handle: DatabaseHandle | undefined;
  try {
    const env = readEnv();
    handle = openDatabase({ url: env.DATABASE_URL, dataDir: env.PGLITE_DIR });
    await task(handle);
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      console.error(`\n${error.message}\n`);
    } else {
      console.error(error);
    }
    process.exitCode = 1;
  } finally {
    await handle?.close();
  }
}
