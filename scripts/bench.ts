/**
 * `npm run bench` — builds the app, runs it on the large data set and measures it with
 * autocannon at 1 and 10 signed-in clients; times each page's own queries directly against
 * the database in the same run; measures first-load JavaScript in Chromium. Writes
 * bench-results/bench-<date>.json and the table in docs/performance.md. See docs/performance.md.
 *
 *   npm run bench                  PostgreSQL, large set (workplan_large)
 *   npm run bench -- --pglite      PGlite, tenth-size set
 *   npm run bench -- --quick       small set, 3 rounds; fails when a page's wall and CPU ratios to
 *                                  the floor both worsen > 20 % (or one > 50 %)
 *
 * Then, on fresh databases of their own and the same build: the JSON API (scripts/bench/api.ts),
 * reminders and notices over SMTP (scripts/bench/mail.ts) and documents — 50 MB up and down,
 * the server's memory, the project page with 20 documents (scripts/bench/documents.ts).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { sql } from "drizzle-orm";
import { queryRows } from "@/db/client";
import { runApiBench } from "./bench/api";
import { measurePages, type PageWeight } from "./bench/browser";
import { prepareDatabase } from "./bench/database";
import { runDocumentsBench } from "./bench/documents";
import { type QueryTiming, timeQueries } from "./bench/floor";
import { type LoadResult, runLoad } from "./bench/load";
import { runMailBench } from "./bench/mail";
import { parseOptions, USAGE } from "./bench/options";
import { treeCpuMs } from "./bench/proc";
import {
  type BenchResults,
  compareBaseline,
  type ExportSum,
  goals,
  goalsTable,
  markdownTable,
  type TargetResult,
  updateDocs,
  writeBaseline,
} from "./bench/report";
import { build, signIn, startServer } from "./bench/server";
import { buildTargets, FLOOR_PATH, type Target } from "./bench/targets";
import { loadWorld } from "./bench/world";

/** Rounds of --quick: each measures the floor page, then every target. */
const QUICK_ROUNDS = 3;

/** One round's figures of a target, beside the floor page's of the same round. */
interface RoundSample {
  p50: number;
  cpuMs: number;
  floorP50: number;
  floorCpuMs: number;
}

const log = (line: string) => console.info(`[bench] ${line}`);

let options: ReturnType<typeof parseOptions>;
try {
  options = parseOptions(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
if (process.argv.includes("--help")) {
  console.info(USAGE);
  process.exit(0);
}

const started = Date.now();
const loadBefore = loadavg();
mkdirSync("bench-results", { recursive: true });
const buildSeconds = options.build ? build() / 1000 : 0;

const database = await prepareDatabase(options);
let handle = database.open();
const world = await loadWorld(handle, database.copied);
const [counts] = await queryRows<{ projects: number; updates: number; version: string }>(
  handle.db,
  sql`select (select count(*) from projects)::int as projects,
      (select count(*) from status_updates)::int as updates, version() as version`,
);
const targets = buildTargets(world, options).filter(
  (t) => !options.only.length || options.only.some((word) => t.name.includes(word)),
);

// The database's own time for each target, before the server competes for the CPU (and,
// on PGlite, while this process may still hold the data folder).
const queryRuns = options.quick ? 10 : 30;
const queryTimes = new Map<string, QueryTiming>();
for (const t of targets) {
  if (!t.queries) continue;
  const timing = await timeQueries(
    handle,
    t.queries,
    t.kind === "file" ? Math.ceil(queryRuns / 3) : queryRuns,
  );
  queryTimes.set(t.name, timing);
  log(`queries of ${t.name.padEnd(18)} p50 ${timing.p50} ms  p95 ${timing.p95} ms`);
}
if (database.backend === "pglite") await handle.close();

const server = await startServer(database);
const results: TargetResult[] = [];
let floorLevel: LoadResult | undefined;
let weights: Record<string, PageWeight> = {};
const exportsAll: ExportSum[] = [];
try {
  const session = await signIn(server.base, world.email);
  const headers = { cookie: session.cookie, "accept-encoding": "identity" };
  const get = async (path: string) => {
    const response = await fetch(`${server.base}${path}`, { headers });
    const body = await response.arrayBuffer();
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return body.byteLength;
  };
  const pageSeconds = options.seconds;

  const versions = new Map(world.postProjects.map((p) => [p.code, p.version]));
  // One project per request in flight: a client takes a free project, posts with its current
  // version and gives it back with the new version (autocannon resets a client's context
  // before each request, so the context only carries the project to the response).
  const postRequests = (t: Target) => {
    const plan = t.post;
    if (!plan) return undefined;
    const free = plan.projects.map((p) => p.code);
    let n = 0;
    return [
      {
        method: "POST",
        setupRequest: (request: object, context: Record<string, unknown>) => {
          const code = free.shift();
          if (!code) throw new Error("more clients than projects to post to");
          context.code = code;
          return {
            ...request,
            method: "POST",
            path: t.path.replace("{code}", encodeURIComponent(code)),
            headers: { ...headers, "content-type": "application/json" },
            body: JSON.stringify(plan.body(versions.get(code) ?? 1, n++)),
          };
        },
        onResponse: (status: number, body: string, context: Record<string, unknown>) => {
          const code = context.code as string;
          try {
            const answer = JSON.parse(body) as {
              data?: { version?: number; currentVersion?: number };
            };
            // After a refused stale version (409) the answer names the current one.
            const version = status === 201 ? answer.data?.version : answer.data?.currentVersion;
            if (version) versions.set(code, version);
          } catch {
            // counted as an error by its status
          }
          free.push(code);
        },
      },
    ];
  };

  // Each target's wall time and the server's CPU time a request, beside the floor page measured
  // again at the start of each round: --quick runs three rounds and keeps the fastest of each,
  // so a noisy moment of the machine moves one sample, not the verdict (docs/performance.md).
  const pid = server.process.pid ?? 0;
  const measured = async (spec: Parameters<typeof runLoad>[1]) => {
    const before = treeCpuMs(pid);
    const level = await runLoad(server.base, spec);
    return { level, cpuMs: (treeCpuMs(pid) - before) / Math.max(1, level.requests) };
  };
  const rounds = options.quick ? QUICK_ROUNDS : 1;
  const samples = new Map<string, RoundSample[]>();
  const lastLevels = new Map<string, Record<string, LoadResult>>();
  for (let i = 0; i < 10; i++) await get(FLOOR_PATH(world));
  for (let round = 1; round <= rounds; round++) {
    const floorRun = await measured({
      connections: 1,
      seconds: pageSeconds,
      path: FLOOR_PATH(world),
      headers,
    });
    floorLevel = floorRun.level;
    log(
      `floor page${rounds > 1 ? ` (round ${round} of ${rounds})` : ""} p50 ${floorLevel.p50} ms  ` +
        `p95 ${floorLevel.p95} ms  ${floorLevel.rps} req/s  CPU ${floorRun.cpuMs.toFixed(1)} ms a request`,
    );
    for (const t of targets) {
      const levels: Record<string, LoadResult> = {};
      const connectionsList = options.quick ? [1] : [1, 10];
      if (round === 1) {
        if (t.kind === "page") for (let i = 0; i < 5; i++) await get(t.path);
        else if (t.kind === "file") await get(t.path);
        else
          await runLoad(server.base, {
            connections: 1,
            amount: 5,
            path: t.path,
            headers,
            requests: postRequests(t),
          });
      }
      let cpuMs = Number.NaN;
      for (const connections of connectionsList) {
        // Writes count requests, so that none is cut off in flight (its version would be lost).
        const sized =
          t.kind === "file"
            ? { amount: options.quick ? 3 : connections === 1 ? 5 : 20 }
            : t.kind === "write"
              ? { amount: Math.round((options.quick ? 40 : 150) * (connections === 1 ? 1 : 3)) }
              : { seconds: pageSeconds };
        const run = await measured({
          connections,
          ...sized,
          method: t.kind === "write" ? "POST" : "GET",
          path: t.path,
          headers,
          requests: postRequests(t),
        });
        const level = run.level;
        levels[String(connections)] = level;
        if (connections === 1) cpuMs = run.cpuMs;
        log(
          `${t.name.padEnd(18)} ${String(connections).padStart(2)} client(s): p50 ${level.p50} ms  p95 ${level.p95} ms  ` +
            `p99 ${level.p99} ms  ${level.rps} req/s  errors ${level.errors}` +
            (connections === 1 ? `  CPU ${run.cpuMs.toFixed(1)} ms a request` : ""),
        );
      }
      lastLevels.set(t.name, levels);
      const one = levels["1"];
      if (one)
        samples.set(t.name, [
          ...(samples.get(t.name) ?? []),
          { p50: one.p50, cpuMs, floorP50: floorRun.level.p50, floorCpuMs: floorRun.cpuMs },
        ]);
    }
  }

  for (const t of targets) {
    const queries = queryTimes.get(t.name);
    const floor = queries && floorLevel ? floorLevel.p50 + queries.p50 : undefined;
    const list = samples.get(t.name) ?? [];
    // The fastest round of the target against the fastest of the floor page: the machine's
    // noise only ever adds time (another process, a collection), so the smallest figure of a
    // few rounds is the steadiest; a regression of the page's own work raises all its rounds.
    const least = (xs: number[]) => Math.min(...xs.filter(Number.isFinite));
    const ratio = queries
      ? least(list.map((x) => x.p50)) / (least(list.map((x) => x.floorP50)) + queries.p50)
      : Number.NaN;
    const cpuRatio = least(list.map((x) => x.cpuMs)) / least(list.map((x) => x.floorCpuMs));
    results.push({
      name: t.name,
      label: t.label,
      kind: t.kind,
      path: t.path,
      queries,
      levels: lastLevels.get(t.name) ?? {},
      floor: floor === undefined ? undefined : Math.round(floor * 100) / 100,
      ratio: Number.isFinite(ratio) ? Math.round(ratio * 100) / 100 : undefined,
      cpuRatio: Number.isFinite(cpuRatio) ? Math.round(cpuRatio * 100) / 100 : undefined,
      rounds: list.length,
    });
  }

  if (
    !options.quick &&
    (!options.only.length || options.only.some((w) => "export-all".includes(w)))
  ) {
    for (const format of ["csv", "xlsx"] as const) {
      let seconds = 0;
      let bytes = 0;
      for (const g of world.groups) {
        const t0 = performance.now();
        bytes += await get(`/g/${g.slug}/projects/export/${format}`);
        seconds += (performance.now() - t0) / 1000;
      }
      const projects = world.groups.reduce((sum, g) => sum + g.projects, 0);
      exportsAll.push({
        format,
        groups: world.groups.length,
        projects,
        seconds,
        megabytes: bytes / 1e6,
      });
      log(`export of all ${projects} projects as ${format}: ${seconds.toFixed(2)} s`);
    }
  }

  if (options.browser && !options.quick) {
    const pages: Record<string, string> = { floor: FLOOR_PATH(world) };
    for (const t of targets) if (t.browser) pages[t.name] = t.path;
    weights = await measurePages(server.base, session, pages);
    for (const [name, w] of Object.entries(weights))
      log(
        `${name.padEnd(18)} JS ${(w.jsGzip / 1024).toFixed(1)} kB gzip (${w.scripts} scripts)  HTML ${(w.htmlRaw / 1024).toFixed(1)} kB`,
      );
  }
} finally {
  await server.stop();
  if (database.backend === "postgres") await handle.close();
  handle = undefined as never;
  await database.discard();
}

for (const r of results) if (weights[r.name]) r.weight = weights[r.name];
const stamp = new Date();
const results_: BenchResults = {
  date: stamp.toISOString().slice(0, 16).replace("T", " "),
  machine: {
    cpus: cpus().length,
    model: cpus()[0]?.model.trim() ?? "unknown",
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    database: counts?.version.split(" on ")[0] ?? "",
    loadBefore: loadBefore.map((n) => Math.round(n * 100) / 100),
    loadAfter: loadavg().map((n) => Math.round(n * 100) / 100),
  },
  backend: database.backend,
  quick: options.quick,
  note: options.note,
  data: {
    source: database.source,
    copied: database.copied,
    projects: counts?.projects ?? 0,
    statusUpdates: counts?.updates ?? 0,
  },
  buildSeconds,
  floorPage: { path: FLOOR_PATH(world), level: floorLevel as LoadResult, weight: weights.floor },
  targets: results,
  exportsAll,
};
const file = `bench-results/bench-${stamp.toISOString().slice(0, 19).replace(/:/g, "-")}-${database.backend}${options.quick ? "-quick" : ""}.json`;
writeFileSync(file, `${JSON.stringify(results_, null, 2)}\n`);
console.info(`\n${markdownTable(results_)}\n`);
if (database.backend === "postgres" && !options.quick)
  console.info(`${goalsTable(goals(results_))}\n`);
if (options.writeDocs && !options.only.length) updateDocs(results_);
log(`results in ${file}; ${((Date.now() - started) / 1000).toFixed(0)} s in all`);

// The JSON API next to the pages, on a fresh copy and server of the same build (scripts/bench/api.ts).
// Not with --quick: the guard measures the pages against their baseline, and the API part
// takes as long again.
if (!options.quick && (!options.only.length || options.only.includes("api")))
  await runApiBench({ ...options, build: false });

// Reaching people: reminders rendered and sent over SMTP, a status update's notices (scripts/bench/mail.ts).
if (!options.quick && (!options.only.length || options.only.includes("mail")))
  await runMailBench({ postgres: database.backend === "postgres" });

// Documents: 50 MB up and down, the server's memory, the project page with 20 documents, on a
// demo database of its own served by the same build (scripts/bench/documents.ts).
if (!options.quick && (!options.only.length || options.only.includes("documents")))
  await runDocumentsBench({
    backends: [database.backend],
    rounds: 3,
    requests: 60,
    pageRounds: 3,
    dist: ".next-bench",
    server: true,
    writeDocs: options.writeDocs,
  });

if (options.quick) {
  if (options.writeBaseline) {
    writeBaseline(results_);
    log("baseline written to docs/bench-baseline.json");
  } else {
    const { failures, lines } = compareBaseline(results_);
    for (const line of lines) log(line);
    if (failures.length) {
      console.error(
        `\n[bench] worse than the baseline (wall and CPU ratios both > 20 %, or one > 50 %):\n  ${failures.join("\n  ")}`,
      );
      process.exit(1);
    }
    log("no page worse than the baseline (wall and CPU ratios both > 20 %, or one > 50 %)");
  }
}
process.exit(0);
