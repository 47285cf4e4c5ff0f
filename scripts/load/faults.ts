import { exec } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import postgres from "postgres";
import type { LoadOptions } from "./options";
import type { AppServer } from "./server";

const run = promisify(exec);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function sleepUntil(clock: () => number, at: number) {
  const wait = at - clock();
  if (wait > 0) await sleep(wait);
}

export interface PostgresFault {
  stopBegan: number;
  stopped: number;
  startBegan: number;
  /** PostgreSQL accepts connections again (a fresh connection answered `select 1`). */
  accepting: number;
}

async function accepting(adminUrl: string): Promise<boolean> {
  const sql = postgres(adminUrl, { max: 1, connect_timeout: 1, onnotice: () => {} });
  try {
    await sql`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 }).catch(() => {});
  }
}

/** Stops PostgreSQL in the middle of the run, starts it again after the outage. */
export async function postgresFault(o: LoadOptions, clock: () => number): Promise<PostgresFault> {
  await sleepUntil(clock, o.faultAtSeconds * 1000);
  const stopBegan = clock();
  console.info(`[load] ${(stopBegan / 1000).toFixed(1)} s: stopping PostgreSQL (${o.pgStop})`);
  await run(o.pgStop);
  const stopped = clock();
  await sleep(o.outageSeconds * 1000);
  const startBegan = clock();
  console.info(`[load] ${(startBegan / 1000).toFixed(1)} s: starting PostgreSQL (${o.pgStart})`);
  await run(o.pgStart);
  while (!(await accepting(o.adminUrl))) await sleep(50);
  const ready = clock();
  console.info(`[load] ${(ready / 1000).toFixed(1)} s: PostgreSQL accepts connections again`);
  return { stopBegan, stopped, startBegan, accepting: ready };
}

export interface PgliteFault {
  killed: number;
  killedPid: number | undefined;
  /** The lock file as the killed process left it, and after the restart. */
  lockBefore: { pid?: number } | null;
  lockAfter: { pid?: number } | null;
  restartedPid: number | undefined;
  restartMs: number;
  ready: number;
}

const readLock = (dir: string) => {
  try {
    return JSON.parse(readFileSync(`${dir.replace(/\/+$/, "")}.lock`, "utf8")) as { pid?: number };
  } catch {
    return null;
  }
};

/** kill -9 of the server in the middle of writes, then a restart on the same folder. */
export async function pgliteFault(
  o: LoadOptions,
  server: AppServer,
  clock: () => number,
): Promise<PgliteFault> {
  await sleepUntil(clock, o.faultAtSeconds * 1000);
  const killedPid = server.pid;
  const killed = clock();
  console.info(`[load] ${(killed / 1000).toFixed(1)} s: kill -9 of the server (pid ${killedPid})`);
  server.kill9();
  await server.exited();
  const lockBefore = readLock(o.pgliteDir);
  server.start();
  const restartMs = await server.ready();
  const ready = clock();
  console.info(
    `[load] ${(ready / 1000).toFixed(1)} s: restarted on the same folder, ready in ${restartMs} ms`,
  );
  return {
    killed,
    killedPid,
    lockBefore,
    lockAfter: readLock(o.pgliteDir),
    restartedPid: server.pid,
    restartMs,
    ready,
  };
}

export interface AppFault {
  kind: "app";
  server: string;
  killed: number;
  killedPid: number | undefined;
  /** When the killed server was started again and answered (null without a restart). */
  restarted: number | null;
  ready: number | null;
}

/**
 * kill -9 of one of several app servers in the middle of the run: nginx must send the traffic
 * to the others. After the outage the server is started again (unless --no-restart) and takes
 * its share once nginx tries it again.
 */
export async function appFault(
  o: LoadOptions,
  server: AppServer,
  clock: () => number,
): Promise<AppFault> {
  await sleepUntil(clock, o.faultAtSeconds * 1000);
  const killedPid = server.pid;
  const killed = clock();
  console.info(
    `[load] ${(killed / 1000).toFixed(1)} s: kill -9 of server ${server.spec.name} (pid ${killedPid})`,
  );
  server.kill9();
  await server.exited();
  if (!o.restart)
    return {
      kind: "app",
      server: server.spec.name,
      killed,
      killedPid,
      restarted: null,
      ready: null,
    };
  await sleep(o.outageSeconds * 1000);
  const restarted = clock();
  server.start();
  await server.ready();
  const ready = clock();
  console.info(
    `[load] ${(ready / 1000).toFixed(1)} s: server ${server.spec.name} restarted (pid ${server.pid})`,
  );
  return { kind: "app", server: server.spec.name, killed, killedPid, restarted, ready };
}
