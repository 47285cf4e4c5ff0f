/**
 * Reads go through drizzle's query builder, so `tsc` checks every column against the schema.
 * A module that sends a whole statement as raw SQL (`queryRows(…)`, `.execute(sql…)`) must be
 * listed here, with the reason it needs to (a measured plan in docs/performance.md, a lock, a
 * statement the builder cannot express): adding one is a conscious choice, and so is removing one.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");

const ALLOWED: Record<string, string> = {
  "lib/admin/groups/queries.ts": "not yet reviewed",
  "lib/admin/users/queries.ts": "not yet reviewed",
  "lib/auth/throttle.ts": "not yet reviewed",
  "lib/auth/viewer.ts": "not yet reviewed",
  "lib/brief/minutes/queries.ts": "not yet reviewed",
  "lib/brief/queries.ts": "not yet reviewed",
  "lib/brief/report/queries.ts": "not yet reviewed",
  "lib/dashboard/queries/areas.ts": "not yet reviewed",
  "lib/dashboard/queries/commission.ts": "not yet reviewed",
  "lib/dashboard/queries/dashboard.ts": "not yet reviewed",
  "lib/dashboard/queries/recent.ts": "not yet reviewed",
  "lib/dashboard/queries/series.ts": "not yet reviewed",
  "lib/meetings/queries.ts": "not yet reviewed",
  "lib/projects/list/queries.ts": "not yet reviewed",
  "lib/projects/queries.ts": "not yet reviewed",
  "lib/projects/status-updates/queries.ts": "not yet reviewed",
  "lib/spreadsheets/import/actions.ts": "not yet reviewed",
  "lib/spreadsheets/import/writes.ts": "not yet reviewed",
};

const RAW = /\bqueryRows\s*[<(]|\.execute\(\s*sql\b/;

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
