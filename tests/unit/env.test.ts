import { describe, expect, it } from "vitest";
import { readEnv } from "@/lib/env";

describe("environment", () => {
  it("needs nothing in development: PGlite in .data/pglite, demo data on", () => {
    const env = readEnv({ NODE_ENV: "development" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DIR).toBe(".data/pglite");
    expect(env.demo).toBe(true);
  });

  it("refuses to start in production without AUTH_SECRET", () => {
    expect(() => readEnv({ NODE_ENV: "production" })).toThrow(/AUTH_SECRET is required/);
    expect(() => readEnv({ NODE_ENV: "production", AUTH_SECRET: "short" })).toThrow(/at least 32/);
  });

  it("has no demo data in production unless asked for", () => {
    const secret = "x".repeat(40);
    expect(readEnv({ NODE_ENV: "production", AUTH_SECRET: secret }).demo).toBe(false);
    expect(readEnv({ NODE_ENV: "production", AUTH_SECRET: secret, WORKPLAN_DEMO: "1" }).demo).toBe(
      true,
    );
  });

  it("rejects a DATABASE_URL that is not PostgreSQL and treats an empty one as unset", () => {
    expect(() => readEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL/);
    expect(readEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });
});
