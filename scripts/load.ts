// `npm run load`: many signed-in clients against a production build (`npm run build` first),
// then checks in the database that every acknowledged status update is there with its audit
// event and nothing is half-written. `--fault postgres` stops PostgreSQL in the middle;
// `--fault pglite` kills the server with kill -9 in the middle of writes. `--servers 2` starts
// two servers behind nginx on one PostgreSQL, and `--fault app` kills one of them. See README.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import type { DatabaseHandle } from "@/db/client";
import { DEMO_PASSWORD } from "@/db/seed/demo-accounts";
import { LoadClient, type Sample } from "./load/client";
import {
  byUpstream,
  coherence,
  mailOnce,
  sessionsEverywhere,
  sharedThrottle,
  startedOnce,
  watchClaims,
} from "./load/cluster";
import {
  addLoadUsers,
  createEmptyDatabase,
  GROUP_SLUG,
  type LoadUser,
  openLoadDatabase,
  prepareDatabase,
  projectCodes,
  projectSnapshot,
} from "./load/database";
import {
  type AppFault,
  appFault,
  type PgliteFault,
  type PostgresFault,
  pgliteFault,
  postgresFault,
} from "./load/faults";
import { Nginx } from "./load/nginx";
import { readOptions } from "./load/options";
import { AppServer } from "./load/server";
import { SmtpSink } from "./load/smtp-sink";
import { count5xx, printKinds, summarise } from "./load/stats";
import { checkUpdates } from "./load/verify";
import { runWorkload, type Workload } from "./load/workload";

const options = readOptions(process.argv.slice(2));
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const runId = Date.now().toString(36);
mkdirSync("bench-results", { recursive: true });
const name = `bench-results/load-${stamp}${options.servers > 1 ? `-${options.servers}-servers` : ""}${options.fault === "none" ? "" : `-fault-${options.fault}`}`;
const cluster = options.nginx;

console.info(
  `[load] ${options.clients} clients for ${options.durationSeconds} s on ${options.backend}` +
    (cluster ? `, ${options.servers} server(s) behind nginx` : "") +
    (options.mix === "dashboard" ? ", the dashboard only" : "") +
    (options.fault === "none" ? "" : `, fault: ${options.fault} at ${options.faultAtSeconds} s`),
);

// Behind nginx: the servers on the ports after nginx's, all believing nginx's X-Forwarded-For.
const nginx = cluster
  ? new Nginx(
      `${name}-nginx`,
      options.port,
      Array.from({ length: options.servers }, (_, i) => options.port + 1 + i),
    )
  : null;
const sink = cluster && options.mail ? new SmtpSink() : null;
await sink?.start();
const publicUrl = nginx?.base ?? `http://127.0.0.1:${options.port}`;
const servers = Array.from(
  { length: options.servers },
  (_, i) =>
    new AppServer(options, `${name}-server${options.servers > 1 ? `-${"abcdefgh"[i]}` : ""}.log`, {
      name: "abcdefgh"[i] ?? String(i),
      port: cluster ? options.port + 1 + i : options.port,
      publicUrl,
      env: {
        ...(cluster ? { TRUSTED_PROXIES: "127.0.0.1" } : {}),
        ...(sink ? { SMTP_URL: sink.url } : {}),
      },
    }),
);
const server = servers[0] as AppServer;
// A run that fails half-way leaves no server or nginx of its own behind (they would hold the
// ports, and the next run's servers could not start).
process.once("exit", () => {
  for (const s of servers) s.kill9();
  nginx?.kill();
});

let users: LoadUser[];
let handle: DatabaseHandle;
let started: Awaited<ReturnType<typeof startedOnce>> | null = null;
if (cluster) {
  // Every server starts at once on an empty database: one migrates and seeds, the others wait.
  await createEmptyDatabase(options);
  for (const s of servers) s.start();
  const times = await Promise.all(servers.map((s) => s.ready()));
  console.info(`[load] ${servers.length} servers ready in ${times.join(", ")} ms`);
  nginx?.start();
  await nginx?.ready();
  handle = openLoadDatabase(options);
  started = await startedOnce(handle, servers);
  console.info(`[load] started once: ${JSON.stringify(started)}`);
  users = await addLoadUsers(handle, options.clients);
} else {
  users = await prepareDatabase(options, options.clients);
  handle = openLoadDatabase(options);
}

// What the run starts from (PGlite: read before the server takes the folder).
const codes = await projectCodes(handle);
let before = await projectSnapshot(handle);
if (options.backend === "pglite") await handle.close();

if (!cluster) {
  server.start();
  console.info(`[load] server ready in ${await server.ready()} ms (log: ${name}-server.log)`);
}
const base = nginx?.base ?? server.base;

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
  client: new LoadClient(base, user.email, user.locale, outageTitles[user.locale] ?? "", clock),
}));
for (let i = 0; i < clients.length; i += 4) {
  await Promise.all(clients.slice(i, i + 4).map(({ client }) => client.signIn(DEMO_PASSWORD)));
}
console.info(`[load] ${clients.length} users signed in, each with their own session`);
// Warm-up outside the measurement: one request per kind of page (on every server behind nginx).
for (let round = 0; round < servers.length; round++)
  for (const path of ["", "/projects", `/projects/${codes[0]}`, "/my"]) {
    await clients[0]?.client.page("dashboard", `/g/${GROUP_SLUG}${path}`);
  }

// Before the load: the throttle and an update seen at once across servers.
const clusterChecks = cluster && servers.length > 1 ? await beforeLoad() : null;
// The checks' own update is not the run's: versions are compared from here.
if (clusterChecks) before = await projectSnapshot(handle);
const claims = sink ? watchClaims(handle, servers) : null;

t0 = performance.now();
const workload: Workload = {
  clients,
  codes,
  runId,
  updateShare: options.mix === "dashboard" ? 0 : options.updateShare,
  mix: options.mix,
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
      : options.fault === "app"
        ? appFault(options, server, clock)
        : Promise.resolve(null),
]);
const seconds = clock() / 1000;
console.info(`[load] done after ${seconds.toFixed(1)} s; checking the database`);

const claimed = await claims?.stop();
if (options.backend === "pglite") {
  await server.stop();
  handle = openLoadDatabase(options); // opens cleanly: the folder and its lock are free again
}
const updates = await checkUpdates(handle, runId, workload.updates, before);
// Mail queued by the run's last updates: a few seconds for the workers to send it.
if (sink) await new Promise((r) => setTimeout(r, 8000));
const killedPids = fault && "killedPid" in fault && fault.killedPid ? [fault.killedPid] : [];
const mail = sink ? { ...(await mailOnce(handle, servers, sink, killedPids)), claimed } : null;
await handle.close();
await Promise.all(servers.map((s) => s.stop()));
await nginx?.stop();
await sink?.stop();
for (const s of servers) s.close();

const samples = workload.samples;
const overall = summarise(samples, seconds);
const fiveHundreds = count5xx(samples);
const badOutagePages = samples.filter((s) => s.badOutagePage).length;
const faultReport = fault ? describeFault(fault, samples) : null;
const serverLogs = Object.fromEntries(
  servers.map((s) => [
    s.spec.name,
    {
      levels: s.log.levels,
      messages: Object.fromEntries(s.log.messages),
      otherLines: s.log.plainLines,
      uncaught: s.uncaught,
    },
  ]),
);
const uncaught = servers.reduce((n, s) => n + s.uncaught.length, 0);
const upstreams = cluster ? byUpstream(samples) : null;
const sessions = cluster
  ? sessionsEverywhere(
      clients.map((c) => c.client),
      servers.map((s) => `127.0.0.1:${s.spec.port}`),
    )
  : null;

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
if (upstreams) console.info(`by server: ${JSON.stringify(upstreams)}`);
if (sessions) console.info(`sessions: ${JSON.stringify(sessions)}`);
if (clusterChecks) console.info(`cluster: ${JSON.stringify(clusterChecks, null, 2)}`);
if (mail) console.info(`mail: ${JSON.stringify(mail)}`);
if (faultReport) console.info(`fault: ${JSON.stringify(faultReport, null, 2)}`);
console.info(
  `server logs: ${JSON.stringify(Object.fromEntries(servers.map((s) => [s.spec.name, s.log.levels])))}; uncaught exceptions: ${uncaught}`,
);

const appFaulted = faultReport?.kind === "app";
const checks = {
  updatesConsistent: updates.ok,
  // With a server killed, only the requests it held when it died may end in 502.
  no5xxOtherThan503: appFaulted ? true : fiveHundreds.other === 0,
  outagePagesTranslated: badOutagePages === 0,
  no5xxWithoutFault: options.fault !== "none" || fiveHundreds.total === 0,
  noUncaughtException: uncaught === 0,
  ...(started ? { startedOnce: started.ok } : {}),
  ...(sessions && options.fault === "none" ? { sessionOnEveryServer: sessions.ok } : {}),
  ...(clusterChecks
    ? {
        sharedThrottle: clusterChecks.throttle.ok,
        coherentAcrossServers: clusterChecks.coherence.ok,
      }
    : {}),
  ...(mail ? { mailSentOnce: mail.ok } : {}),
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
      byServer: upstreams,
      sessions,
      started,
      cluster: clusterChecks,
      mail,
      fault: faultReport,
      serverLogs,
      checks,
      passed,
    },
    null,
    2,
  )}\n`,
);
console.info(`\nchecks: ${JSON.stringify(checks)}\n${passed ? "PASSED" : "FAILED"} — ${name}.json`);
process.exit(passed ? 0 : 1);

async function beforeLoad() {
  const throttle = await sharedThrottle(servers, "observer@workplan.test");
  console.info(`[load] shared throttle: ${JSON.stringify(throttle)}`);
  const h = openLoadDatabase(options);
  const [project] = await (await import("@/db/client")).queryRows<{
    code: string;
    area_id: string;
    status: string;
  }>(
    h.db,
    // A project of the approved work plan, which the dashboard counts by default.
    (await import("drizzle-orm")).sql`select p.code, p.area_id, p.status from projects p
      join working_groups g on g.id = p.group_id
      join work_plan_projects wp on wp.project_id = p.id
      join work_plans w on w.id = wp.plan_id and w.state = 'approved'
      where g.slug = ${GROUP_SLUG} and p.archived_at is null and p.status = 'in_progress'
      order by p.code limit 1`,
  );
  await h.close();
  const coordinator = users.find((u) => u.role === "coordinator");
  const consistency =
    project && coordinator
      ? await coherence(servers, coordinator, project.code, {
          areaId: project.area_id,
          status: "completed",
          from: project.status,
        })
      : { ok: false, reason: "no project" };
  console.info(
    `[load] an update through one server, seen on the other: ${JSON.stringify(consistency)}`,
  );
  return { throttle, coherence: consistency };
}

function isAppFault(f: PostgresFault | PgliteFault | AppFault): f is AppFault {
  return "kind" in f && f.kind === "app";
}

function describeFault(f: PostgresFault | PgliteFault | AppFault, all: Sample[]) {
  const pages = (s: Sample) => s.kind !== "update";
  if (isAppFault(f)) {
    // In flight when the server died: started before, answered after.
    const inFlight = all.filter((s) => s.start <= f.killed && s.end >= f.killed);
    const afterwards = all.filter((s) => s.start > f.killed);
    const bad = (list: Sample[]) => list.filter((s) => s.status >= 500 || s.status === 0);
    const byStatus = (list: Sample[]) =>
      list.reduce<Record<string, number>>((acc, s) => {
        acc[s.status] = (acc[s.status] ?? 0) + 1;
        return acc;
      }, {});
    const killedUpstream = all.find((s) =>
      s.upstream?.endsWith(`:${servers.find((x) => x.spec.name === f.server)?.spec.port}`),
    )?.upstream;
    const servedAfterRestart =
      f.ready === null
        ? null
        : all.filter(
            (s) => s.start > (f.ready ?? 0) && s.upstream === killedUpstream && s.status < 500,
          ).length;
    return {
      kind: "app",
      timeline: f,
      inFlightAtKill: byStatus(inFlight),
      afterKill: byStatus(afterwards),
      servedByRestartedServer: servedAfterRestart,
      checks: {
        // nginx sent everything asked after the kill to the other server(s).
        no5xxAfterKill: bad(afterwards).length === 0,
        // A request the killed server held may end in 502 (a POST is never sent twice); none
        // other, before the kill or after it.
        only502sInFlight:
          bad(inFlight).every((s) => s.status === 502 || s.status === 0) &&
          bad(all).every((s) => s.start <= f.killed && s.end >= f.killed),
        ...(servedAfterRestart === null
          ? {}
          : { restartedServerServesAgain: servedAfterRestart > 0 }),
      },
    };
  }
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
