import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { serverCodeIn } from "../../scripts/check-browser-bundle.mjs";

// `npm test` runs scripts/check-browser-bundle.mjs over the build's .next/static: this shows it
// finds what it looks for, and lets plain code through.
const dir = mkdtempSync(join(tmpdir(), "workplan-bundle-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the browser bundle check", () => {
  it("names the chunk that carries drizzle's entity symbol, and passes the others", () => {
    mkdirSync(join(dir, "chunks"), { recursive: true });
    writeFileSync(join(dir, "chunks", "app.js"), "export const a = () => document.title;");
    writeFileSync(
      join(dir, "chunks", "leak.js"),
      'const k = Symbol.for("drizzle:entityKind"); export default k;',
    );
    writeFileSync(join(dir, "chunks", "notes.txt"), "drizzle:entityKind");
    const found = serverCodeIn(dir);
    expect(found).toHaveLength(1);
    expect(found[0]?.file.endsWith("leak.js")).toBe(true);
    expect(found[0]?.libraries).toEqual(["drizzle-orm"]);
  });
});
