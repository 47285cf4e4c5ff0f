/**
 * `npm run bench:api` (and the end of `npm run bench`) — the JSON API next to the pages: the
 * 50-project list through /api/v1 (a personal access token) and as the page (a session), and a
 * status update through /api/v1 (If-Match, Idempotency-Key) and through the older JSON route,
 * each at 1 and 10 clients with autocannon, on the same data set and build as `npm run bench`.
 * Writes bench-results/bench-api-<date>.json and the "API" section of docs/performance.md.
 *
 *   npm run bench:api                 PostgreSQL, large set
 *   npm run bench:api -- --pglite     PGlite, tenth-size set
 *   npm run bench:api -- --quick      small set, short runs
 *   npm run bench:api -- --no-build   reuse .next-bench
 */
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import type { Request } from "autocannon";
import { sql } from "drizzle-orm";
import { prepareDatabase } from "./database";
import { type LoadResult, runLoad } from "./load";
import { type BenchOptions, parseOptions, USAGE } from "./options";
import { replaceDocsSection } from "./report";
import { build, signIn, startServer } from "./server";
import { updateBody } from "./targets";
import { loadWorld } from "./world";

const log = (line: string) => console.info(`[bench:api] ${line}`);

interface ApiTarget {
  name: string;
  label: string;
  method: "GET" | "POST";
  path: string;
  auth: "token" | "session";
  post?: "v1" | "legacy";
}

export interface ApiBenchResult {
  name: string;
  label: string;
  levels: Record<string, LoadResult>;
}

/** Runs the API bench on its own database copy and server; returns what it measured. */
export async function runApiBench(options: BenchOptions): Promise<ApiBenchResult[]> {
  if (options.build) build();
  const loadBefore = loadavg();
  const database = await prepareDatabase(options);
  let handle = database.open();
  const world = await loadWorld(handle, database.copied);
  // A token of the coordinator, stored as the app stores them: only its hash.
  const secret = `wpat_${randomBytes(32).toString("base64url")}`;
  await handle.db.execute(sql`insert into access_tokens (user_id, name, scope, token_hash, prefix, expires_at)
    values (${world.userId}, 'bench', 'write', ${createHash("sha256").update(secret).digest("hex")},
            ${secret.slice(0, 11)}, now() + interval '1 day')`);
  if (database.backend === "pglite") await handle.close();

  // The limit would stop a load test at 600 a minute: raised for the bench's own server (its
  // cost, one upsert per request, is still paid and measured).
  process.env.API_RATE_LIMIT = "1000000";
  mkdirSync("bench-results", { recursive: true });
  const server = await startServer(database);
  const results: ApiBenchResult[] = [];
  try {
    const session = await signIn(server.base, world.email);
    const byToken = { authorization: `Bearer ${secret}`, "accept-encoding": "identity" };
    const bySession = { cookie: session.cookie, "accept-encoding": "identity" };
    const g = world.slug;
    const targets: ApiTarget[] = [
      {
        name: "page-list",
        label: "project list page, 50 rows (session)",
        method: "GET",
        path: `/g/${g}/projects`,
        auth: "session",
      },
      {
        name: "api-list",
        label: "GET /api/v1/…/projects?limit=50 (token)",
        method: "GET",
        path: `/api/v1/groups/${g}/projects?limit=50`,
        auth: "token",
      },
      {
        name: "api-list-session",
        label: "the same, signed-in browser (session)",
        method: "GET",
        path: `/api/v1/groups/${g}/projects?limit=50`,
        auth: "session",
      },
      {
        name: "api-project",
        label: "GET /api/v1/…/projects/{code} (token)",
        method: "GET",
        path: `/api/v1/groups/${g}/projects/${encodeURIComponent(world.historyProject.code)}`,
        auth: "token",
      },
      {
        name: "post-legacy",
        label: "status update, JSON route (session)",
        method: "POST",
        path: `/api/g/${g}/projects/{code}/status-updates`,
        auth: "session",
        post: "legacy",
      },
      {
        name: "api-post",
        label: "POST /api/v1/…/status-updates (token, If-Match, Idempotency-Key)",
        method: "POST",
        path: `/api/v1/groups/${g}/projects/{code}/status-updates`,
        auth: "token",
        post: "v1",
      },
    ];

    const versions = new Map(world.postProjects.map((p) => [p.code, p.version]));
    /** One project per request in flight, as in `npm run bench`; the version follows the answers. */
    const postRequests = (t: ApiTarget, headers: Record<string, string>): Request[] => {
      const free = world.postProjects.map((p) => p.code);
      let n = 0;
      return [
        {
          method: "POST",
          setupRequest: (request: object, context: Record<string, unknown>) => {
            const code = free.shift();
            if (!code) throw new Error("more clients than projects to post to");
            context.code = code;
            const version = versions.get(code) ?? 1;
            const { version: _, ...body } = updateBody(version, n++);
            return {
              ...request,
              method: "POST",
              path: t.path.replace("{code}", encodeURIComponent(code)),
              headers: {
                ...headers,
                "content-type": "application/json",
                ...(t.post === "v1"
                  ? { "if-match": `"${version}"`, "idempotency-key": randomUUID() }
                  : {}),
              },
              body: JSON.stringify(t.post === "v1" ? body : { ...body, version }),
            };
          },
          onResponse: (status: number, text: string, context: Record<string, unknown>) => {
            const code = context.code as string;
            try {
              const answer = JSON.parse(text) as {
                version?: number;
                data?: { version?: number };
                current?: { version?: number };
              };
              const version =
                status === 201 ? (answer.version ?? answer.data?.version) : answer.current?.version;
              if (version) versions.set(code, version);
            } catch {
              // counted as an error by its status
            }
            free.push(code);
          },
        } as Request,
      ];
    };

    const chosen = options.only.length
      ? targets.filter((t) => options.only.some((word) => t.name.includes(word)))
      : targets;
    for (const t of chosen) {
      const headers = t.auth === "token" ? byToken : bySession;
      const requests = t.post ? postRequests(t, headers) : undefined;
      // Warm-up: the route compiled, the statements prepared.
      await runLoad(server.base, {
        connections: 1,
        amount: 5,
        method: t.method,
        path: t.path,
        headers,
        ...(requests ? { requests } : {}),
      });
      const levels: Record<string, LoadResult> = {};
      for (const connections of options.quick ? [1, 10] : [1, 10]) {
        const sized =
          t.method === "POST"
            ? { amount: Math.round((options.quick ? 40 : 150) * (connections === 1 ? 1 : 3)) }
            : { seconds: options.seconds || (options.quick ? 3 : 10) };
        const level = await runLoad(server.base, {
          connections,
          ...sized,
          method: t.method,
          path: t.path,
          headers,
          ...(t.post ? { requests: postRequests(t, headers) } : {}),
        });
        levels[String(connections)] = level;
        log(
          `${t.name.padEnd(17)} ${String(connections).padStart(2)} client(s): p50 ${level.p50} ms  ` +
            `p95 ${level.p95} ms  ${level.rps} req/s  errors ${level.errors}  ${level.bytes} B`,
        );
      }
      results.push({ name: t.name, label: t.label, levels });
    }
  } finally {
    await server.stop();
    if (database.backend === "postgres") await handle.close();
    handle = undefined as never;
    await database.discard();
  }

  const stamp = new Date();
  mkdirSync("bench-results", { recursive: true });
  const file = `bench-results/bench-api-${stamp.toISOString().slice(0, 19).replace(/:/g, "-")}-${database.backend}${options.quick ? "-quick" : ""}.json`;
  const machine = { cpus: cpus().length, model: cpus()[0]?.model.trim(), load: loadavg() };
  writeFileSync(
    file,
    `${JSON.stringify({ date: stamp.toISOString(), backend: database.backend, machine, results }, null, 2)}\n`,
  );
  const table = markdown(results, database.backend, options, stamp, loadBefore);
  console.info(`\n${table}\n`);
  if (options.writeDocs)
    log(
      replaceDocsSection("api", table)
        ? "docs/performance.md: API section updated"
        : "docs/performance.md has no bench:api markers: not updated",
    );
  log(`results in ${file}`);
  return results;
}

const cell = (level: LoadResult | undefined) => (level ? `${level.p50} / ${level.p95}` : "–");

function markdown(
  results: ApiBenchResult[],
  backend: string,
  options: BenchOptions,
  at: Date,
  loadBefore: number[],
): string {
  const cpu = cpus();
  const load = (values: number[]) => values.map((v) => v.toFixed(2)).join(" ");
  const lines = [
    `Run of ${at.toISOString().slice(0, 16).replace("T", " ")} UTC on ${backend}${options.quick ? " (quick set)" : ""}, ` +
      `${cpu.length} × ${cpu[0]?.model.trim() ?? "?"}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}; ` +
      `load average before / after: ${load(loadBefore)} / ${load(loadavg())}.` +
      `${options.note ? ` ${options.note}` : ""} p50 / p95 in ms, throughput in requests per second.`,
    "",
    "| target | 1 client p50 / p95 | 1 client req/s | 10 clients p50 / p95 | 10 clients req/s | errors | bytes |",
    "| --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const r of results) {
    const one = r.levels["1"];
    const ten = r.levels["10"];
    const errors = (one?.errors ?? 0) + (ten?.errors ?? 0);
    lines.push(
      `| ${r.label} | ${cell(one)} | ${one?.rps ?? "–"} | ${cell(ten)} | ${ten?.rps ?? "–"} | ${errors} | ${ten?.bytes ?? one?.bytes ?? "–"} |`,
    );
  }
  return lines.join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes("--help")) {
    console.info(USAGE.replace("npm run bench", "npm run bench:api"));
    process.exit(0);
  }
  try {
    await runApiBench(parseOptions(process.argv.slice(2)));
    process.exit(0);
  } catch (error) {
    console.error(error);
    process.exit(1);
  }
}
