import { sql } from "drizzle-orm";
import { type Executor, queryRows } from "@/db/client";

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

interface Row extends Record<string, unknown> {
  failures: number;
  retry_after_seconds: number | null;
}

const at = (now: Date, plusSeconds = 0) =>
  sql`${new Date(now.getTime() + plusSeconds * 1000).toISOString()}::timestamptz`;

const verdict = (scope: ThrottleScope, row: Row | undefined): Verdict =>
  row?.retry_after_seconds != null && row.retry_after_seconds > 0
    ? { allowed: false, scope, retryAfterSeconds: Number(row.retry_after_seconds) }
    : { allowed: true };

/**
 * A window is over when it began `windowSeconds` ago, or when a block it led to has ended:
 * counters always expire, so nobody can lock an account for good.
 */
const windowOver = (now: Date, limit: ThrottleLimit) =>
  sql`(t.blocked_until is not null and t.blocked_until <= ${at(now)})
      or t.window_started_at <= ${at(now, -limit.windowSeconds)}`;

const remaining = (now: Date) =>
  sql`case when t.blocked_until > ${at(now)}
        then ceil(extract(epoch from (t.blocked_until - ${at(now)})))::int end`;

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
  const blocked = sql`t.blocked_until > ${at(now)}`;
  const over = windowOver(now, limit);
  const [row] = await queryRows<Row>(
    db,
    sql`insert into sign_in_throttles as t (scope, key, failures, window_started_at)
        values (${scope}, ${key}, 1, ${at(now)})
        on conflict (scope, key) do update set
          failures = case when ${blocked} then t.failures
                          when ${over} then 1
                          when t.failures >= ${limit.maxFailures} then t.failures
                          else t.failures + 1 end,
          window_started_at = case when ${blocked} then t.window_started_at
                                   when ${over} then ${at(now)}
                                   else t.window_started_at end,
          blocked_until = case when ${blocked} then t.blocked_until
                               when ${over} then null
                               when t.failures >= ${limit.maxFailures}
                                 then ${at(now, limit.blockSeconds)}
                               else null end
        returning t.failures, ${remaining(now)} as retry_after_seconds`,
  );
  return { ...verdict(scope, row), failures: Number(row?.failures ?? 0) };
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
  const next = sql`(case when ${over} then 1 else t.failures + 1 end)`;
  const [row] = await queryRows<Row>(
    db,
    sql`insert into sign_in_throttles as t (scope, key, failures, window_started_at, blocked_until)
        values (${scope}, ${key}, 1, ${at(now)},
                ${limit.maxFailures <= 1 ? at(now, limit.blockSeconds) : sql`null`})
        on conflict (scope, key) do update set
          failures = ${next},
          window_started_at = case when ${over} then ${at(now)} else t.window_started_at end,
          blocked_until = case when t.blocked_until > ${at(now)} then t.blocked_until
                               when ${next} >= ${limit.maxFailures}
                                 then ${at(now, limit.blockSeconds)}
                               else null end
        returning t.failures, ${remaining(now)} as retry_after_seconds`,
  );
  return Number(row?.failures ?? 0);
}

/** Whether a key is blocked right now (read only). */
export async function blockedFor(
  db: Executor,
  scope: ThrottleScope,
  key: string,
  now: Date,
): Promise<Verdict> {
  const [row] = await queryRows<Row>(
    db,
    sql`select t.failures, ${remaining(now)} as retry_after_seconds
        from sign_in_throttles t where t.scope = ${scope} and t.key = ${key}`,
  );
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
  await db.execute(
    sql`delete from sign_in_throttles where scope = 'account' and key = ${keys.email}`,
  );
  await db.execute(
    sql`delete from sign_in_throttles t
        where t.window_started_at <= ${at(now, -24 * 60 * 60)}
          and (t.blocked_until is null or t.blocked_until <= ${at(now)})`,
  );
}

/** The stored count for a key (tests and diagnostics). */
export async function failureCount(
  db: Executor,
  scope: ThrottleScope,
  key: string,
): Promise<number> {
  const [row] = await queryRows<Row>(
    db,
    sql`select t.failures, null as retry_after_seconds from sign_in_throttles t
        where t.scope = ${scope} and t.key = ${key}`,
  );
  return Number(row?.failures ?? 0);
}

/** Client address: the first X-Forwarded-For entry, else X-Real-IP, else "unknown". */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  const candidate = forwarded || headers.get("x-real-ip")?.trim();
  return candidate ? candidate.slice(0, 64).toLowerCase() : "unknown";
}
