/**
 * `npm run bench:import` — how long importing a CSV of N new projects takes (default 1,000):
 * the preview (read, check every row, sign) and the confirmation (check again, write all rows
 * in one transaction), directly against a fresh database with the demo data: PostgreSQL
 * (`workplan_import_bench` on BENCH_ADMIN_URL's server) or PGlite (`--pglite`, in memory).
 *
 *   npm run bench:import [-- --rows=2000] [-- --pglite]
 */
import { performance } from "node:perf_hooks";
import { stringify } from "csv-stringify/sync";
import { and, count, eq } from "drizzle-orm";
import postgres from "postgres";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import * as s from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { hashPassword } from "@/lib/auth/password";
import { confirmImport, previewImport } from "@/lib/spreadsheets/import/actions";

const args = process.argv.slice(2);
const rows = Number(args.find((a) => a.startsWith("--rows="))?.slice(7) ?? 1000);
const pglite = args.includes("--pglite");
const adminUrl = process.env.BENCH_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
process.env.AUTH_SECRET ??= "bench-only-secret-not-for-production-0123456789";

let url: string | undefined;
if (!pglite) {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe("drop database if exists workplan_import_bench");
  await admin.unsafe("create database workplan_import_bench");
  await admin.end();
  const parsed = new URL(adminUrl);
  parsed.pathname = "/workplan_import_bench";
  url = parsed.toString();
}
const handle = openDatabase(url ? { url } : { dataDir: "memory://" });
try {
  await migrateDatabase(handle);
  await seedDemo(handle.db, { hashPassword });
  const db = handle.db;
  const [user] = await db
    .select()
    .from(s.users)
    .where(eq(s.users.email, "coordinator.no@workplan.test"));
  const [group] = await db
    .select()
    .from(s.workingGroups)
    .where(eq(s.workingGroups.slug, "regional-cooperation"));
  const [area] = await db
    .select()
    .from(s.cooperationAreas)
    .where(eq(s.cooperationAreas.groupId, group?.id ?? ""));
  if (!user || !group || !area) throw new Error("the demo data is missing");
  const actor = {
    id: user.id,
    email: user.email,
    name: user.name,
    delegation: user.delegation,
    locale: "en" as const,
    isAdmin: user.isAdmin,
  };
  const lines = [["Code", "Title (English)", "Cooperation area"]];
  for (let i = 1; i <= rows; i++) {
    lines.push([
      `2030-${String(i).padStart(4, "0")}`,
      `Imported project ${i} on Barents cooperation`,
      area.nameEn ?? "",
    ]);
  }
  const bytes = new Uint8Array(Buffer.from(stringify(lines, { record_delimiter: "windows" })));

  const t0 = performance.now();
  const state = await previewImport(db, actor, {
    groupId: group.id,
    file: { name: "plan.csv", bytes },
  });
  const t1 = performance.now();
  if (state.status !== "success" || !state.data.confirm)
    throw new Error(`the preview refused the file: ${JSON.stringify(state).slice(0, 400)}`);
  const result = await confirmImport.execute(db, actor, {
    groupId: group.id,
    fileName: state.data.fileName,
    content: state.data.confirm.content,
    token: state.data.confirm.token,
  });
  const t2 = performance.now();
  if (result.status !== "success")
    throw new Error(`the confirmation failed: ${JSON.stringify(result).slice(0, 400)}`);
  const [written] = await db
    .select({ n: count() })
    .from(s.projects)
    .where(and(eq(s.projects.groupId, group.id)));
  console.info(
    `[bench:import] ${handle.backend}: ${rows} rows (${(bytes.length / 1024).toFixed(0)} KiB CSV): ` +
      `preview ${(t1 - t0).toFixed(0)} ms, confirm ${(t2 - t1).toFixed(0)} ms, ` +
      `total ${(t2 - t0).toFixed(0)} ms; created ${result.data.created}; the group now has ${written?.n} projects`,
  );
} finally {
  await handle.close();
}
