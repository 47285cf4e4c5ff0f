import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { adminSql, TEMPLATE_DUMP, templateDatabaseName, withDatabaseName } from "./backends";

/** Migrates one template per run; every test file then starts from a copy of it. */
export default async function setup(project: TestProject) {
  const backend = project.config.env?.WORKPLAN_TEST_BACKEND;
  if (backend === "postgres") {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error("TEST_DATABASE_URL is not set");
    const name = templateDatabaseName();
    const admin = adminSql(url);
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.unsafe(`create database "${name}"`);
    const handle = openDatabase({ url: withDatabaseName(url, name), maxConnections: 2 });
    await migrateDatabase(handle);
    await handle.close();
    await admin.end();
    return async () => {
      const cleanup = adminSql(url);
      await cleanup.unsafe(`drop database if exists "${name}" with (force)`);
      await cleanup.end();
    };
  }
  const handle = openDatabase({ dataDir: "memory://" });
  await migrateDatabase(handle);
  const dump = await handle.pglite?.dumpDataDir("none");
  await handle.close();
  if (!dump) throw new Error("could not dump the PGlite template");
  mkdirSync(".data", { recursive: true });
  writeFileSync(TEMPLATE_DUMP, Buffer.from(await dump.arrayBuffer()));
  return () => rmSync(TEMPLATE_DUMP, { force: true });
}
