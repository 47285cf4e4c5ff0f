import "server-only";
import { and, count, desc, eq, type SQL, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { jobs, notifications, users } from "@/db/schema";
import type { DeadLetter } from "./types";

export const DEAD_LETTERS_PAGE_SIZE = 50;

/** A payload's text as a uuid (null when it is not one), so the joins use the primary keys. */
const uuidIn = (text: SQL) =>
  sql<
    string | null
  >`(case when ${text} ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then (${text})::uuid end)`;

/** Mail that could not be delivered after every attempt, newest first. */
export async function listDeadLetters(
  db: Executor,
  page: number,
): Promise<{ rows: DeadLetter[]; total: number }> {
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: jobs.id,
        kind: jobs.kind,
        recipient: users.email,
        attempts: jobs.attempts,
        lastError: jobs.lastError,
        createdAt: jobs.createdAt,
        failedAt: jobs.finishedAt,
      })
      .from(jobs)
      // The recipient of a notification's mail, or of a digest or account mail (their payloads
      // name the notification or the user). Joins, not subqueries in the select list: drizzle
      // writes the columns of a one-table select without their table, so `id` was ambiguous.
      .leftJoin(notifications, eq(notifications.id, uuidIn(sql`${jobs.payload}->>'id'`)))
      .leftJoin(
        users,
        eq(
          users.id,
          sql`coalesce(${notifications.userId}, ${uuidIn(sql`${jobs.payload}->>'userId'`)})`,
        ),
      )
      .where(eq(jobs.state, "dead"))
      .orderBy(desc(jobs.finishedAt), desc(jobs.id))
      .limit(DEAD_LETTERS_PAGE_SIZE)
      .offset((page - 1) * DEAD_LETTERS_PAGE_SIZE),
    db
      .select({ n: count() })
      .from(jobs)
      .where(and(eq(jobs.state, "dead"))),
  ]);
  return {
    rows: rows.map((r) => ({
      ...r,
      createdAt: r.createdAt.toISOString(),
      failedAt: r.failedAt?.toISOString() ?? null,
    })),
    total: Number(total?.n ?? 0),
  };
}
