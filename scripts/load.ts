// `npm run load`: many signed-in clients against a production build (`npm run build` first),
// then checks in the database that every acknowledged status update is there with its audit
// event and nothing is half-written. `--fault postgres` stops PostgreSQL in the middle;
// `--fault pglite` kills the server with kill -9 in the middle of writes. See README.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { DEMO_PASSWORD } from "@/db/seed/demo-accounts";
import { LoadClient, type Sample } from "./load/client";
import { openLoadDatabase, prepareDatabase, projectCodes, projectSnapshot } from "./load/database";
import { type PgliteFault, type PostgresFault, pgliteFault, postgresFault } from "./load/faults";
import { readOptions } from "./load/options";
import { AppServer } from "./load/server";
import { count5xx, printKinds, summarise } from "./load/stats";
import { checkUpdates } from "./load/verify";
import { runWorkload, type Workload } from "./load/workload";

const options = readOptions(process.argv.slice(2));
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const runId = Date.now().toString(36);
mkdirSync("bench-results", { recursive: true });
const name = `bench-results/load-${stamp}${options.fault === "none" ? "" : `-fault-${options.fault}`}`;

console.info(
  `[load] ${options.clients} clients for ${options.durationSeconds} s on ${options.backend}` +
    (options.fault === "none" ? "" : `, fault: ${options.fault} at ${options.faultAtSeconds} s`),
);
const server = new AppServer(options, `${name}-server.log`);
const users = await prepareDatabase(options, options.clients);

// What the run starts from (PGlite: read before the server takes the folder).
let handle = openLoadDatabase(options);
const codes = await projectCodes(handle);
const before = await projectSnapshot(handle);
if (options.backend === "pglite") await handle.close();

server.start();
console.info(`[load] server ready in ${await server.ready()} ms (log: ${name}-server.log)`);

const outageTitles = Object.fromEntries(
  ["nb", "ru", "en"].map((l) => [
    l,
    (JSON.parse(readFileSync(`messages/${l}.json`, "utf8")) as { errors: Record<string, string> })
      .errors.unavailableTitle ?? "",
  ]),
);
let t0 = performance.now();
const clock = () => performance.now() - t0;
const clients = users.map((user) => ({
  user,
  client: new LoadClient(
    server.base,
    user.email,
    user.locale,
    outageTitles[user.locale] ?? "",
    clock,
  ),
}));
for (let i = 0; i < clients.length; i += 4) {
  await Promise.all(clients.slice(i, i + 4).map(({ client }) => client.signIn(DEMO_PASSWORD)));
}
console.info(`[load] ${clients.length} users signed in, each with their own session`);
// Warm-up outside the measurement: one request per kind of page.
for (const path of ["", "/projects", `/projects/${codes[0]}`, "/my"]) {
  await clients[0]?.client.page("dashboard", `/g/regional-cooperation${path}`);
}

t0 = performance.now();
const workload: Workload = {
  clients,
  codes,
  runId,
  updateShare: options.updateShare,
  clock,
  until: options.durationSeconds * 1000,
  samples: [],
  updates: [],
};
const [, fault] = await Promise.all([
  runWorkload(workload),
  options.fault === "postgres"
    ? postgresFault(options, clock)
    : options.fault === "pglite"
      ? pgliteFault(options, server, clock)
      : Promise.resolve(null),
]);
const seconds = clock() / 1000;
console.info(`[load] done after ${seconds.toFixed(1)} s; checking the database`);

if (options.backend === "pglite") {
  await server.stop();
  handle = openLoadDatabase(options); // opens cleanly: the folder and its lock are free again
}
const updates = await checkUpdates(handle, runId, workload.updates, before);
await handle.close();
await server.stop();
server.close();

const samples = workload.samples;
const overall = summarise(samples, seconds);
const fiveHundreds = count5xx(samples);
const badOutagePages = samples.filter((s) => s.badOutagePage).length;
const faultReport = fault ? describeFault(fault, samples) : null;
const serverLog = {
  levels: server.log.levels,
  messages: Object.fromEntries(server.log.messages),
  otherLines: server.log.plainLines,
};

printKinds(
  `${samples.length} requests in ${seconds.toFixed(1)} s: ${(samples.length / seconds).toFixed(1)} requests/s`,
  overall,
);
console.info(
  `\n5xx: ${fiveHundreds.total} (503: ${fiveHundreds.status503}, other: ${fiveHundreds.other})` +
    `; 503 pages without the translated text: ${badOutagePages}`,
);
console.info(
  `updates: ${updates.accepted} accepted (${updates.acceptedFound} found with audit ${updates.acceptedFound - updates.acceptedWithoutAudit}), ` +
    `${updates.refused} refused as stale (${updates.refusedButWritten} written), ${updates.failed} failed ` +
    `(${updates.failedButCommitted} committed anyway); history rows ${updates.historyRows}, ` +
    `audit events ${updates.auditEvents}; half-written ${updates.rowsWithoutAudit + updates.auditWithoutRow}; ` +
    `version mismatches ${updates.versionMismatches.length} over ${updates.projectsTouched} projects`,
);
if (faultReport) console.info(`fault: ${JSON.stringify(faultReport, null, 2)}`);
console.info(`server log lines by level: ${JSON.stringify(serverLog.levels)}`);

const checks = {
  updatesConsistent: updates.ok,
  no5xxOtherThan503: fiveHundreds.other === 0,
  outagePagesTranslated: badOutagePages === 0,
  no5xxWithoutFault: options.fault !== "none" || fiveHundreds.total === 0,
  ...(faultReport?.checks ?? {}),
};
const passed = Object.values(checks).every(Boolean);
writeFileSync(
  `${name}.json`,
  `${JSON.stringify(
    {
      options,
      runId,
      seconds,
      requests: samples.length,
      requestsPerSecond: samples.length / seconds,
      kinds: overall,
      fiveHundreds,
      // Every 5xx other than 503, when it happened (ms since the start) and what it was.
      otherFiveHundreds: samples.filter((s) => s.status >= 500 && s.status !== 503),
      badOutagePages,
      updates,
      fault: faultReport,
      serverLog,
      checks,
      passed,
    },
    null,
    2,
  )}\n`,
);
console.info(`\nchecks: ${JSON.stringify(checks)}\n${passed ? "PASSED" : "FAILED"} — ${name}.json`);
process.exit(passed ? 0 : 1);

function describeFault(f: PostgresFault | PgliteFault, all: Sample[]) {
  const pages = (s: Sample) => s.kind !== "update";
  if ("accepting" in f) {
    // Asked while PostgreSQL was stopped (after the stop, before the start began).
    const during = all.filter((s) => s.start >= f.stopped && s.end <= f.startBegan);
    const statuses = (list: Sample[]) =>
      list.reduce<Record<string, number>>((acc, s) => {
        acc[s.status] = (acc[s.status] ?? 0) + 1;
        return acc;
      }, {});
    const firstPage = all
      .filter((s) => pages(s) && s.status === 200 && s.start >= f.accepting)
      .sort((a, b) => a.end - b.end)[0];
    const recoveryMs = firstPage ? Math.round(firstPage.end - f.accepting) : null;
    const duringPages = during.filter(pages);
    const duringUpdates = during.filter((s) => !pages(s));
    return {
      kind: "postgres",
      timeline: f,
      outageSeconds: (f.startBegan - f.stopped) / 1000,
      duringOutage: {
        pages: statuses(duringPages),
        updates: statuses(duringUpdates),
        askedAgain: all.filter((s) => s.askedAgain).length,
      },
      recoveryMs,
      checks: {
        pagesAnswered503WhileDown:
          duringPages.length > 0 && duringPages.every((s) => s.status === 503),
        updatesAnswered503WhileDown: duringUpdates.every((s) => s.status === 503),
        recovered: recoveryMs !== null,
      },
    };
  }
  const down = all.filter((s) => s.start >= f.killed && s.end <= f.ready);
  return {
    kind: "pglite",
    timeline: f,
    whileDown: {
      requests: down.length,
      noAnswer: down.filter((s) => s.status === 0).length,
    },
    checks: {
      restartedOnSameFolder: f.restartMs > 0,
      lockTakenOver:
        f.lockBefore?.pid === f.killedPid &&
        f.lockAfter?.pid !== undefined &&
        f.lockAfter.pid !== f.killedPid,
    },
  };
}
