import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream, existsSync, type WriteStream } from "node:fs";
import { databaseUrl } from "./database";
import type { LoadOptions } from "./options";

// For the load run only (never used elsewhere): the app refuses to start without them.
const AUTH_SECRET = "load-test-only-secret-not-for-production-0123456789";
const WORKPLAN_ENCRYPTION_KEY = "bG9hZC10ZXN0LW9ubHkta2V5LW5vdC1mb3ItcHJvZCE=";

export interface ServerLog {
  /** Structured lines (lib/log.ts) by level, and other lines Next wrote itself. */
  levels: Record<string, number>;
  messages: Map<string, number>;
  plainLines: number;
  /** This server seeded the demo data at start-up (its start-up line says so). */
  seeded: boolean;
}

/** Where one of the run's app servers listens, and what it is told besides the defaults. */
export interface ServerSpec {
  /** "a", "b", …: how the report names it. */
  name: string;
  port: number;
  /** The address clients use (nginx's when it is in front): AUTH_URL and PUBLIC_URL. */
  publicUrl: string;
  env?: Record<string, string | undefined>;
}

export class AppServer {
  private child?: ChildProcess;
  readonly log: ServerLog = { levels: {}, messages: new Map(), plainLines: 0, seeded: false };
  /** Every process this server ran as (a restart after a kill is a new one). */
  readonly pids: number[] = [];
  /** Lines that tell of an uncaught exception or an unhandled rejection (issue 18.9). */
  readonly uncaught: string[] = [];
  private readonly out: WriteStream;
  readonly spec: ServerSpec;

  constructor(
    private readonly options: LoadOptions,
    logFile: string,
    spec?: ServerSpec,
  ) {
    if (!existsSync(`${options.distDir}/BUILD_ID`)) {
      throw new Error(
        `No production build in ${options.distDir}: run \`npm run build\` first (the load run builds nothing).`,
      );
    }
    this.spec = spec ?? {
      name: "a",
      port: options.port,
      publicUrl: `http://127.0.0.1:${options.port}`,
    };
    this.out = createWriteStream(logFile, { flags: "a" });
  }

  get base() {
    return `http://127.0.0.1:${this.spec.port}`;
  }

  get pid() {
    return this.child?.pid;
  }

  start(): void {
    const o = this.options;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      AUTH_SECRET,
      WORKPLAN_ENCRYPTION_KEY,
      WORKPLAN_DEMO: "1",
      AUTH_URL: this.spec.publicUrl,
      PUBLIC_URL: this.spec.publicUrl,
      ...(o.backend === "postgres"
        ? { DATABASE_URL: databaseUrl(o) }
        : { DATABASE_URL: "", PGLITE_DIR: o.pgliteDir }),
      ...this.spec.env,
    };
    const child = spawn(
      "./node_modules/.bin/next",
      ["start", "-H", "127.0.0.1", "-p", String(this.spec.port)],
      { env, stdio: ["ignore", "pipe", "pipe"] },
    );
    this.out.write(`\n--- server started (pid ${child.pid}) at ${new Date().toISOString()}\n`);
    if (child.pid) this.pids.push(child.pid);
    for (const stream of [child.stdout, child.stderr]) {
      let rest = "";
      stream?.on("data", (chunk: Buffer) => {
        this.out.write(chunk);
        const lines = (rest + chunk.toString("utf8")).split("\n");
        rest = lines.pop() ?? "";
        for (const line of lines) this.count(line);
      });
    }
    this.child = child;
  }

  private count(line: string) {
    if (!line.trim()) return;
    if (/uncaught|unhandled ?rejection|uncaughtException/i.test(line)) this.uncaught.push(line);
    if (line.includes("[workplan] database ready") && line.includes("demo data seeded"))
      this.log.seeded = true;
    try {
      const entry = JSON.parse(line) as { level?: string; msg?: string };
      if (entry.level) {
        this.log.levels[entry.level] = (this.log.levels[entry.level] ?? 0) + 1;
        const key = `${entry.level}: ${entry.msg}`;
        this.log.messages.set(key, (this.log.messages.get(key) ?? 0) + 1);
        return;
      }
    } catch {
      // Not one of ours.
    }
    this.log.plainLines++;
  }

  /** Waits until /api/health answers 200. */
  async ready(timeoutMs = 120_000): Promise<number> {
    const started = Date.now();
    while (Date.now() - started < timeoutMs) {
      if (this.child?.exitCode !== null && this.child?.exitCode !== undefined) {
        throw new Error(`the server exited with code ${this.child.exitCode} (see the server log)`);
      }
      try {
        const response = await fetch(`${this.base}/api/health`);
        await response.arrayBuffer();
        if (response.ok) return Date.now() - started;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error("the server did not become ready in time");
  }

  /** kill -9: no chance to flush or clean up anything. */
  kill9(): void {
    this.child?.kill("SIGKILL");
  }

  /** SIGTERM, then SIGKILL after 15 s. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    await exited;
    clearTimeout(timer);
  }

  async exited(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode) return;
    await new Promise((resolve) => child.once("exit", resolve));
  }

  close() {
    this.out.end();
  }
}
