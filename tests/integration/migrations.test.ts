import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openDatabase, queryRows } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { adminSql, withDatabaseName } from "../support/backends";
import { testBackend } from "../support/db";

const EXPECTED_TABLES = [
  "access_tokens",
  "action_items",
  "agenda_item_projects",
  "agenda_items",
  "api_rate_limits",
  "audit_events",
  "blob_chunks",
  "blobs",
  "comments",
  "cooperation_areas",
  "dashboard_visits",
  "decisions",
  "document_versions",
  "documents",
  "idempotency_keys",
  "jobs",
  "link_tokens",
  "mailbox_messages",
  "meeting_attendees",
  "meetings",
  "memberships",
  "milestones",
  "notification_preferences",
  "notifications",
  "places",
  "project_places",
  "projects",
  "recovery_codes",
  "settings",
  "sign_in_throttles",
  "status_confirmations",
  "status_update_translations",
  "status_updates",
  "two_factor_credentials",
  "user_sessions",
  "users",
  "work_plan_projects",
  "work_plans",
  "working_groups",
];

/** A completely empty database on the backend under test (not the migrated template). */
async function emptyDatabase() {
  if (testBackend() === "pglite") {
    const handle = openDatabase({ dataDir: "memory://" });
    return { handle, drop: () => handle.close() };
  }
  const url = process.env.TEST_DATABASE_URL ?? "";
  const name = `workplan_empty_${randomBytes(5).toString("hex")}`;
  const admin = adminSql(url);
  await admin.unsafe(`create database "${name}"`);
  await admin.end();
  const handle = openDatabase({ url: withDatabaseName(url, name), maxConnections: 4 });
  return {
    handle,
    drop: async () => {
      await handle.close();
      const cleanup = adminSql(url);
      await cleanup.unsafe(`drop database "${name}" with (force)`);
      await cleanup.end();
    },
  };
}

describe(`migrations on ${testBackend()}`, () => {
  it("apply to an empty database and create every table", async () => {
    const { handle, drop } = await emptyDatabase();
    try {
      await migrateDatabase(handle);
      const rows = await queryRows<{ table_name: string }>(
        handle.db,
        sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`,
      );
      expect(rows.map((r) => r.table_name)).toEqual(EXPECTED_TABLES);
    } finally {
      await drop();
    }
  });

  it("are recorded, so applying them again changes nothing", async () => {
    const { handle, drop } = await emptyDatabase();
    try {
      await migrateDatabase(handle);
      await migrateDatabase(handle);
      const [row] = await queryRows<{ n: number }>(
        handle.db,
        sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
      );
      expect(row?.n).toBeGreaterThanOrEqual(2);
    } finally {
      await drop();
    }
  });

  it.runIf(testBackend() === "postgres")(
    "can be started by several app servers at once",
    async () => {
      const { handle, drop } = await emptyDatabase();
      try {
        await Promise.all([
          migrateDatabase(handle),
          migrateDatabase(handle),
          migrateDatabase(handle),
        ]);
        const [row] = await queryRows<{ n: number; total: number }>(
          handle.db,
          sql`select count(distinct hash)::int as n, count(*)::int as total from drizzle.__drizzle_migrations`,
        );
        expect(row?.total).toBe(row?.n);
      } finally {
        await drop();
      }
    },
  );
});
