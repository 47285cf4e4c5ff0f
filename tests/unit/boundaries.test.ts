/**
 * The import boundaries of docs/architecture.md are enforced by the linter (biome.json,
 * noRestrictedImports per folder). This proves the rules bite: a probe file with a forbidden
 * import is linted where it would live, and must fail; the same file with an allowed import
 * passes.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");

function lint(path: string, source: string): { ok: boolean; output: string } {
  const file = join(ROOT, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, source);
  try {
    const run = spawnSync(join(ROOT, "node_modules/.bin/biome"), ["lint", path], {
      cwd: ROOT,
      encoding: "utf8",
    });
    return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(file, { force: true });
  }
}

const probe = (folder: string, ext = "ts") => `${folder}/__boundary_probe_${process.pid}.${ext}`;
const using = (specifier: string) => `import * as m from "${specifier}";\nexport const x = m;\n`;

describe("import boundaries (biome noRestrictedImports)", () => {
  it.each([
    ["components", "@/db/schema", "Only lib/ reads and writes the database"],
    ["components", "@/lib/projects/queries", "client-safe parts of lib/"],
    ["components", "@/lib/server/db", "client-safe parts of lib/"],
    ["app/g", "@/db/client", "Only lib/ reads and writes the database"],
    ["lib/projects", "@/components/ui/button", "lib/ is below app/ and components/"],
    ["db/seed", "@/lib/auth/password", "db/ uses nothing of lib/"],
    ["db/schema", "../../lib/errors", "db/ uses nothing of lib/"],
    ["lib/projects", "next-auth", "Auth.js stays behind lib/auth/"],
    ["components", "next-auth/react", "Auth.js stays behind lib/auth/"],
  ])("%s may not import %s", (folder, specifier, message) => {
    const result = lint(probe(folder, folder === "components" ? "tsx" : "ts"), using(specifier));
    expect(result.ok, result.output).toBe(false);
    expect(result.output).toContain(message);
  });

  it.each([
    ["components", "@/lib/projects/rules"],
    ["components", "@/lib/projects/status-updates/form-actions"],
    ["components", "@/lib/vocabulary"],
    ["components", "@/lib/auth/permissions"],
    ["app/g", "@/lib/projects/queries"],
    ["lib/projects", "@/db/schema"],
    ["db/schema", "../../lib/vocabulary"],
    ["lib/auth", "next-auth"],
  ])("%s may import %s", (folder, specifier) => {
    const result = lint(probe(folder, folder === "components" ? "tsx" : "ts"), using(specifier));
    expect(result.ok, result.output).toBe(true);
  });
});
