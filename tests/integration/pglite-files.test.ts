import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { DataDirLockedError } from "@/db/lock";
import { migrateDatabase } from "@/db/migrate";
import { workingGroups } from "@/db/schema";
import { testBackend } from "../support/db";
import { createGroup } from "../support/factories";

const folders: string[] = [];
const freshFolder = () => {
  const dir = mkdtempSync(join(tmpdir(), "workplan-pglite-"));
  folders.push(dir);
  return join(dir, "data");
};
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe.runIf(testBackend() === "pglite")("a file-backed PGlite data folder", () => {
  it("keeps what was written after closing and reopening", async () => {
    const dataDir = freshFolder();
    const first = openDatabase({ dataDir });
    await migrateDatabase(first);
    const group = await createGroup(first.db, { slug: "kept-after-restart" });
    await first.close();

    const second = openDatabase({ dataDir });
    try {
      const [row] = await second.db
        .select()
        .from(workingGroups)
        .where(eq(workingGroups.id, group.id));
      expect(row?.slug).toBe("kept-after-restart");
    } finally {
      await second.close();
    }
  });

  it("refuses a second opener in the same process while it is open, and allows it after closing", async () => {
    const dataDir = freshFolder();
    const holder = openDatabase({ dataDir });
    await migrateDatabase(holder);
    expect(() => openDatabase({ dataDir })).toThrow(DataDirLockedError);
    await holder.close();
    const next = openDatabase({ dataDir });
    await next.close();
  });

  it("makes `npm run db:migrate` in another process fail with a clear message while a server holds it", async () => {
    const dataDir = freshFolder();
    const holder = openDatabase({ dataDir });
    await migrateDatabase(holder);
    try {
      const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/db-migrate.ts"], {
        env: { ...process.env, PGLITE_DIR: dataDir, DATABASE_URL: "" },
        encoding: "utf8",
        timeout: 60_000,
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain("is in use by another Workplan process");
      expect(result.stderr).toContain(`pid ${process.pid}`);
    } finally {
      await holder.close();
    }
  });

  it("takes over a lock left behind by a process that died", async () => {
    const dataDir = freshFolder();
    const dead = spawnSync(process.execPath, ["-e", "process.exit(0)"]).pid;
    const { writeFileSync, mkdirSync } = await import("node:fs");
    mkdirSync(join(dataDir, ".."), { recursive: true });
    writeFileSync(
      `${dataDir}.lock`,
      JSON.stringify({ pid: dead, host: (await import("node:os")).hostname(), since: "x" }),
    );
    const handle = openDatabase({ dataDir });
    await migrateDatabase(handle);
    await handle.close();
  });
});
