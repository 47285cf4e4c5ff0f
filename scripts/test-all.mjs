// `npm test`: every check — lint and a production build side by side, then the typecheck (which
// includes the types the build generates), the browser's files checked for server code
// (scripts/check-browser-bundle.mjs), unit + integration tests (PGlite, and PostgreSQL when
// TEST_DATABASE_URL is set), and end-to-end tests in Chromium against the build.
// Ends with one line "N passed, N failed" counting tests and checks, after each stage's time.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

const bin = (name) => `./node_modules/.bin/${name}`;
let passed = 0;
let failed = 0;
const failures = [];
const timings = [];

/**
 * Runs one command. Alone, its output goes straight to the terminal; side by side with others
 * (`quiet`), it is collected and printed in one piece when the command ends.
 */
function run(label, command, args, { env = {}, quiet = false } = {}) {
  const started = Date.now();
  if (!quiet) console.info(`\n▶ ${label}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
      env: { ...process.env, ...env },
    });
    const output = [];
    child.stdout?.on("data", (chunk) => output.push(chunk));
    child.stderr?.on("data", (chunk) => output.push(chunk));
    child.on("close", (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (quiet) {
        console.info(`\n▶ ${label}`);
        process.stdout.write(Buffer.concat(output));
      }
      console.info(`${code === 0 ? "✔" : "✘"} ${label} (${seconds} s)`);
      timings.push(`${label}: ${seconds} s`);
      resolve(code === 0);
    });
  });
}

function count(label, ok) {
  if (ok) passed += 1;
  else {
    failed += 1;
    failures.push(label);
  }
  return ok;
}

/** Runs a test tool that writes a JSON report, and counts its tests. */
async function suite(label, command, args, report, tally, env) {
  rmSync(report, { force: true });
  const ok = await run(label, command, args, { env });
  if (!existsSync(report)) {
    failed += 1;
    failures.push(`${label} (no report)`);
    return;
  }
  const counts = tally(JSON.parse(readFileSync(report, "utf8")));
  passed += counts.passed;
  failed += counts.failed;
  if (!ok || counts.failed > 0) failures.push(label);
  if (!ok && counts.failed === 0) failed += 1;
}

const started = Date.now();
mkdirSync("test-results", { recursive: true });

// Lint and build share the two cores. The build skips its own type check: the typecheck below
// runs the same compiler over the same files, the build's generated route types included.
const [, built] = await Promise.all([
  run("lint", bin("biome"), ["check", "."], { quiet: true }).then((ok) => count("lint", ok)),
  run("production build", bin("next"), ["build"], {
    quiet: true,
    env: { NODE_ENV: "production", WORKPLAN_DIST_DIR: ".next", WORKPLAN_SKIP_TYPECHECK: "1" },
  }).then((ok) => count("production build", ok)),
]);
count("typecheck", await run("typecheck", bin("tsc"), ["--noEmit", "-p", "."]));
if (built)
  count(
    "browser bundle free of server code",
    await run("browser bundle free of server code", "node", [
      "scripts/check-browser-bundle.mjs",
      ".next/static",
    ]),
  );
await suite(
  `unit and integration tests (${process.env.TEST_DATABASE_URL ? "PGlite and PostgreSQL" : "PGlite"})`,
  bin("vitest"),
  ["run", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/vitest.json"],
  "test-results/vitest.json",
  (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests }),
);
if (built) {
  await suite(
    "end-to-end tests (Chromium)",
    bin("playwright"),
    ["test"],
    "test-results/e2e.json",
    (r) => ({ passed: r.stats.expected, failed: r.stats.unexpected + r.stats.flaky }),
  );
}

console.info(`\n${timings.join("\n")}\nin all: ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (failures.length) console.info(`\nFailed: ${failures.join("; ")}`);
console.info(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
