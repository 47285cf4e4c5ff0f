import { rmSync } from "node:fs";
import { and, eq, isNull, sql } from "drizzle-orm";
import postgres from "postgres";
import { type DatabaseHandle, openDatabase, queryRows } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import * as s from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { DEMO_PASSWORD } from "@/db/seed/demo-accounts";
import { hashPassword } from "@/lib/auth/password";
import type { LoadOptions } from "./options";

export const GROUP_SLUG = "regional-cooperation";

export interface LoadUser {
  email: string;
  role: "coordinator" | "delegate";
  locale: "nb" | "ru" | "en";
}

export function databaseUrl(options: LoadOptions): string {
  const url = new URL(options.adminUrl);
  url.pathname = `/${options.databaseName}`;
  return url.toString();
}

/** Opens the load database from this process (PGlite: only while no server holds it). */
export function openLoadDatabase(options: LoadOptions): DatabaseHandle {
  return options.backend === "postgres"
    ? openDatabase({ url: databaseUrl(options), maxConnections: 4 })
    : openDatabase({ dataDir: options.pgliteDir });
}

/** An empty database (PostgreSQL) or folder (PGlite) named by the options. */
export async function createEmptyDatabase(options: LoadOptions): Promise<void> {
  if (options.backend === "postgres") {
    const admin = postgres(options.adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists "${options.databaseName}" with (force)`);
    await admin.unsafe(`create database "${options.databaseName}"`);
    await admin.end();
  } else {
    rmSync(options.pgliteDir, { recursive: true, force: true });
    rmSync(`${options.pgliteDir.replace(/\/+$/, "")}.lock`, { force: true });
  }
}

/**
 * A fresh database with the demo data and `count` extra members of the demo group, all with
 * the demo password: three in four coordinators (who may update any of the group's projects),
 * the rest delegates who only read. Demo data is seeded only into an installation without
 * users, so the seed runs here, before the users are added and the server starts.
 */
export async function prepareDatabase(options: LoadOptions, count: number): Promise<LoadUser[]> {
  await createEmptyDatabase(options);
  const handle = openLoadDatabase(options);
  try {
    await migrateDatabase(handle);
    await seedDemo(handle.db, { hashPassword });
    return await addLoadUsers(handle, count);
  } finally {
    await handle.close();
  }
}

/** The run's users, added to the demo group (the servers seeded the demo, or the run did). */
export async function addLoadUsers(handle: DatabaseHandle, count: number): Promise<LoadUser[]> {
  const users: LoadUser[] = Array.from({ length: count }, (_, i) => ({
    email: `load.${String(i + 1).padStart(3, "0")}@workplan.test`,
    role: i % 4 === 3 ? "delegate" : "coordinator",
    locale: (["nb", "ru", "en"] as const)[i % 3] ?? "en",
  }));
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await handle.db.transaction(async (tx) => {
    const [group] = await tx
      .select({ id: s.workingGroups.id })
      .from(s.workingGroups)
      .where(eq(s.workingGroups.slug, GROUP_SLUG));
    if (!group) throw new Error(`the demo group ${GROUP_SLUG} is missing`);
    const inserted = await tx
      .insert(s.users)
      .values(
        users.map((user, i) => ({
          email: user.email,
          name: `Load ${user.role} ${i + 1}`,
          delegation: i % 2 === 0 ? ("NO" as const) : ("RU" as const),
          locale: user.locale,
          passwordHash,
        })),
      )
      .returning({ id: s.users.id });
    await tx.insert(s.memberships).values(
      inserted.map((row, i) => ({
        userId: row.id,
        groupId: group.id,
        role: users[i]?.role ?? "delegate",
      })),
    );
  });
  return users;
}

export async function projectCodes(handle: DatabaseHandle): Promise<string[]> {
  const rows = await handle.db
    .select({ code: s.projects.code })
    .from(s.projects)
    .innerJoin(s.workingGroups, eq(s.workingGroups.id, s.projects.groupId))
    .where(and(eq(s.workingGroups.slug, GROUP_SLUG), isNull(s.projects.archivedAt)))
    .orderBy(s.projects.code);
  return rows.map((row) => row.code);
}

/** Each project's version and number of status updates, to compare before and after. */
export async function projectSnapshot(
  handle: DatabaseHandle,
): Promise<Map<string, { version: number; updates: number }>> {
  const rows = await queryRows<{ code: string; version: number; updates: number }>(
    handle.db,
    sql`select p.code, p.version, (select count(*)::int from status_updates u where u.project_id = p.id) as updates
        from projects p join working_groups g on g.id = p.group_id where g.slug = ${GROUP_SLUG}`,
  );
  return new Map(rows.map((r) => [r.code, { version: r.version, updates: r.updates }]));
}
