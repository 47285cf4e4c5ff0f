import "server-only";
import { lt, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { apiRateLimits } from "@/db/schema";
import { env } from "@/lib/env";
import { RATE_WINDOW_SECONDS } from "./rules";

/*
 * The API's rate limit, kept in PostgreSQL so every app server counts the same requests: a
 * fixed window of a minute per token (or per signed-in user), one upsert per request.
 */

export interface RateVerdict {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window ends and the count starts again. */
  resetSeconds: number;
}

/** The configured limit (API_RATE_LIMIT, 600 a minute unless set). */
export function configuredRateLimit(): number {
  return env().API_RATE_LIMIT;
}

/** Counts this request in the key's current window and says whether it may go on. */
export async function countRequest(
  db: Executor,
  key: string,
  limit: number,
  now: Date = new Date(),
): Promise<RateVerdict> {
  const windowMs = RATE_WINDOW_SECONDS * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const [row] = await db
    .insert(apiRateLimits)
    .values({ key, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: [apiRateLimits.key, apiRateLimits.windowStart],
      set: { count: sql`${apiRateLimits.count} + 1` },
    })
    .returning({ count: apiRateLimits.count });
  const count = row?.count ?? 1;
  const resetSeconds = Math.max(
    1,
    Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000),
  );
  return {
    allowed: count <= limit,
    limit,
    remaining: Math.max(0, limit - count),
    resetSeconds,
  };
}

/** The RateLimit-* headers of an answer (draft-ietf-httpapi-ratelimit-headers). */
export function rateLimitHeaders(verdict: RateVerdict): Record<string, string> {
  return {
    "ratelimit-limit": String(verdict.limit),
    "ratelimit-remaining": String(verdict.remaining),
    "ratelimit-reset": String(verdict.resetSeconds),
  };
}

/** Windows that have ended: removed by the hourly planner. */
export async function pruneRateLimits(db: Executor, now: Date): Promise<void> {
  const cutoff = new Date(now.getTime() - 2 * RATE_WINDOW_SECONDS * 1000);
  await db.delete(apiRateLimits).where(lt(apiRateLimits.windowStart, cutoff));
}
