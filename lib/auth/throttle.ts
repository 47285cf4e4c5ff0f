import "server-only";
import { and, eq, isNull, lte, or, type SQL, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { signInThrottles as t } from "@/db/schema";
import type { MessageRef } from "@/lib/errors";
import { requestAddress } from "@/lib/security/client-address";

export type ThrottleScope = "account" | "ip";

export interface ThrottleLimit {
  maxFailures: number;
  windowSeconds: number;
  blockSeconds: number;
}

/** Ten failures for one account, or fifty from one address, in 15 minutes: 15 minutes' wait. */
export const LIMITS: Record<ThrottleScope, ThrottleLimit> = {
  account: { maxFailures: 10, windowSeconds: 15 * 60, blockSeconds: 15 * 60 },
  ip: { maxFailures: 50, windowSeconds: 15 * 60, blockSeconds: 15 * 60 },
};

export interface AttemptKeys {
  /** Normalised (trimmed, lower-case) email, whether or not an account has it. */
  email: string;
  ip: string;
}

export type Verdict =
  | { allowed: true }
  | { allowed: false; scope: ThrottleScope; retryAfterSeconds: number };

const at = (now: Date, plusSeconds = 0) =>
  sql`${new Date(now.getTime() + plusSeconds * 1000).toISOString()}::timestamptz`;

const later = (now: Date, plusSeconds: number) => new Date(now.getTime() + plusSeconds * 1000);

/** Seconds until the key's block ends (whole, rounded up); null when it is not blocked. */
const remaining = (now: Date) =>
  sql<number | null>`case when ${t.blockedUntil} > ${at(now)}
        then ceil(extract(epoch from (${t.blockedUntil} - ${at(now)})))::int end`.mapWith(
    (value: unknown) => (value === null ? null : Number(value)),
  );

const verdict = (
  scope: ThrottleScope,
  row: { retryAfterSeconds: number | null } | undefined,
): Verdict =>
  row?.retryAfterSeconds != null && row.retryAfterSeconds > 0
    ? { allowed: false, scope, retryAfterSeconds: row.retryAfterSeconds }
    : { allowed: true };

const ofKey = (scope: ThrottleScope, key: string) => and(eq(t.scope, scope), eq(t.key, key));

/**
 * A window is over when it began `windowSeconds` ago, or when a block it led to has ended:
 * counters always expire, so nobody can lock an account for good. In an upsert's SET the
 * columns are the stored row's.
 */
const windowOver = (now: Date, limit: ThrottleLimit): SQL =>
  sql`(${t.blockedUntil} is not null and ${t.blockedUntil} <= ${at(now)})
      or ${t.windowStartedAt} <= ${at(now, -limit.windowSeconds)}`;

/**
 * Counts this attempt against the account before its password is checked, in one atomic
 * statement: past the limit the attempt is refused (and the block starts) without checking
 * anything, so concurrent requests cannot squeeze in more guesses than the limit. A blocked
 * account's attempts are not counted, so waiting out the block is always enough.
 */
export async function claimAttempt(
  db: Executor,
  scope: ThrottleScope,
  key: string,
  now: Date,
  limit: ThrottleLimit = LIMITS[scope],
): Promise<Verdict & { failures: number }> {
  const blocked = sql`${t.blockedUntil} > ${at(now)}`;
  const over = windowOver(now, limit);
  const [row] = await db
    .insert(t)
    .values({ scope, key, failures: 1, windowStartedAt: now })
    .onConflictDoUpdate({
      target: [t.scope, t.key],
      set: {
        failures: sql`case when ${blocked} then ${t.failures}
                           when ${over} then 1
                           when ${t.failures} >= ${limit.maxFailures} then ${t.failures}
                           else ${t.failures} + 1 end`,
        windowStartedAt: sql`case when ${blocked} then ${t.windowStartedAt}
                                  when ${over} then ${at(now)}
                                  else ${t.windowStartedAt} end`,
        blockedUntil: sql`case when ${blocked} then ${t.blockedUntil}
                               when ${over} then null
                               when ${t.failures} >= ${limit.maxFailures}
                                 then ${at(now, limit.blockSeconds)}
                               else null end`,
      },
    })
    .returning({ failures: t.failures, retryAfterSeconds: remaining(now) });
  return { ...verdict(scope, row), failures: row?.failures ?? 0 };
}

/**
 * Counts a failure that has happened (a wrong password or code), atomically; the failure that
 * reaches the limit starts the block. Used for addresses, where successes must not count.
 */
export async function countFailure(
  db: Executor,
  scope: ThrottleScope,
  key: string,
  now: Date,
  limit: ThrottleLimit = LIMITS[scope],
): Promise<number> {
  const over = windowOver(now, limit);
  const next = sql`(case when ${over} then 1 else ${t.failures} + 1 end)`;
  const [row] = await db
    .insert(t)
    .values({
      scope,
      key,
      failures: 1,
      windowStartedAt: now,
      blockedUntil: limit.maxFailures <= 1 ? later(now, limit.blockSeconds) : null,
    })
    .onConflictDoUpdate({
      target: [t.scope, t.key],
      set: {
        failures: next,
        windowStartedAt: sql`case when ${over} then ${at(now)} else ${t.windowStartedAt} end`,
        blockedUntil: sql`case when ${t.blockedUntil} > ${at(now)} then ${t.blockedUntil}
                               when ${next} >= ${limit.maxFailures}
                                 then ${at(now, limit.blockSeconds)}
                               else null end`,
      },
    })
    .returning({ failures: t.failures });
  return row?.failures ?? 0;
}

/** Whether a key is blocked right now (read only). */
export async function blockedFor(
  db: Executor,
  scope: ThrottleScope,
  key: string,
  now: Date,
): Promise<Verdict> {
  const [row] = await db
    .select({ retryAfterSeconds: remaining(now) })
    .from(t)
    .where(ofKey(scope, key));
  return verdict(scope, row);
}

/** Before a password is checked: a blocked address first, then the account's count. */
export async function beginAttempt(db: Executor, keys: AttemptKeys, now: Date): Promise<Verdict> {
  const address = await blockedFor(db, "ip", keys.ip, now);
  if (!address.allowed) return address;
  const { failures: _, ...account } = await claimAttempt(db, "account", keys.email, now);
  return account;
}

/** After a wrong password or code (the account's count already holds this attempt). */
export async function recordFailure(db: Executor, keys: AttemptKeys, now: Date): Promise<void> {
  await countFailure(db, "ip", keys.ip, now);
}

/** After a successful sign-in the account starts afresh; long-finished windows are dropped. */
export async function recordSuccess(db: Executor, keys: AttemptKeys, now: Date): Promise<void> {
  await db.delete(t).where(ofKey("account", keys.email));
  await db
    .delete(t)
    .where(
      and(
        lte(t.windowStartedAt, later(now, -24 * 60 * 60)),
        or(isNull(t.blockedUntil), lte(t.blockedUntil, now)),
      ),
    );
}

/** The stored count for a key (tests and diagnostics). */
export async function failureCount(
  db: Executor,
  scope: ThrottleScope,
  key: string,
): Promise<number> {
  const [row] = await db.select({ failures: t.failures }).from(t).where(ofKey(scope, key));
  return row?.failures ?? 0;
}

/** What a refused attempt tells the user: the wait, in whole minutes (at least one). */
export function throttledMessage(retryAfterSeconds: number): MessageRef {
  return {
    key: "auth.throttled",
    values: { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) },
  };
}

/**
 * The client's address, which the per-address limit counts and the audit log records: the
 * connection's own, or behind TRUSTED_PROXIES the right-most X-Forwarded-For entry they did not
 * add (lib/security/client-address.ts) — never what the client wrote itself.
 */
export function clientIp(headers: Headers): string {
  return requestAddress(headers);
}
