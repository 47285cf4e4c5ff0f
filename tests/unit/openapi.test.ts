/**
 * The OpenAPI document of /api/v1 (issue 16): a valid OpenAPI 3.1 document, generated from the
 * handlers' zod schemas, describing exactly the routes app/api/v1 has. That every answer matches
 * it is checked wherever the suite calls the API (tests/support/api.ts).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { compileErrors, validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";

const ROOT = join(import.meta.dirname, "../..");
const API = join(ROOT, "app/api/v1");

/** Every route file under app/api/v1 as "METHOD /template" in the document's terms. */
function routes(): string[] {
  return readdirSync(API, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === "route.ts")
    .flatMap((e) => {
      const file = join(e.parentPath, e.name);
      const path = `/${relative(API, e.parentPath).replaceAll("\\", "/")}`
        .replace("[group]", "{slug}")
        .replace("[code]", "{code}")
        .replace("[number]", "{number}");
      const source = readFileSync(file, "utf8");
      return ["GET", "POST"]
        .filter((m) => new RegExp(`export (async )?function ${m}\\b`).test(source))
        .map((m) => `${m} ${path}`);
    })
    .filter((route) => route !== "GET /openapi.json")
    .sort();
}

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const doc = openApiDocument();
    expect(doc.openapi).toBe("3.1.0");
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid, result.valid ? "" : compileErrors(result)).toBe(true);
  });

  it("describes every route of app/api/v1, and no other", () => {
    const doc = openApiDocument();
    const described = Object.entries(doc.paths ?? {})
      .flatMap(([path, item]) =>
        (["get", "post"] as const)
          .filter((m) => item?.[m])
          .map((m) => `${m.toUpperCase()} ${path}`),
      )
      .sort();
    expect(described).toEqual(routes());
  });

  it("documents the problems, the rate limit and the idempotency of every write", () => {
    const doc = openApiDocument();
    for (const [path, item] of Object.entries(doc.paths ?? {})) {
      const operation = item?.post ?? item?.get;
      const responses = Object.keys(operation?.responses ?? {});
      expect(responses, path).toEqual(expect.arrayContaining(["401", "404", "429", "503"]));
      if (item?.post) {
        expect(responses, path).toEqual(expect.arrayContaining(["201", "409", "422"]));
        const headers = (item.post.parameters ?? []).map((p) => ("name" in p ? p.name : ""));
        expect(headers, path).toEqual(expect.arrayContaining(["If-Match", "Idempotency-Key"]));
      }
    }
    expect(Object.keys(doc.components?.securitySchemes ?? {})).toEqual(["bearer", "session"]);
  });
});
