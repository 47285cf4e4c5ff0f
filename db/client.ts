import { resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { SQL } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { lockDataDir } from "./lock";
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
}

const logger = ({ onQuery }: OpenOptions) =>
  onQuery ? { logQuery: (query: string) => onQuery(query) } : false;

export function openDatabase(options: OpenOptions): DatabaseHandle {
  if (options.url) {
    const sql = postgres(options.url, {
      max: options.maxConnections ?? 10,
      onnotice: () => {},
      connect_timeout: 5,
      idle_timeout: 60,
    });
    const db = drizzlePostgres(sql, {
      schema,
      casing: "snake_case",
      logger: logger(options),
    }) as unknown as Database;
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
