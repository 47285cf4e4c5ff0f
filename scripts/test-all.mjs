// `npm test`: every check in order — typecheck, lint, unit + integration tests (PGlite, and
// PostgreSQL when TEST_DATABASE_URL is set), a production build, then end-to-end tests in Chromium.
// Ends with one line "N passed, N failed" counting tests and checks.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

const bin = (name) => `./node_modules/.bin/${name}`;
let passed = 0;
let failed = 0;
const failures = [];

function run(label, command, args, env = {}) {
  const started = Date.now();
  console.info(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  console.info(`${ok ? "✔" : "✘"} ${label} (${seconds} s)`);
  return ok;
}

function check(label, command, args, env) {
  if (run(label, command, args, env)) passed += 1;
  else {
    failed += 1;
    failures.push(label);
  }
}

/** Runs a test tool that writes a JSON report, and counts its tests. */
function suite(label, command, args, report, count, env) {
  rmSync(report, { force: true });
  const ok = run(label, command, args, env);
  if (!existsSync(report)) {
    failed += 1;
    failures.push(`${label} (no report)`);
    return;
  }
  const counts = count(JSON.parse(readFileSync(report, "utf8")));
  passed += counts.passed;
  failed += counts.failed;
  if (!ok || counts.failed > 0) failures.push(label);
  if (!ok && counts.failed === 0) failed += 1;
}

mkdirSync("test-results", { recursive: true });
check("typecheck", bin("tsc"), ["--noEmit", "-p", "."]);
check("lint", bin("biome"), ["check", "."]);
suite(
  `unit and integration tests (${process.env.TEST_DATABASE_URL ? "PGlite and PostgreSQL" : "PGlite"})`,
  bin("vitest"),
  ["run", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/vitest.json"],
  "test-results/vitest.json",
  (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests }),
);
const built = run("production build", bin("next"), ["build"], { NODE_ENV: "production" });
if (!built) {
  failed += 1;
  failures.push("production build");
} else {
  passed += 1;
  suite(
    "end-to-end tests (Chromium)",
    bin("playwright"),
    ["test"],
    "test-results/e2e.json",
    (r) => ({ passed: r.stats.expected, failed: r.stats.unexpected + r.stats.flaky }),
  );
}

if (failures.length) console.info(`\nFailed: ${failures.join("; ")}`);
console.info(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
