import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const stub = fileURLToPath(new URL("./tests/support/server-only-stub.ts", import.meta.url));
const postgresUrl = process.env.TEST_DATABASE_URL;
// Names this run's templates (a PostgreSQL database, a PGlite dump), so that runs sharing a
// server or a checkout do not collide.
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
    // Two files at a time on two cores: a file that creates and migrates database folders
    // (pglite-files) needs more than 30 s while its neighbour keeps the other core busy.
    testTimeout: 60_000,
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
    // Vitest's default on two cores is one file at a time (cores − 1). Files on PostgreSQL wait
    // for the server much of their time, and each file has a database of its own (a copy of the
    // run's template), so two at a time, mixing both backends' files, keeps both cores busy.
    maxWorkers: 2,
    projects: [
      {
        extends: true as const,
        test: {
          ...shared,
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          // One file at a time, after the integration tests: boundaries.test.ts writes probe
          // files into app/ and components/, which other files read (messages.test.ts).
          maxWorkers: 1,
        },
      },
      integration("pglite"),
      ...(postgresUrl ? [integration("postgres")] : []),
    ],
  },
});
