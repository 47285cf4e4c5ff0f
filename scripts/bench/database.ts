/**
 * The bench's database: the large set (seeded when missing), migrated, then copied so that
 * the run's writes (status updates, dashboard visits) never touch the seeded source.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import postgres from "postgres";
import { type DatabaseHandle, openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import type { LargeScale } from "@/db/seed/large/scale";
import { COORDINATOR_EMAIL, largeDataPresent, seedLarge } from "@/db/seed/large/seed";
import { hashPassword } from "@/lib/auth/password";
import type { BenchOptions } from "./options";

/** The quick set: two groups, 300 projects (200 in "large-01"), ~100 updates a project at most. */
export const QUICK_SCALE: LargeScale = {
  groups: 2,
  areasPerGroup: 12,
  projects: 300,
  firstGroupProjects: 200,
  statusUpdates: 15_000,
  users: 60,
  meetings: 8,
};

const DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/workplan_large";

export interface BenchDatabase {
  backend: "postgres" | "pglite";
  /** Where the seeded set lives (database URL or folder). */
  source: string;
  /** What the server runs on: DATABASE_URL, or PGLITE_DIR when url is undefined. */
  url?: string;
  dataDir?: string;
  /** False when the source could not be copied and the run writes into it. */
  copied: boolean;
  open(): DatabaseHandle;
  /** Removes the copy. */
  discard(): Promise<void>;
}

const log = (line: string) => console.info(`[bench] ${line}`);

function withName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

function runSeedLarge(env: Record<string, string>) {
  log("seeding the large data set (npm run seed:large) …");
  const result = spawnSync("npm", ["run", "--silent", "seed:large", "--", "--no-demo"], {
    stdio: "inherit",
    env: { ...process.env, WORKPLAN_DEMO: "0", ...env },
  });
  if (result.status !== 0) throw new Error("npm run seed:large failed");
}

/** Migrates the source and seeds it when the set is missing (quick: in-process, small scale). */
async function prepareSource(
  handle: DatabaseHandle,
  options: BenchOptions,
  seedEnv: Record<string, string>,
) {
  await migrateDatabase(handle);
  const present = await largeDataPresent({
    query: async (text, params) => {
      const rows = handle.sql
        ? await handle.sql.unsafe(text, params as never[])
        : (await handle.pglite?.query(text, params))?.rows;
      return (rows ?? []) as never[];
    },
  });
  if (present) return;
  if (options.quick) {
    log("seeding the quick data set …");
    await seedLarge(handle, { hashPassword, scale: QUICK_SCALE, log: (line) => log(`  ${line}`) });
  } else {
    await handle.close();
    runSeedLarge(seedEnv);
  }
}

async function postgresDatabase(options: BenchOptions): Promise<BenchDatabase> {
  const base = process.env.BENCH_DATABASE_URL ?? DEFAULT_URL;
  const source = options.quick ? withName(base, "workplan_bench_quick") : base;
  const sourceName = new URL(source).pathname.slice(1);
  const copyName = options.quick ? "workplan_bench_quick_run" : "workplan_bench_run";
  const admin = postgres(withName(base, "postgres"), { max: 1, onnotice: () => {} });
  try {
    const [exists] = await admin`select 1 as one from pg_database where datname = ${sourceName}`;
    if (!exists) {
      log(`creating database ${sourceName}`);
      await admin.unsafe(`create database "${sourceName}"`);
    }
    const handle = openDatabase({ url: source, maxConnections: 2 });
    try {
      await prepareSource(handle, options, { DATABASE_URL: source });
    } finally {
      await handle.close().catch(() => {});
    }
    await admin.unsafe(`drop database if exists "${copyName}" with (force)`);
    let copied = false;
    for (let attempt = 0; attempt < 5 && !copied; attempt++) {
      try {
        await admin.unsafe(`create database "${copyName}" template "${sourceName}"`);
        copied = true;
      } catch (error) {
        // Another session on the source (a colleague's load test) blocks the copy for a moment.
        log(`copying ${sourceName} failed (${(error as Error).message}); retrying`);
        await new Promise((r) => setTimeout(r, 2000));
      }
    }
    if (!copied) log(`WARNING: running on ${sourceName} itself: the run's writes stay in it`);
    const url = copied ? withName(base, copyName) : source;
    return {
      backend: "postgres",
      source,
      url,
      copied,
      open: () => openDatabase({ url, maxConnections: 10 }),
      discard: async () => {
        if (!copied) return;
        const cleanup = postgres(withName(base, "postgres"), { max: 1, onnotice: () => {} });
        await cleanup.unsafe(`drop database if exists "${copyName}" with (force)`);
        await cleanup.end();
      },
    };
  } finally {
    await admin.end();
  }
}

async function pgliteDatabase(options: BenchOptions): Promise<BenchDatabase> {
  const source = resolve(
    process.env.BENCH_PGLITE_DIR ??
      (options.quick ? ".data/bench-pglite-quick" : ".data/bench-pglite-large"),
  );
  const handle = openDatabase({ dataDir: source });
  try {
    await prepareSource(handle, options, { DATABASE_URL: "", PGLITE_DIR: source });
  } finally {
    await handle.close().catch(() => {});
  }
  const copy = `${source}-run`;
  rmSync(copy, { recursive: true, force: true });
  rmSync(`${copy}.lock`, { force: true });
  if (!existsSync(source)) throw new Error(`no PGlite folder at ${source}`);
  cpSync(source, copy, { recursive: true });
  return {
    backend: "pglite",
    source,
    dataDir: copy,
    copied: true,
    open: () => openDatabase({ dataDir: copy }),
    discard: async () => {
      rmSync(copy, { recursive: true, force: true });
      rmSync(`${copy}.lock`, { force: true });
    },
  };
}

export async function prepareDatabase(options: BenchOptions): Promise<BenchDatabase> {
  const started = Date.now();
  const db =
    options.backend === "pglite" ? await pgliteDatabase(options) : await postgresDatabase(options);
  log(
    `database ready (${db.url ?? db.dataDir}) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return db;
}

export { COORDINATOR_EMAIL };
