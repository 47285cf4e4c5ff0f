/**
 * Reads go through drizzle's query builder, so `tsc` checks every column against the schema.
 * A module that sends a whole statement as raw SQL (`queryRows(…)`, `.execute(sql…)`, a driver's `.unsafe(…)` or `pglite.query(…)`) must be
 * listed here, with the reason it needs to (a measured plan in docs/performance.md, a lock, a
 * statement the builder cannot express): adding one is a conscious choice, and so is removing one.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");

const ALLOWED: Record<string, string> = {
  "lib/brief/project-states.ts":
    "each project's state at both ends of the brief's period: lateral index lookups per project and cut-off, a plan measured in docs/performance.md (the slowest page); behind a typed mapper",
  "lib/dashboard/queries/areas.ts":
    "every figure of every area in one statement of filtered counts, measured in docs/performance.md (the dashboard's statements); behind a typed mapper",
  "lib/dashboard/queries/recent.ts":
    "records the visit and reads what changed since the previous one in one statement (a CTE with an upsert), measured in docs/performance.md (JIT off, backward index scans); behind a typed mapper",
  "lib/dashboard/queries/series.ts":
    "the charts' series from the history (generated calendar, window functions over update intervals), cached per group activity as docs/performance.md describes; behind a typed mapper",
  "lib/documents/copy.ts":
    "a document's chunks by COPY in binary format (PostgreSQL's client, PGlite's /dev/blob), which the builder cannot express: 40–60 MB/s where the base64 statements wrote 8–17 (docs/performance.md, Documents); the blob id checked to be a uuid and the bounds integers before they enter the statement",
  "lib/documents/storage.ts":
    "`set local synchronous_commit to off` for a pending blob's chunk writes is a setting, not a query the builder expresses: the document version's own commit flushes them (measured in docs/performance.md, Documents)",
  "lib/spreadsheets/import/actions.ts":
    "an advisory lock (pg_advisory_xact_lock: one import per group at a time) is a function call, not a query the builder expresses",
  "lib/spreadsheets/import/writes.ts":
    "the database's clock (clock_timestamp(), read once after the rows are locked) is a select without a table, which the builder cannot express; behind a typed mapper",
};

const RAW = /\bqueryRows\s*[<(]|\.execute\(\s*sql\b|\.unsafe\(|\bpglite\.query\(/;

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)).replaceAll("\\", "/"));
}

describe("raw SQL", () => {
  it("is used only by the modules listed, each with its reason", () => {
    const using = ["lib", "app", "components"]
      .flatMap(sources)
      .filter((file) => RAW.test(readFileSync(join(ROOT, file), "utf8")))
      .sort();
    expect(using).toEqual(Object.keys(ALLOWED).sort());
    for (const [file, reason] of Object.entries(ALLOWED))
      expect(reason.length, file).toBeGreaterThan(10);
  });
});
