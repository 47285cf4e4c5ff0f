import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BackupRefused,
  backupKind,
  backupPglite,
  backupPostgres,
  restorePglite,
  restorePostgres,
} from "@/db/backup";
import { type DatabaseHandle, type Executor, openDatabase, queryRows } from "@/db/client";
import { DataDirLockedError } from "@/db/lock";
import { seedDemo } from "@/db/seed/demo";
import { hashPassword } from "@/lib/auth/password";
import {
  adminSql,
  TEMPLATE_DUMP,
  templateDatabaseName,
  withDatabaseName,
} from "../support/backends";
import { testBackend } from "../support/db";

/** Every table's row count and an md5 of its rows (in a total order), plus the sequences. */
async function fingerprint(db: Executor) {
  const tables = await queryRows<{ schema: string; name: string }>(
    db,
    sql`select table_schema as schema, table_name as name from information_schema.tables
        where table_schema in ('public', 'drizzle') and table_type = 'BASE TABLE'
        order by 1, 2`,
  );
  const result: Record<string, { rows: number; md5: string }> = {};
  for (const { schema, name } of tables) {
    const [row] = await queryRows<{ rows: number; md5: string }>(
      db,
      sql.raw(
        `select count(*)::int as rows, md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as md5 from "${schema}"."${name}" t`,
      ),
    );
    if (row) result[`${schema}.${name}`] = row;
  }
  const sequences = await queryRows<{ name: string; value: string | null }>(
    db,
    sql`select schemaname || '.' || sequencename as name, last_value::text as value
        from pg_sequences where schemaname in ('public', 'drizzle') order by 1`,
  );
  return { tables: result, sequences };
}

const work = mkdtempSync(join(tmpdir(), "workplan-backup-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Seeding, dumping and restoring a whole installation: slower than most tests.
const SLOW = { timeout: 120_000 };

describe.runIf(testBackend() === "postgres")("backup and restore on PostgreSQL", () => {
  const admin = process.env.TEST_DATABASE_URL ?? "";
  const suffix = randomBytes(4).toString("hex");
  const source = `workplan_bk_src_${suffix}`;
  const target = `workplan_bk_dst_${suffix}`;
  const handles: DatabaseHandle[] = [];
  const open = (name: string) => {
    const handle = openDatabase({ url: withDatabaseName(admin, name), maxConnections: 2 });
    handles.push(handle);
    return handle;
  };

  beforeAll(async () => {
    const a = adminSql(admin);
    await a.unsafe(`create database "${source}" template "${templateDatabaseName()}"`);
    await a.unsafe(`create database "${target}" template template0`);
    await a.end();
  });
  afterAll(async () => {
    await Promise.all(handles.map((h) => h.close()));
    const a = adminSql(admin);
    for (const name of [source, target]) {
      await a.unsafe(`drop database if exists "${name}" with (force)`);
    }
    await a.end();
  });

  it(
    "restores the demo installation into a fresh database with every table identical",
    SLOW,
    async () => {
      const src = open(source);
      await seedDemo(src.db, { hashPassword });
      const file = join(work, "workplan.dump");
      await backupPostgres(withDatabaseName(admin, source), file);
      expect(backupKind(file)).toBe("postgres");
      // It holds password hashes: readable by its owner only, whatever the umask (issue 18.8).
      expect(statSync(file).mode & 0o777).toBe(0o600);

      await restorePostgres(withDatabaseName(admin, target), file);
      const before = await fingerprint(src.db);
      const after = await fingerprint(open(target).db);
      expect(Object.keys(before.tables).length).toBeGreaterThan(20);
      expect(before.tables["public.projects"]?.rows).toBeGreaterThan(0);
      // The demo's documents (issue 15): their bytes are rows of blob_chunks, compared too.
      expect(before.tables["public.blob_chunks"]?.rows).toBeGreaterThan(0);
      expect(after).toEqual(before);
    },
  );

  it("refuses to restore into a database that is not empty, or a file that is no dump", async () => {
    const file = join(work, "workplan.dump");
    await expect(restorePostgres(withDatabaseName(admin, source), file)).rejects.toThrow(
      /not empty/,
    );
    const junk = join(work, "junk.dump");
    writeFileSync(junk, "not a dump");
    await expect(restorePostgres(withDatabaseName(admin, target), junk)).rejects.toBeInstanceOf(
      BackupRefused,
    );
  });
});

describe.runIf(testBackend() === "pglite")("backup and restore on PGlite", () => {
  const sourceDir = join(work, "source");
  const targetDir = join(work, "target");

  it(
    "restores the demo installation into a fresh folder with every table identical",
    SLOW,
    async () => {
      const seeding = openDatabase({
        dataDir: sourceDir,
        loadDataDir: new Blob([readFileSync(TEMPLATE_DUMP)]),
      });
      await seedDemo(seeding.db, { hashPassword });
      const before = await fingerprint(seeding.db);
      await seeding.close();

      const file = join(work, "workplan.tar.gz");
      await backupPglite(sourceDir, file);
      expect(backupKind(file)).toBe("pglite");
      // It holds password hashes: readable by its owner only, whatever the umask (issue 18.8).
      expect(statSync(file).mode & 0o777).toBe(0o600);
      await restorePglite(targetDir, file);

      const restored = openDatabase({ dataDir: targetDir });
      try {
        const after = await fingerprint(restored.db);
        expect(Object.keys(before.tables).length).toBeGreaterThan(20);
        expect(before.tables["public.projects"]?.rows).toBeGreaterThan(0);
        // The demo's documents (issue 15): their bytes are rows of blob_chunks, compared too.
        expect(before.tables["public.blob_chunks"]?.rows).toBeGreaterThan(0);
        expect(after).toEqual(before);
      } finally {
        await restored.close();
      }
    },
  );

  it("refuses a backup while another process holds the folder, and a restore over data", async () => {
    const holder = openDatabase({ dataDir: sourceDir });
    try {
      // The lock is per process: pretend the holder is another, live process (the server).
      const lock = `${sourceDir}.lock`;
      writeFileSync(lock, JSON.stringify({ ...JSON.parse(readFileSync(lock, "utf8")), pid: 1 }));
      await expect(backupPglite(sourceDir, join(work, "again.tar.gz"))).rejects.toBeInstanceOf(
        DataDirLockedError,
      );
    } finally {
      await holder.close();
      rmSync(`${sourceDir}.lock`, { force: true });
    }
    await expect(restorePglite(targetDir, join(work, "workplan.tar.gz"))).rejects.toThrow(
      /not empty/,
    );
  });
});
