import { resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { SQL } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { lockDataDir } from "./lock";
import { withoutQueryParameters } from "./query-errors";
import * as schema from "./schema";

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Either the database or a transaction on it: queries accept both. */
export type Executor = Database | Transaction;
export type Backend = "pglite" | "postgres";

export interface DatabaseHandle {
  db: Database;
  backend: Backend;
  /** The raw client, for the few things drizzle does not cover (dumps, advisory locks). */
  pglite?: PGlite;
  sql?: postgres.Sql;
  close(): Promise<void>;
}

export const MEMORY = "memory://";

export interface OpenOptions {
  /** A postgres:// URL; when absent PGlite is used. */
  url?: string;
  /** PGlite data folder, or "memory://" for an in-memory database. */
  dataDir?: string;
  /** A PGlite data folder dump to start from (tests use a migrated template). */
  loadDataDir?: Blob;
  /** Connections in the postgres pool. */
  maxConnections?: number;
  /** Called with every SQL statement drizzle sends (tests count queries with it). */
  onQuery?: (query: string) => void;
  /**
   * Called with the error of every failed query or transaction before the caller sees it; it
   * may throw something else instead (the app turns a lost database into its outage handling),
   * or answer "retry" to send the query or transaction once more. `retried` is true for the
   * failure of that second attempt, which is final.
   */
  onQueryError?: (error: unknown, retried: boolean) => Promise<"retry" | undefined>;
  /** Called after every query or transaction that succeeded (the app ends an outage with it). */
  onQuerySuccess?: () => void;
}

type QueryErrorHook = NonNullable<OpenOptions["onQueryError"]>;

interface WatchedSession {
  prepareQuery: (...args: unknown[]) => { execute: Runner; all: Runner };
  transaction: (...args: unknown[]) => Promise<unknown>;
}
type Runner = (...args: unknown[]) => Promise<unknown>;

/**
 * Sends the failure of every query drizzle runs on this database through `hook` (queries and
 * builders all end in the session's prepared queries; transactions in session.transaction).
 * Above drizzle's own error wrapping, so what the hook throws reaches the caller as it is.
 * Every failure first loses its parameters (db/query-errors.ts): whoever logs or prints the
 * error — the app, Next — sees the statement and the code, never the values.
 */
function watchFailures(
  db: Database,
  hook: QueryErrorHook = async () => undefined,
  succeeded: () => void = () => {},
) {
  const session = (db as unknown as { session: WatchedSession }).session;
  const final = async (error: unknown): Promise<never> => {
    withoutQueryParameters(error);
    await hook(error, true);
    throw error;
  };
  const done = <T>(result: T): T => {
    succeeded();
    return result;
  };
  const once =
    (run: Runner): Runner =>
    (...a) =>
      run(...a).then(done, async (error: unknown) => {
        withoutQueryParameters(error);
        if ((await hook(error, false)) === "retry") return run(...a).then(done, final);
        throw error;
      });
  const prepare = session.prepareQuery.bind(session);
  session.prepareQuery = (...args) => {
    const query = prepare(...args);
    query.execute = once(query.execute.bind(query));
    query.all = once(query.all.bind(query));
    return query;
  };
  // A transaction is retried only for an error from before BEGIN reached the server (the hook
  // decides): its body has not run then.
  session.transaction = once(session.transaction.bind(session));
}

const logger = ({ onQuery }: OpenOptions) =>
  onQuery ? { logQuery: (query: string) => onQuery(query) } : false;

export function openDatabase(options: OpenOptions): DatabaseHandle {
  if (options.url) {
    const sql = postgres(options.url, {
      max: options.maxConnections ?? 10,
      onnotice: () => {},
      // A server that does not complete a connection within 10 s counts as down (the app then
      // answers 503). Less was seen to time out healthy connections in a saturated process.
      connect_timeout: 10,
      idle_timeout: 30,
      // Connections are renewed every 30 minutes, so a failover or a changed setting reaches
      // every connection without a restart.
      max_lifetime: 30 * 60,
      // After a restart of PostgreSQL a closed connection reconnects on its next query; the
      // library's default wait grows to 20 s after repeated failures, which would delay the
      // recovery long after the server is back. At most 1 s here.
      backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 1),
      // No JIT compilation: the app's statements run in a few milliseconds, but a pessimistic
      // cost estimate (a branch that never runs) made PostgreSQL compile the dashboard's
      // "since your last visit" query on every request — 43 ms of JIT for 1.5 ms of work
      // (docs/performance.md).
      connection: { jit: "off" },
    });
    const db = drizzlePostgres(sql, {
      schema,
      casing: "snake_case",
      logger: logger(options),
    }) as unknown as Database;
    watchFailures(db, options.onQueryError, options.onQuerySuccess);
    return { db, backend: "postgres", sql, close: () => sql.end({ timeout: 5 }) };
  }
  const dataDir = options.dataDir ?? ".data/pglite";
  const inMemory = dataDir === MEMORY || dataDir.startsWith("memory://");
  const absolute = inMemory ? undefined : resolve(/* turbopackIgnore: true */ dataDir);
  const release = absolute ? lockDataDir(absolute) : () => {};
  try {
    const pglite = new PGlite({
      dataDir: absolute,
      loadDataDir: options.loadDataDir,
      extensions: { pg_trgm },
    });
    const db = drizzlePglite(pglite, {
      schema,
      casing: "snake_case",
      logger: logger(options),
    }) as unknown as Database;
    watchFailures(db, options.onQueryError, options.onQuerySuccess);
    return {
      db,
      backend: "pglite",
      pglite,
      close: async () => {
        try {
          await pglite.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** Raw SQL rows on either backend (postgres-js returns an array, PGlite an object with rows). */
export async function queryRows<T extends Record<string, unknown>>(
  db: Executor,
  query: SQL,
): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}
