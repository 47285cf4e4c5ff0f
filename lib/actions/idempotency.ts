import "server-only";
import { createHash } from "node:crypto";
import { and, eq, lt, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { idempotencyKeys } from "@/db/schema";
import { IDEMPOTENCY_HOURS, IDEMPOTENCY_KEY_PATTERN } from "@/lib/api/rules";

/*
 * Idempotent writes, one mechanism for the forms and the API: a write sent with a key is done
 * once per user and key. Its answer is kept (idempotency_keys) in the same transaction as the
 * write, so a client whose answer was lost sends the same request again with the same key and
 * gets the first answer, and nothing is written twice. A refused write keeps nothing (it wrote
 * nothing): the same key may be sent again. Concurrent requests with one key wait for the first
 * one's transaction on the key's primary key, then read its answer.
 */

/** A key as clients send it, or null when it is not one (see IDEMPOTENCY_KEY_PATTERN). */
export function parseIdempotencyKey(value: unknown): string | null {
  return typeof value === "string" && IDEMPOTENCY_KEY_PATTERN.test(value) ? value : null;
}

/** JSON with its object keys sorted, so equal requests hash equally whatever their order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/** What the key was first used for: the action and its parsed input. */
export function requestFingerprint(action: string, input: unknown): string {
  return createHash("sha256").update(action).update("\n").update(canonical(input)).digest("hex");
}

/** Stored while the first request's transaction runs; replaced by its answer before commit. */
const PENDING = 0;
const ANSWERED = 200;

export type Claim =
  | { kind: "new" }
  | { kind: "replay"; data: unknown }
  /** The key was used for another request: a client bug, refused (422). */
  | { kind: "mismatch" };

/**
 * Claims the key for this request inside the write's transaction: new (go ahead, then
 * `keepAnswer`), the answer given before (send it again), or a key used for something else.
 * A key older than IDEMPOTENCY_HOURS is free again.
 */
export async function claimIdempotencyKey(
  tx: Executor,
  userId: string,
  key: string,
  fingerprint: string,
): Promise<Claim> {
  const expired = sql`now() - make_interval(hours => ${IDEMPOTENCY_HOURS})`;
  const claimed = await tx
    .insert(idempotencyKeys)
    .values({ userId, key, fingerprint, status: PENDING, body: {} })
    .onConflictDoUpdate({
      target: [idempotencyKeys.userId, idempotencyKeys.key],
      set: { fingerprint, status: PENDING, body: {}, createdAt: sql`now()` },
      setWhere: lt(idempotencyKeys.createdAt, expired),
    })
    .returning({ key: idempotencyKeys.key });
  if (claimed.length) return { kind: "new" };
  const [first] = await tx
    .select({
      fingerprint: idempotencyKeys.fingerprint,
      status: idempotencyKeys.status,
      body: idempotencyKeys.body,
    })
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
  if (!first || first.fingerprint !== fingerprint) return { kind: "mismatch" };
  // Committed rows are always answered (the pending state never outlives its transaction).
  return { kind: "replay", data: (first.body as { data?: unknown } | null)?.data ?? null };
}

/** Keeps the answer of a successful write, in its transaction. */
export async function keepIdempotentAnswer(
  tx: Executor,
  userId: string,
  key: string,
  data: unknown,
): Promise<void> {
  await tx
    .update(idempotencyKeys)
    .set({ status: ANSWERED, body: { data: data ?? null } })
    .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
}

/** Keys past their time: removed by the hourly planner. */
export async function pruneIdempotencyKeys(db: Executor, now: Date): Promise<void> {
  const cutoff = new Date(now.getTime() - IDEMPOTENCY_HOURS * 3_600_000);
  await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, cutoff));
}
