import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, openDatabase, queryRows } from "@/db/client";
import { MIGRATIONS_DIR, migrateDatabase } from "@/db/migrate";
import { GAZETTEER } from "@/db/seed/gazetteer";
import { searchCondition } from "@/lib/projects/list/conditions";
import { adminSql, withDatabaseName } from "../support/backends";
import { testBackend } from "../support/db";

/**
 * Migration 0012_places on a database that still has free-text places: every name finds its
 * gazetteer place in any script (aliases included), a name that matches none becomes a place
 * of its own, nothing typed is lost, and the search still finds the projects by place name.
 */

let handle: DatabaseHandle;
let drop: () => Promise<void>;
let before: string;

/** The migrations folder as it was before 0012: the same files, the journal cut there. */
function migrationsBefore(tag: string): string {
  const dir = mkdtempSync(join(tmpdir(), "workplan-migrations-"));
  cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  const journalPath = join(dir, "meta/_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as {
    entries: { idx: number; tag: string }[];
  };
  const cut = journal.entries.findIndex((e) => e.tag === tag);
  journal.entries = journal.entries.slice(0, cut);
  writeFileSync(journalPath, JSON.stringify(journal));
  return dir;
}

beforeAll(async () => {
  before = migrationsBefore("0012_places");
  if (testBackend() === "pglite") {
    handle = openDatabase({ dataDir: "memory://" });
    drop = () => handle.close();
  } else {
    const url = process.env.TEST_DATABASE_URL ?? "";
    const name = `workplan_places_${Date.now().toString(36)}`;
    const admin = adminSql(url);
    await admin.unsafe(`create database "${name}"`);
    await admin.end();
    handle = openDatabase({ url: withDatabaseName(url, name), maxConnections: 4 });
    drop = async () => {
      await handle.close();
      const cleanup = adminSql(url);
      await cleanup.unsafe(`drop database "${name}" with (force)`);
      await cleanup.end();
    };
  }
  await migrateDatabase(handle, before);
  await handle.db.execute(sql`
    insert into working_groups (id, slug, name_nb, name_ru, name_en, commission_nb, commission_ru, commission_en)
    values ('00000000-0000-4000-8000-000000000001', 'mig', 'A', 'Б', 'A', 'K', 'К', 'C')`);
  await handle.db.execute(sql`
    insert into cooperation_areas (id, group_id, name_nb, name_ru, name_en, position)
    values ('00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000001', 'O', 'О', 'A', 0)`);
  const project = (code: string, places: string[]) =>
    handle.db.execute(sql`
      insert into projects (group_id, area_id, code, title_en, places)
      values ('00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002',
        ${code}, ${`Project ${code}`}, ${`{${places.map((p) => `"${p}"`).join(",")}}`}::text[])`);
  await project("P-1", ["Kirkenes", "Мурманск"]);
  await project("P-2", ["Storskog", "Borisoglebsky", " tromso "]);
  await project("P-3", ["Murmansk havn", "ARKHANGELSK", "Murmansk havn"]);
  await project("P-4", []);
  await project("P-5", ["murmansk havn"]);
  await migrateDatabase(handle);
}, 120_000);

afterAll(async () => {
  await drop?.();
  if (before) rmSync(before, { recursive: true, force: true });
});

async function placesOf(code: string): Promise<string[]> {
  const rows = await queryRows<{ key: string }>(
    handle.db,
    sql`select pl.key from project_places pp join places pl on pl.id = pp.place_id
        join projects p on p.id = pp.project_id where p.code = ${code} order by pp.position`,
  );
  return rows.map((r) => r.key);
}

describe(`migration 0012_places on ${testBackend()}`, () => {
  it("brings the whole gazetteer", async () => {
    const rows = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from places where source = 'gazetteer'`,
    );
    expect(rows[0]?.n).toBe(GAZETTEER.length);
  });

  it("maps free-text places to the gazetteer in any script, in their order, each once", async () => {
    expect(await placesOf("P-1")).toEqual(["kirkenes", "murmansk"]);
    expect(await placesOf("P-2")).toEqual(["storskog-borisoglebsky", "tromso"]);
    expect(await placesOf("P-4")).toEqual([]);
  });

  it("keeps a name no place matches as a place of its own, without a point", async () => {
    expect(await placesOf("P-3")).toEqual(["murmansk-havn", "arkhangelsk"]);
    expect(await placesOf("P-5")).toEqual(["murmansk-havn"]);
    const rows = await queryRows<Record<string, unknown>>(
      handle.db,
      sql`select name_en, latitude, source from places where key = 'murmansk-havn'`,
    );
    expect(rows).toEqual([{ name_en: "Murmansk havn", latitude: null, source: "migrated" }]);
  });

  it("keeps the search finding projects by place name in every script", async () => {
    const find = async (query: string) => {
      const rows = await queryRows<{ code: string }>(
        handle.db,
        sql`select code from projects where ${searchCondition(query)} order by code`,
      );
      return rows.map((r) => r.code);
    };
    expect(await find("Girkonjárga")).toEqual(["P-1"]);
    expect(await find("Стурскуг")).toEqual(["P-2"]);
    expect(await find("Архангельск")).toEqual(["P-3"]);
    expect(await find("havn")).toEqual(["P-3", "P-5"]);
  });
});
