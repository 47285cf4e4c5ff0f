import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { dirname } from "node:path";

/** PGlite has no lock between processes; this file-based lock makes a second opener fail loudly. */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: { pid: number; host: string; since: string },
  ) {
    super(
      `The embedded database in ${dataDir} is in use by another Workplan process ` +
        `(pid ${holder.pid} on ${holder.host}, since ${holder.since}). ` +
        "Only one process may open it at a time: stop that process first, " +
        "or set DATABASE_URL to use a PostgreSQL server. " +
        "(A running server migrates and seeds the embedded database itself at start-up.)",
    );
    this.name = "DataDirLockedError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readHolder(lockPath: string) {
  try {
    return JSON.parse(readFileSync(lockPath, "utf8")) as {
      pid: number;
      host: string;
      since: string;
    };
  } catch {
    return undefined;
  }
}

/** Takes the lock for `dataDir` or throws DataDirLockedError; returns a release function. */
export function lockDataDir(dataDir: string): () => void {
  const lockPath = `${dataDir.replace(/\/+$/, "")}.lock`;
  mkdirSync(dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      const me = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      const release = () => {
        const holder = readHolder(lockPath);
        if (holder?.pid === process.pid) unlinkSync(lockPath);
        process.off("exit", release);
      };
      process.on("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readHolder(lockPath);
      const stale = holder && holder.host === hostname() && !isAlive(holder.pid);
      if (holder && !stale) throw new DataDirLockedError(dataDir, holder);
      // A lock left by a crashed process (or an unreadable one): remove it and try again.
      unlinkSync(lockPath);
    }
  }
  throw new Error(`Could not lock ${dataDir}`);
}
