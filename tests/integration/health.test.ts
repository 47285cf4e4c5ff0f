import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { type DatabaseHandle, openDatabase } from "@/db/client";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";

const slot = globalThis as { __workplanDatabase?: DatabaseHandle };
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  slot.__workplanDatabase = undefined;
  await t?.destroy();
});

describe(`GET /api/health (${testBackend()})`, () => {
  it("answers 200 and names the backend", async () => {
    slot.__workplanDatabase = t;
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: testBackend() });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("answers 503 with a JSON error when the database cannot be reached", async () => {
    const unreachable = openDatabase({
      url: "postgres://workplan@127.0.0.1:9/nothing",
      maxConnections: 1,
    });
    slot.__workplanDatabase = unreachable;
    try {
      const response = await GET();
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({
        status: "error",
        database: "postgres",
        error: "database_unreachable",
      });
    } finally {
      await unreachable.close();
    }
  });
});
