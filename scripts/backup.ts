// `npm run backup -- --out <file>`: a backup of the configured database (DATABASE_URL: pg_dump
// custom format, online; otherwise the PGlite folder as a .tar.gz, with the server stopped).
import { parseArgs } from "node:util";
import nextEnv from "@next/env";
import { BackupRefused, backupPglite, backupPostgres } from "@/db/backup";
import { DataDirLockedError } from "@/db/lock";
import { readEnv } from "@/lib/env";

const { values } = parseArgs({ options: { out: { type: "string" } } });
if (!values.out) {
  console.error("usage: npm run backup -- --out <file>");
  process.exit(2);
}
nextEnv.loadEnvConfig(process.cwd());
const env = readEnv();
const started = Date.now();
try {
  if (env.DATABASE_URL) await backupPostgres(env.DATABASE_URL, values.out);
  else await backupPglite(env.PGLITE_DIR, values.out);
  console.info(
    `[workplan] ${env.DATABASE_URL ? "PostgreSQL" : `PGlite (${env.PGLITE_DIR})`} backed up to ` +
      `${values.out} in ${Date.now() - started} ms`,
  );
} catch (error) {
  if (error instanceof DataDirLockedError) {
    console.error(
      `\n${error.message}\n\nA PGlite backup is taken with the server stopped: stop it, run ` +
        "`npm run backup` again, then start the server.\n",
    );
  } else if (error instanceof BackupRefused) {
    console.error(`\n${error.message}\n`);
  } else {
    console.error(error);
  }
  process.exitCode = 1;
}
