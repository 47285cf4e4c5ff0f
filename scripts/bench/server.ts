/** Builds the app into .next-bench, starts it on a free port in 3500–3599, signs in. */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { openSync } from "node:fs";
import { createServer } from "node:net";
import { resolve } from "node:path";
import type { BenchDatabase } from "./database";

const log = (line: string) => console.info(`[bench] ${line}`);

/** Secrets for the bench's own server only. */
const BENCH_ENV = {
  AUTH_SECRET: "bench-only-secret-not-for-production-0123456789",
  WORKPLAN_ENCRYPTION_KEY: "YmVuY2gtb25seS1rZXktbm90LWZvci1wcm9kdWN0aW8=",
  WORKPLAN_DEMO: "0",
  WORKPLAN_BENCH: "1",
  WORKPLAN_BENCH_BUILD: "1",
  // The status update's JSON route counts against the API's per-user limit (600 a minute): the
  // bench posts more than that in a minute, and measures the route, not the limit.
  API_RATE_LIMIT: "1000000",
};

export function build(): number {
  const running = spawnSync("pgrep", ["-f", "next build"], { encoding: "utf8" });
  if (running.stdout.trim())
    log("note: another `next build` is running; this build shares the CPU");
  log("next build (into .next-bench) …");
  const started = Date.now();
  const result = spawnSync("./node_modules/.bin/next", ["build"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, ...BENCH_ENV, NODE_ENV: "production" },
  });
  if (result.status !== 0) throw new Error("next build failed");
  return Date.now() - started;
}

function portFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer()
      .once("error", () => done(false))
      .once("listening", () => probe.close(() => done(true)))
      .listen(port, "127.0.0.1");
  });
}

async function freePort(): Promise<number> {
  for (let port = 3500; port < 3600; port++) if (await portFree(port)) return port;
  throw new Error("no free port in 3500–3599");
}

export interface RunningServer {
  base: string;
  process: ChildProcess;
  logFile: string;
  stop(): Promise<void>;
}

export async function startServer(database: BenchDatabase): Promise<RunningServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const logFile = `bench-results/server-${port}.log`;
  const out = openSync(logFile, "w");
  const child = spawn(
    "./node_modules/.bin/next",
    ["start", "-H", "127.0.0.1", "-p", String(port)],
    {
      stdio: ["ignore", out, out],
      env: {
        ...process.env,
        ...BENCH_ENV,
        // Another build to measure (e.g. a side build of work in progress) instead of .next-bench.
        ...(process.env.WORKPLAN_BENCH_DIST
          ? { WORKPLAN_BENCH_BUILD: "", WORKPLAN_DIST_DIR: process.env.WORKPLAN_BENCH_DIST }
          : {}),
        // A deliberate regression of the paths matching WORKPLAN_BENCH_SLOW (./slow-server.cjs).
        ...(process.env.WORKPLAN_BENCH_SLOW
          ? {
              NODE_OPTIONS:
                `${process.env.NODE_OPTIONS ?? ""} --require ${resolve("scripts/bench/slow-server.cjs")}`.trim(),
            }
          : {}),
        NODE_ENV: "production",
        AUTH_URL: base,
        DATABASE_URL: database.url ?? "",
        PGLITE_DIR: database.dataDir ?? "",
      },
    },
  );
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill("SIGTERM");
    await new Promise((r) => {
      const timer = setTimeout(() => {
        child.kill("SIGKILL");
        r(null);
      }, 5000);
      child.once("exit", () => {
        clearTimeout(timer);
        r(null);
      });
    });
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited; see ${logFile}`);
    try {
      const response = await fetch(`${base}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the server did not become healthy; see ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  log(`server on ${base} (log: ${logFile})`);
  return { base, process: child, logFile, stop };
}

function cookiesFrom(response: Response, jar: Map<string, string>) {
  for (const header of response.headers.getSetCookie()) {
    const [pair = ""] = header.split(";");
    const at = pair.indexOf("=");
    jar.set(pair.slice(0, at), pair.slice(at + 1));
  }
}

/** Signs in over HTTP as a browser would; returns the Cookie header of the session. */
export async function signIn(base: string, email: string, password = "workplan-demo") {
  const jar = new Map<string, string>();
  const header = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await fetch(`${base}/api/auth/csrf`);
  cookiesFrom(csrf, jar);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const login = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header() },
    body: new URLSearchParams({ csrfToken, email, password }),
  });
  cookiesFrom(login, jar);
  const session = [...jar.keys()].find((k) => k.includes("session-token"));
  if (!session) throw new Error(`sign-in as ${email} failed`);
  return { cookie: `${session}=${jar.get(session)}`, name: session, value: jar.get(session) ?? "" };
}
