import "server-only";
import { and, eq, ne } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";
import { type AppError, refuseDuplicate } from "@/lib/errors";

/**
 * A column an administrator fills that must stay unique (a group's slug, a user's email): the
 * check before a write, and the same answer when a race gets past it to the unique index.
 */
export function uniqueColumn(
  table: PgTable,
  id: PgColumn,
  column: PgColumn,
  constraint: string,
  taken: () => AppError,
) {
  return {
    /** Refuses a value another row (any but `exceptId`) already has. */
    async assertFree(tx: Executor, value: string, exceptId?: string) {
      const [clash] = await tx
        .select({ id })
        .from(table)
        .where(exceptId ? and(eq(column, value), ne(id, exceptId)) : eq(column, value));
      if (clash) throw taken();
    },
    /** Runs a write that may hit the unique index, answering a race like the pre-check. */
    withUnique: <T>(write: () => Promise<T>) => refuseDuplicate(write, taken, constraint),
  };
}
