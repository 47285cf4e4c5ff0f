// `npm run restore -- --in <file>`: restores a backup into the configured database, which must
// be new and empty (DATABASE_URL: an empty database; otherwise an absent or empty PGLITE_DIR).
import { parseArgs } from "node:util";
import nextEnv from "@next/env";
import { BackupRefused, backupKind, restorePglite, restorePostgres } from "@/db/backup";
import { DataDirLockedError } from "@/db/lock";
import { readEnv } from "@/lib/env";

const { values } = parseArgs({ options: { in: { type: "string" } } });
if (!values.in) {
  console.error("usage: npm run restore -- --in <file>");
  process.exit(2);
}
nextEnv.loadEnvConfig(process.cwd());
const env = readEnv();
const started = Date.now();
try {
  const kind = backupKind(values.in);
  const target = env.DATABASE_URL ? "postgres" : "pglite";
  if (kind !== target) {
    throw new BackupRefused(
      kind === "unknown"
        ? `${values.in} is not a Workplan backup.`
        : `${values.in} is a ${kind === "postgres" ? "PostgreSQL" : "PGlite"} backup, but the ` +
            `configured database is ${target === "postgres" ? "PostgreSQL (DATABASE_URL)" : "PGlite (DATABASE_URL unset)"}.`,
    );
  }
  if (env.DATABASE_URL) await restorePostgres(env.DATABASE_URL, values.in);
  else await restorePglite(env.PGLITE_DIR, values.in);
  console.info(
    `[workplan] ${values.in} restored into ${env.DATABASE_URL ? "PostgreSQL" : `PGlite (${env.PGLITE_DIR})`} ` +
      `in ${Date.now() - started} ms. Start the server with the same WORKPLAN_ENCRYPTION_KEY as before.`,
  );
} catch (error) {
  if (error instanceof BackupRefused || error instanceof DataDirLockedError) {
    console.error(`\n${error.message}\n`);
  } else {
    console.error(error);
  }
  process.exitCode = 1;
}
