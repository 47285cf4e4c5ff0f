import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { encryptionKey } from "@/lib/auth/secret-box";
import { NOTIFICATION_CATEGORIES, type NotificationCategory } from "@/lib/vocabulary";

/** What an unsubscribe link turns off: one category's mail, or a digest. */
export type UnsubscribeTarget = NotificationCategory | "digest:daily" | "digest:weekly";

const TARGETS: readonly string[] = [...NOTIFICATION_CATEGORIES, "digest:daily", "digest:weekly"];
const LIFETIME_SECONDS = 90 * 24 * 60 * 60;

export interface UnsubscribeClaims {
  userId: string;
  target: UnsubscribeTarget;
  /** When the mail was written (seconds): a choice changed after it makes the link spent. */
  issuedAt: number;
}

const key = () => createHmac("sha256", encryptionKey()).update("workplan:unsubscribe").digest();
const sign = (payload: string) => createHmac("sha256", key()).update(payload).digest("base64url");

/**
 * A signed link token, so no database write per mail: who, what, and when it was issued. It
 * expires after 90 days; tampering breaks the signature.
 */
export function unsubscribeToken(
  userId: string,
  target: UnsubscribeTarget,
  now = new Date(),
): string {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const payload = Buffer.from(JSON.stringify([userId, target, issuedAt])).toString("base64url");
  return `${payload}.${sign(payload)}`;
}

export type UnsubscribeCheck =
  | { status: "valid"; claims: UnsubscribeClaims }
  | { status: "expired" }
  | { status: "invalid" };

export function readUnsubscribeToken(token: string, now = new Date()): UnsubscribeCheck {
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined || payload.length > 300)
    return { status: "invalid" };
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    return { status: "invalid" };
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return { status: "invalid" };
  }
  if (!Array.isArray(claims) || claims.length !== 3) return { status: "invalid" };
  const [userId, target, issuedAt] = claims as unknown[];
  if (
    typeof userId !== "string" ||
    typeof issuedAt !== "number" ||
    !TARGETS.includes(String(target))
  )
    return { status: "invalid" };
  if (now.getTime() / 1000 > issuedAt + LIFETIME_SECONDS) return { status: "expired" };
  return { status: "valid", claims: { userId, target: target as UnsubscribeTarget, issuedAt } };
}
