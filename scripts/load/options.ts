import { parseArgs } from "node:util";

export type Fault = "none" | "postgres" | "pglite" | "app";
/** What the clients ask for: the whole mix, or only the dashboard (to measure its rate). */
export type Mix = "all" | "dashboard";

export interface LoadOptions {
  durationSeconds: number;
  clients: number;
  port: number;
  fault: Fault;
  backend: "postgres" | "pglite";
  /** A maintenance database on the PostgreSQL server, for CREATE/DROP DATABASE. */
  adminUrl: string;
  databaseName: string;
  pgliteDir: string;
  /** Share of a client's requests that post a status update (0–1). */
  updateShare: number;
  /** The fault: when it starts (seconds into the run) and how long PostgreSQL stays down. */
  faultAtSeconds: number;
  outageSeconds: number;
  pgStop: string;
  pgStart: string;
  distDir: string;
  /** App servers started on one database; with more than one, nginx balances them. */
  servers: number;
  /** nginx in front (round-robin): always with several servers, optional with one. */
  nginx: boolean;
  mix: Mix;
  /** --fault app: restart the killed server after the outage (it then takes traffic again). */
  restart: boolean;
  /** Mail goes to an SMTP server of the run's own, to count what every server sent. */
  mail: boolean;
}

const USAGE = `npm run load -- [--duration 60] [--clients 60] [--fault none|postgres|pglite|app]
  [--servers 1] [--nginx] [--mix all|dashboard] [--no-restart] [--no-mail]
  [--backend postgres|pglite] [--port 3400] [--update-share 0.2]
  [--admin-url postgres://postgres@127.0.0.1:5432/postgres] [--database workplan_load]
  [--pglite-dir .data/load-pglite] [--fault-at <s>] [--outage 10]
  [--pg-stop "<command>"] [--pg-start "<command>"]
Needs a production build first: npm run build. With --servers 2 or more (or --nginx), nginx
balances the servers (Debian: apt-get install -y nginx); --fault app kills one of them.`;

const number = (value: string | undefined, fallback: number, name: string) => {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0)
    throw new Error(`--${name} must be a number\n${USAGE}`);
  return parsed;
};

export function readOptions(argv: string[]): LoadOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      duration: { type: "string" },
      clients: { type: "string" },
      port: { type: "string" },
      fault: { type: "string" },
      backend: { type: "string" },
      "admin-url": { type: "string" },
      database: { type: "string" },
      "pglite-dir": { type: "string" },
      "update-share": { type: "string" },
      "fault-at": { type: "string" },
      outage: { type: "string" },
      "pg-stop": { type: "string" },
      "pg-start": { type: "string" },
      servers: { type: "string" },
      nginx: { type: "boolean" },
      mix: { type: "string" },
      "no-restart": { type: "boolean" },
      "no-mail": { type: "boolean" },
      help: { type: "boolean" },
    },
  });
  if (values.help) {
    console.info(USAGE);
    process.exit(0);
  }
  const fault = (values.fault ?? "none") as Fault;
  if (!["none", "postgres", "pglite", "app"].includes(fault))
    throw new Error(`unknown --fault\n${USAGE}`);
  const backend = (values.backend ?? (fault === "pglite" ? "pglite" : "postgres")) as
    | "postgres"
    | "pglite";
  if (!["postgres", "pglite"].includes(backend)) throw new Error(`unknown --backend\n${USAGE}`);
  if ((fault === "postgres" || fault === "pglite") && fault !== backend) {
    throw new Error(`--fault ${fault} needs --backend ${fault}\n${USAGE}`);
  }
  const servers = Math.max(1, Math.floor(number(values.servers, 1, "servers")));
  if (servers > 1 && backend === "pglite")
    throw new Error("PGlite is one process's database: several servers need --backend postgres");
  if (fault === "app" && servers < 2)
    throw new Error(`--fault app kills one of several servers: add --servers 2\n${USAGE}`);
  const mix = (values.mix ?? "all") as Mix;
  if (!["all", "dashboard"].includes(mix)) throw new Error(`unknown --mix\n${USAGE}`);
  const durationSeconds = number(values.duration, 60, "duration");
  const outageSeconds = number(values.outage, 10, "outage");
  const port = number(values.port, 3400, "port");
  // nginx on --port, the servers on the ports after it.
  if (port < 1024 || port + servers > 65535) throw new Error("--port must be within 1024–65535");
  const cluster = "pg_ctlcluster --skip-systemctl-redirect 15 main";
  return {
    durationSeconds,
    clients: Math.max(1, Math.floor(number(values.clients, 60, "clients"))),
    port,
    fault,
    backend,
    adminUrl:
      values["admin-url"] ??
      process.env.LOAD_ADMIN_URL ??
      "postgres://postgres@127.0.0.1:5432/postgres",
    databaseName: values.database ?? "workplan_load",
    pgliteDir: values["pglite-dir"] ?? ".data/load-pglite",
    updateShare: Math.min(1, number(values["update-share"], 0.2, "update-share")),
    faultAtSeconds: number(
      values["fault-at"],
      Math.max(5, durationSeconds / 2 - outageSeconds / 2),
      "fault-at",
    ),
    outageSeconds,
    pgStop: values["pg-stop"] ?? `${cluster} stop`,
    pgStart: values["pg-start"] ?? `${cluster} start`,
    distDir: process.env.WORKPLAN_DIST_DIR ?? ".next",
    servers,
    nginx: servers > 1 || values.nginx === true,
    mix,
    restart: values["no-restart"] !== true,
    mail: values["no-mail"] !== true && backend === "postgres",
  };
}
