/**
 * Bulk loading on both backends with COPY … FROM STDIN in PostgreSQL's text format: on
 * PostgreSQL the rows stream through postgres.js while they are generated, on PGlite they
 * go in as blobs (`COPY … FROM '/dev/blob'`). One transaction holds the whole load.
 */
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Transaction as PgliteTransaction } from "@electric-sql/pglite";
import type postgres from "postgres";
import type { Backend, DatabaseHandle } from "../../client";

export type Cell = string | number | boolean | null | undefined;

const SPECIAL = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

function cell(value: Cell): string {
  if (value === null || value === undefined) return "\\N";
  if (typeof value === "boolean") return value ? "t" : "f";
  if (typeof value === "number") return String(value);
  return value.replace(SPECIAL, (c) => ESCAPES[c] ?? c);
}

/** One row in COPY text format, with its line end. */
export function encodeRow(cells: readonly Cell[]): string {
  let line = cell(cells[0]);
  for (let i = 1; i < cells.length; i++) line += `\t${cell(cells[i])}`;
  return `${line}\n`;
}

/** A text[] literal, e.g. {"Kirkenes","Murmansk"}. */
export function textArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/[\\"]/g, "\\$&")}"`).join(",")}}`;
}

export interface Loader {
  backend: Backend;
  query<T extends Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** COPY of rows encoded with encodeRow; returns how many were written. */
  copy(table: string, columns: readonly string[], rows: Iterable<string>): Promise<number>;
}

const CHUNK = 256 * 1024;
const PGLITE_BLOB = 16 * 1024 * 1024;

function copyStatement(table: string, columns: readonly string[], source: string) {
  return `copy ${table} (${columns.join(", ")}) from ${source}`;
}

function postgresLoader(tx: postgres.TransactionSql): Loader {
  return {
    backend: "postgres",
    async query<T extends Record<string, unknown>>(text: string, params: unknown[] = []) {
      return (await tx.unsafe(text, params as postgres.ParameterOrJSON<never>[])) as unknown as T[];
    },
    async copy(table, columns, rows) {
      let count = 0;
      function* chunks() {
        let buffer = "";
        for (const row of rows) {
          buffer += row;
          count++;
          if (buffer.length >= CHUNK) {
            yield buffer;
            buffer = "";
          }
        }
        if (buffer) yield buffer;
      }
      const writable = await tx.unsafe(copyStatement(table, columns, "stdin")).writable();
      await pipeline(Readable.from(chunks()), writable);
      return count;
    },
  };
}

function pgliteLoader(tx: PgliteTransaction): Loader {
  return {
    backend: "pglite",
    async query<T extends Record<string, unknown>>(text: string, params: unknown[] = []) {
      return (await tx.query<T>(text, params)).rows;
    },
    async copy(table, columns, rows) {
      let count = 0;
      let parts: string[] = [];
      let size = 0;
      const flush = async () => {
        if (!parts.length) return;
        const blob = new Blob(parts);
        parts = [];
        size = 0;
        await tx.query(copyStatement(table, columns, "'/dev/blob'"), [], { blob });
      };
      for (const row of rows) {
        parts.push(row);
        size += row.length;
        count++;
        if (size >= PGLITE_BLOB) await flush();
      }
      await flush();
      return count;
    },
  };
}

/** Runs the work in one transaction on either backend (committed when it returns). */
export async function inTransaction<T>(
  handle: DatabaseHandle,
  work: (loader: Loader) => Promise<T>,
): Promise<T> {
  if (handle.backend === "postgres") {
    if (!handle.sql) throw new Error("postgres handle without a client");
    return (await handle.sql.begin((tx) => work(postgresLoader(tx)))) as T;
  }
  if (!handle.pglite) throw new Error("pglite handle without a client");
  return handle.pglite.transaction((tx) => work(pgliteLoader(tx)));
}
