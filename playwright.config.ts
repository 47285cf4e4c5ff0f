import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, systemChromium } from "./e2e/chromium";

const postgresUrl = process.env.TEST_DATABASE_URL;
// Another port (and so another data folder) lets two runs share a machine; with
// WORKPLAN_DIST_DIR each can also serve its own build.
const port = Number(process.env.WORKPLAN_E2E_PORT ?? 3100);
const pgliteDir = `.data/e2e-pglite-${port}`;
const AUTH_SECRET = "e2e-only-secret-not-for-production-0123456789";
// 32 bytes in base64, for the two-factor secrets the end-to-end tests create.
const WORKPLAN_ENCRYPTION_KEY = "ZTJlLW9ubHkta2V5LW5vdC1mb3ItcHJvZHVjdGlvbiE=";

const server = (port: number, env: Record<string, string>, prepare = "") => ({
  command: `${prepare}exec ./node_modules/.bin/next start -H 127.0.0.1 -p ${port}`,
  url: `http://127.0.0.1:${port}/api/health`,
  reuseExistingServer: false,
  timeout: 120_000,
  stdout: "pipe" as const,
  env: {
    AUTH_SECRET,
    WORKPLAN_ENCRYPTION_KEY,
    WORKPLAN_DEMO: "1",
    AUTH_URL: `http://127.0.0.1:${port}`,
    ...env,
  },
});

export default defineConfig({
  testDir: "e2e",
  // Generous: on a loaded 2-core machine Chromium alone takes 1–2 s per navigation and axe
  // 1–2 s per check, and a long story (admin.spec.ts) runs 40 s with one worker.
  timeout: 180_000,
  expect: { timeout: 20_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: process.env.WORKPLAN_E2E_REPORT ?? "test-results/e2e.json" }]],
  outputDir: process.env.WORKPLAN_E2E_OUTPUT ?? "test-results/e2e",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: systemChromium,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: [
    // The default backend: a fresh embedded database, migrated and seeded by the server itself.
    server(
      port,
      { PGLITE_DIR: pgliteDir, DATABASE_URL: "" },
      `rm -rf ${pgliteDir} ${pgliteDir}.lock && `,
    ),
    ...(postgresUrl
      ? [
          server(
            port + 1,
            { DATABASE_URL: postgresUrl.replace(/\/[^/]*$/, "/workplan_e2e") },
            "node scripts/recreate-database.mjs workplan_e2e && ",
          ),
        ]
      : []),
  ],
  projects: [
    { name: "pglite", use: { ...devices["Desktop Chrome"] }, testIgnore: /postgres\.spec\.ts/ },
    ...(postgresUrl
      ? [
          {
            name: "postgres",
            use: { ...devices["Desktop Chrome"], baseURL: `http://127.0.0.1:${port + 1}` },
            testMatch: /postgres\.spec\.ts/,
          },
        ]
      : []),
  ],
});
