import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, systemChromium } from "./e2e/chromium";
import { MAIL_FROM, MAIL_SERVER_PORT, MAIL_URL, SINK_HTTP_PORT, SINK_SMTP_PORT } from "./e2e/mail";
import { E2E_PORT as port } from "./e2e/personas";

const postgresUrl = process.env.TEST_DATABASE_URL;
// Another port (and so another data folder and database) lets two runs share a machine; with
// WORKPLAN_DIST_DIR each can also serve its own build.
const pgliteDir = `.data/e2e-pglite-${port}`;
const postgresDatabase = `workplan_e2e_${port + 1}`;
const mailPgliteDir = `.data/e2e-pglite-${MAIL_SERVER_PORT}`;
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
  // Three browsers on two cores: while one waits for the server (a single process, its
  // database embedded), the others use the cores. Tests share no data they change (factories
  // in e2e/factories.ts), so any order and any mix run alike.
  workers: 3,
  retries: 0,
  reporter: [
    ["list"],
    ["json", { outputFile: process.env.WORKPLAN_E2E_REPORT ?? "test-results/e2e.json" }],
  ],
  outputDir: process.env.WORKPLAN_E2E_OUTPUT ?? "test-results/e2e",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // A failed test keeps its trace (actions, DOM snapshots, network) but no screencast: the
    // screenshots of every action cost Chromium about a fifth of its time.
    trace: { mode: "retain-on-failure", screenshots: false },
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
    // The run's own SMTP server, and what arrived on it over HTTP (e2e/mail.ts reads it).
    {
      command: `exec ./node_modules/.bin/tsx e2e/mail-sink.ts ${SINK_SMTP_PORT} ${SINK_HTTP_PORT}`,
      url: `http://127.0.0.1:${SINK_HTTP_PORT}/health`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "pipe" as const,
    },
    // The mail server: the same build, with mail on (through the sink) and a database of its own,
    // for the tests of what reaches people by mail. Its worker sends within a second or two.
    server(
      MAIL_SERVER_PORT,
      {
        PGLITE_DIR: mailPgliteDir,
        DATABASE_URL: "",
        SMTP_URL: `smtp://127.0.0.1:${SINK_SMTP_PORT}`,
        MAIL_FROM,
        PUBLIC_URL: MAIL_URL,
      },
      `rm -rf ${mailPgliteDir} ${mailPgliteDir}.lock && `,
    ),
    ...(postgresUrl
      ? [
          server(
            port + 1,
            { DATABASE_URL: postgresUrl.replace(/\/[^/]*$/, `/${postgresDatabase}`) },
            `node scripts/recreate-database.mjs ${postgresDatabase} && `,
          ),
        ]
      : []),
  ],
  projects: [
    // Every demo account signs in through the form once; the tests reuse the saved sessions.
    { name: "personas", use: { ...devices["Desktop Chrome"] }, testMatch: /personas\.setup\.ts/ },
    {
      name: "pglite",
      use: { ...devices["Desktop Chrome"] },
      testIgnore: /postgres\.spec\.ts/,
      dependencies: ["personas"],
    },
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
