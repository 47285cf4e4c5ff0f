import { type ChildProcess, spawn } from "node:child_process";
import {
  chmodSync,
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  writeFileSync,
} from "node:fs";
import { Transform } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import postgres from "postgres";
import { openDatabase } from "./client";

/** What a backup file holds, from its first bytes. */
export function backupKind(file: string): "postgres" | "pglite" | "unknown" {
  const head = Buffer.alloc(5);
  const fd = openSync(file, "r");
  try {
    readSync(fd, head, 0, 5, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString("latin1") === "PGDMP") return "postgres";
  if (head[0] === 0x1f && head[1] === 0x8b) return "pglite";
  return "unknown";
}

export class BackupRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupRefused";
  }
}

/** The URL without its password, which goes in the environment (never on a command line). */
function connection(url: string) {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return {
    dbname: parsed.toString(),
    env: password ? { ...process.env, PGPASSWORD: password } : process.env,
  };
}

async function pgDump(url: string, args: string[]): Promise<void> {
  const { dbname, env } = connection(url);
  const child = spawn("pg_dump", [`--dbname=${dbname}`, ...args], {
    env,
    stdio: ["ignore", "ignore", "pipe"],
  });
  await finished("pg_dump", child);
}

/**
 * A backup holds password hashes and sealed two-factor secrets: its file is created readable
 * and writable by its owner only (0600), before a byte is written, whatever the umask.
 */
function ownerOnlyFile(path: string): void {
  closeSync(openSync(path, "w", 0o600));
  chmodSync(path, 0o600); // when it existed already, with another mode
}

/** pg_dump in its custom format (compressed, restored with pg_restore); online, consistent. */
export async function backupPostgres(url: string, file: string): Promise<void> {
  const partial = `${file}.partial`;
  // pg_dump truncates and writes the file it is given, keeping its mode.
  ownerOnlyFile(partial);
  await pgDump(url, ["--format=custom", `--file=${partial}`]);
  renameSync(partial, file);
}

/** pg_dump makes every restore session run with an empty search_path (CVE-2018-1058). */
const EMPTY_SEARCH_PATH = "SELECT pg_catalog.set_config('search_path', '', false);";

/**
 * Restores into an empty database, in one transaction: all of it or nothing. pg_restore writes
 * the SQL and psql runs it with `public` on the search path: workplan_project_search_text
 * (migration 0002) calls workplan_fold without its schema, and PostgreSQL inlines it while
 * creating the projects table's generated column, which fails under the empty search path a
 * plain pg_restore sets. Nobody else can create objects in a new database meanwhile, so the
 * reason for the empty search path does not apply here.
 */
export async function restorePostgres(url: string, file: string): Promise<void> {
  if (backupKind(file) !== "postgres") {
    throw new BackupRefused(`${file} is not a PostgreSQL backup (pg_dump custom format).`);
  }
  const sql = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    const [row] = await sql<{ n: number }[]>`
      select count(*)::int as n from information_schema.tables
      where table_schema not in ('pg_catalog', 'information_schema')`;
    if ((row?.n ?? 0) > 0) {
      throw new BackupRefused(
        "The target database is not empty: restore into a new, empty database " +
          "(createdb …, then point DATABASE_URL at it).",
      );
    }
  } finally {
    await sql.end({ timeout: 5 });
  }
  // Streamed: a large installation's script is not held in memory.
  const { dbname, env } = connection(url);
  const restore = spawn("pg_restore", ["--no-owner", "--no-privileges", "--file=-", file], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const psql = spawn(
    "psql",
    [
      `--dbname=${dbname}`,
      "--no-psqlrc",
      "--quiet",
      "--set=ON_ERROR_STOP=1",
      "--single-transaction",
    ],
    { env, stdio: ["pipe", "ignore", "pipe"] },
  );
  restore.stdout.pipe(replaceLine(EMPTY_SEARCH_PATH, PUBLIC_SEARCH_PATH)).pipe(psql.stdin);
  await Promise.all([finished("pg_restore", restore), finished("psql", psql)]);
}

const PUBLIC_SEARCH_PATH = "SELECT pg_catalog.set_config('search_path', 'public', false);";

/** Replaces whole lines equal to `line` in a text stream. */
function replaceLine(line: string, by: string): Transform {
  let rest = "";
  // A chunk may end inside a multi-byte character: the decoder keeps it for the next one.
  const decoder = new StringDecoder("utf8");
  const swap = (text: string) => (text === line ? by : text);
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      const lines = (rest + decoder.write(chunk)).split("\n");
      rest = lines.pop() ?? "";
      done(null, lines.map((l) => `${swap(l)}\n`).join(""));
    },
    flush(done) {
      done(null, swap(rest + decoder.end()));
    },
  });
}

function finished(name: string, child: ChildProcess): Promise<void> {
  const err: Buffer[] = [];
  child.stderr?.on("data", (chunk: Buffer) => err.push(chunk));
  return new Promise((resolve, reject) => {
    child.on("error", (error: NodeJS.ErrnoException) => reject(missingTool(name, error)));
    child.on("close", (code) =>
      code === 0
        ? resolve()
        : reject(
            new BackupRefused(`${name} failed: ${Buffer.concat(err).toString("utf8").trim()}`),
          ),
    );
  });
}

function missingTool(name: string, error: NodeJS.ErrnoException): Error {
  return error.code === "ENOENT"
    ? new BackupRefused(
        `${name} was not found: install the PostgreSQL client tools (Debian: ` +
          "postgresql-client), of the server's major version or newer.",
      )
    : error;
}

/**
 * PGlite's own dump of its data folder (a .tar.gz), taken by this process, which must hold the
 * folder: while a server runs on it, opening it fails with the lock's message (stop it first).
 */
export async function backupPglite(dataDir: string, file: string): Promise<void> {
  if (!existsSync(dataDir))
    throw new BackupRefused(`There is no PGlite data folder at ${dataDir}.`);
  const handle = openDatabase({ dataDir });
  try {
    // dumpDataDir does not wait for the database to be ready by itself.
    await handle.pglite?.waitReady;
    const dump = await handle.pglite?.dumpDataDir("gzip");
    if (!dump) throw new Error("PGlite returned no dump");
    const partial = `${file}.partial`;
    ownerOnlyFile(partial);
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, file);
  } finally {
    await handle.close();
  }
}

/** Unpacks a PGlite backup into a new (absent or empty) data folder and checks it opens. */
export async function restorePglite(dataDir: string, file: string): Promise<void> {
  if (backupKind(file) !== "pglite") {
    throw new BackupRefused(`${file} is not a PGlite backup (a .tar.gz of a data folder).`);
  }
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    throw new BackupRefused(
      `${dataDir} is not empty: restore into a new folder (set PGLITE_DIR to it), ` +
        "or move the old one away first.",
    );
  }
  const handle = openDatabase({ dataDir, loadDataDir: new Blob([readFileSync(file)]) });
  try {
    await handle.pglite?.query("select 1");
  } finally {
    await handle.close();
  }
}
