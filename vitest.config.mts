import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const stub = fileURLToPath(new URL("./tests/support/server-only-stub.ts", import.meta.url));
const postgresUrl = process.env.TEST_DATABASE_URL;
// Names this run's template database, so parallel runs on one server do not collide.
process.env.WORKPLAN_TEST_RUN ??= `${process.pid}`;
const runId = process.env.WORKPLAN_TEST_RUN;
// Tests only: encrypts the two-factor secrets the tests create (never used outside tests).
const WORKPLAN_ENCRYPTION_KEY = "dGVzdHMtb25seS1rZXktbm90LWZvci1wcm9kdWN0aW8=";

const shared = {
  globals: false,
  testTimeout: 30_000,
  hookTimeout: 60_000,
};

const integration = (backend: "pglite" | "postgres") => ({
  extends: true as const,
  test: {
    ...shared,
    name: `integration:${backend}`,
    include: ["tests/integration/**/*.test.ts", "tests/property/**/*.test.ts"],
    globalSetup: ["tests/support/global-setup.ts"],
    env: {
      NODE_ENV: "test" as const,
      WORKPLAN_TEST_BACKEND: backend,
      WORKPLAN_TEST_RUN: runId,
      WORKPLAN_ENCRYPTION_KEY,
    },
  },
});

export default defineConfig({
  resolve: { tsconfigPaths: true, alias: { "server-only": stub } },
  test: {
    env: { NODE_ENV: "test", WORKPLAN_ENCRYPTION_KEY },
    projects: [
      {
        extends: true as const,
        test: { ...shared, name: "unit", include: ["tests/unit/**/*.test.ts"] },
      },
      integration("pglite"),
      ...(postgresUrl ? [integration("postgres")] : []),
    ],
  },
});
