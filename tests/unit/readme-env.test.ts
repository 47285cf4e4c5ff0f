import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// Every variable the app reads through lib/env.ts is documented in README's "Configuration"
// table, which is what an operator of N app servers sets on each (issue 18).
const variables = [...readFileSync("lib/env.ts", "utf8").matchAll(/^ {2}([A-Z][A-Z0-9_]+):/gm)].map(
  (match) => match[1],
);
const readme = readFileSync("README.md", "utf8");
const configuration = readme.slice(
  readme.indexOf("## Configuration"),
  readme.indexOf("\n## ", readme.indexOf("## Configuration") + 1),
);
const documented = new Set(
  [...configuration.matchAll(/^\| `([A-Z][A-Z0-9_]+)` \|/gm)].map((match) => match[1]),
);

describe("README's configuration table", () => {
  it("documents every variable lib/env.ts reads", () => {
    expect(variables.length).toBeGreaterThan(10);
    expect(variables.filter((name) => !documented.has(name))).toEqual([]);
  });
});
