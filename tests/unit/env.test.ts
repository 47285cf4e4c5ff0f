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

  const KEY = Buffer.alloc(32, 7).toString("base64");

  it("refuses to start in production without a 32-byte WORKPLAN_ENCRYPTION_KEY", () => {
    const production = { NODE_ENV: "production", AUTH_SECRET: "x".repeat(40) };
    expect(() => readEnv(production)).toThrow(/WORKPLAN_ENCRYPTION_KEY is required/);
    const short = Buffer.alloc(16, 7).toString("base64");
    expect(() => readEnv({ ...production, WORKPLAN_ENCRYPTION_KEY: short })).toThrow(/32 random/);
    expect(() => readEnv({ ...production, WORKPLAN_ENCRYPTION_KEY: "not base64!" })).toThrow(
      /WORKPLAN_ENCRYPTION_KEY/,
    );
    expect(readEnv({ ...production, WORKPLAN_ENCRYPTION_KEY: KEY }).WORKPLAN_ENCRYPTION_KEY).toBe(
      KEY,
    );
    // Development and tests start without it (npm run dev generates one into .env.local).
    expect(readEnv({ NODE_ENV: "development" }).WORKPLAN_ENCRYPTION_KEY).toBeUndefined();
  });

  it("has no demo data in production unless asked for", () => {
    const production = {
      NODE_ENV: "production",
      AUTH_SECRET: "x".repeat(40),
      WORKPLAN_ENCRYPTION_KEY: KEY,
    };
    expect(readEnv(production).demo).toBe(false);
    expect(readEnv({ ...production, WORKPLAN_DEMO: "1" }).demo).toBe(true);
  });

  it("rejects a DATABASE_URL that is not PostgreSQL and treats an empty one as unset", () => {
    expect(() => readEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL/);
    expect(readEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });
});
