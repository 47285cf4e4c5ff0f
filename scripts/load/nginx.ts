import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { UPSTREAM_HEADER } from "./client";

/**
 * nginx in front of the run's app servers: round-robin, with the proxy settings of the
 * production example included unchanged (docs/nginx/workplan-proxy.conf), so a load run tests
 * them, and its upstream block's (docs/nginx/workplan.conf). The run's own nginx also names, in
 * a header, the app server that answered.
 */
const CANDIDATES = ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx"];

export function findNginx(): string {
  const found =
    CANDIDATES.find((path) => existsSync(path)) ??
    spawnSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" }).stdout.trim();
  if (!found) {
    throw new Error(
      "nginx is not installed; several app servers run behind it. Install it with\n" +
        "  sudo apt-get install -y nginx      (Debian, Ubuntu)\n" +
        "and run again (the run starts its own nginx; the system's stays as it is).",
    );
  }
  return found;
}

export const PROXY_SNIPPET = resolve("docs/nginx/workplan-proxy.conf");

export function nginxConfig(dir: string, port: number, upstreams: number[]): string {
  return `# Written by npm run load: the run's own nginx (not the system's).
worker_processes 2;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream workplan {
${upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=10s;`).join("\n")}
    keepalive 64;
    keepalive_timeout 4s;
  }
  server {
    listen 127.0.0.1:${port};
    add_header ${UPSTREAM_HEADER} $upstream_addr always;
    location / {
      include ${PROXY_SNIPPET};
    }
  }
}
`;
}

export class Nginx {
  private child?: ChildProcess;
  readonly dir: string;

  constructor(
    runDir: string,
    readonly port: number,
    private readonly upstreams: number[],
  ) {
    this.dir = resolve(runDir);
  }

  get base() {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Checks the configuration (nginx -t), then starts nginx in the foreground. */
  start(): void {
    const binary = findNginx();
    mkdirSync(this.dir, { recursive: true });
    const config = `${this.dir}/nginx.conf`;
    writeFileSync(config, nginxConfig(this.dir, this.port, this.upstreams));
    const test = spawnSync(binary, ["-t", "-q", "-p", this.dir, "-c", config], {
      encoding: "utf8",
    });
    if (test.status !== 0) throw new Error(`nginx -t refused the configuration:\n${test.stderr}`);
    this.child = spawn(binary, ["-p", this.dir, "-c", config], { stdio: "ignore" });
  }

  async ready(timeoutMs = 10_000): Promise<void> {
    const started = Date.now();
    while (Date.now() - started < timeoutMs) {
      try {
        const response = await fetch(`${this.base}/api/health`);
        await response.arrayBuffer();
        if (response.status < 500) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error("nginx did not answer in time");
  }

  /** At once, without waiting (the run is ending abnormally). */
  kill(): void {
    const child = this.child;
    if (child && child.exitCode === null && !child.signalCode) child.kill("SIGTERM");
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGQUIT");
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  }
}
