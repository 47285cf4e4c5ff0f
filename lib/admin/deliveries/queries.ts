import "server-only";
import { and, count, desc, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { jobs, notifications, users } from "@/db/schema";
import type { DeadLetter } from "./types";

export const DEAD_LETTERS_PAGE_SIZE = 50;

/** Mail that could not be delivered after every attempt, newest first. */
export async function listDeadLetters(
  db: Executor,
  page: number,
): Promise<{ rows: DeadLetter[]; total: number }> {
  // The recipient of a notification's mail or of a digest (their payloads name one or the other).
  const recipient = sql<string | null>`coalesce(
    (select ${users.email} from ${notifications} join ${users} on ${users.id} = ${notifications.userId}
      where ${notifications.id}::text = ${jobs.payload}->>'id'),
    (select ${users.email} from ${users} where ${users.id}::text = ${jobs.payload}->>'userId'))`;
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: jobs.id,
        kind: jobs.kind,
        recipient,
        attempts: jobs.attempts,
        lastError: jobs.lastError,
        createdAt: jobs.createdAt,
        failedAt: jobs.finishedAt,
      })
      .from(jobs)
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
