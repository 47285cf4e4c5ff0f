/**
 * `npm run bench:explain` — the plans PostgreSQL chooses for each measured page's own queries,
 * on the large set: every statement the page's domain functions send is run once with
 * auto_explain (ANALYZE, BUFFERS) on, and its plan printed from the server's log. This is how
 * the indexes in docs/performance.md were chosen and checked. Reads, except the dashboard's
 * upsert of the coordinator's visit; needs a local server whose log this process can read.
 *
 *   npm run bench:explain [-- --only=dashboard,project] [-- --log=/var/log/postgresql/…]
 */
import { closeSync, openSync, readSync, statSync } from "node:fs";
import { sql } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { buildTargets } from "./targets";
import { loadWorld } from "./world";

const args = process.argv.slice(2);
const option = (name: string) =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? "";
const only = option("only").split(",").filter(Boolean);
const logFile = option("log") || "/var/log/postgresql/postgresql-15-main.log";
const url = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/workplan_large";

function readFrom(file: string, offset: number): string {
  const size = statSync(file).size;
  const buffer = Buffer.alloc(size - offset);
  const fd = openSync(file, "r");
  try {
    readSync(fd, buffer, 0, buffer.length, offset);
  } finally {
    closeSync(fd);
  }
  return buffer.toString("utf8");
}

// One connection, so that the session settings below hold for every statement.
const handle = openDatabase({ url, maxConnections: 1 });
try {
  const world = await loadWorld(handle, false);
  const targets = buildTargets(world, { quick: false }).filter(
    (t) => t.kind === "page" && t.queries && (!only.length || only.includes(t.name)),
  );
  await handle.db.execute(sql.raw("load 'auto_explain'"));
  for (const setting of [
    "auto_explain.log_min_duration = 0",
    "auto_explain.log_analyze = on",
    "auto_explain.log_buffers = on",
    "auto_explain.log_timing = on",
    "auto_explain.log_nested_statements = on",
    "auto_explain.log_format = text",
  ]) {
    await handle.db.execute(sql.raw(`set ${setting}`));
  }
  for (const target of targets) {
    // Warm the cache first, as the bench measures a warm database.
    await target.queries?.(handle);
    const offset = statSync(logFile).size;
    await target.queries?.(handle);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const plans = readFrom(logFile, offset)
      .split(/\n(?=\S)/)
      .filter((entry) => entry.includes("duration:") && entry.includes("plan:"))
      .map((entry) => entry.replace(/^.*?LOG: {2}/, ""));
    console.info(`\n## ${target.label} — ${target.path}\n`);
    for (const plan of plans) console.info(`${plan.trimEnd()}\n`);
  }
} finally {
  await handle.close();
}
