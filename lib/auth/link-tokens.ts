import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { linkTokens } from "@/db/schema";
import type { LinkPurpose, NotificationCategory } from "@/lib/vocabulary";

/** How long each kind of link works. */
export const LINK_LIFETIME_MS: Record<LinkPurpose, number> = {
  reset: 30 * 60_000,
  invite: 7 * 24 * 60 * 60_000,
  unsubscribe: 90 * 24 * 60 * 60_000,
};

const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");

/** A token shape check before any query: 43 characters of base64url. */
export const isLinkToken = (value: unknown): value is string =>
  typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value);

/** A new single-use link secret for a user; only its hash is stored. Returns the secret. */
export async function createLinkToken(
  db: Executor,
  userId: string,
  purpose: LinkPurpose,
  { category, now = new Date() }: { category?: NotificationCategory; now?: Date } = {},
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.insert(linkTokens).values({
    userId,
    purpose,
    category: category ?? null,
    tokenHash: hashOf(token),
    expiresAt: new Date(now.getTime() + LINK_LIFETIME_MS[purpose]),
  });
  return token;
}

export type LinkState =
  | { status: "valid"; id: string; userId: string; category: string | null }
  | { status: "gone" }
  | { status: "unknown" };

/**
 * What a link token is: valid (not used, not expired), gone (used or expired: 410), or unknown
 * (never issued, or tampered with: 404). Reading it changes nothing.
 */
export async function inspectLinkToken(
  db: Executor,
  token: string,
  purpose: LinkPurpose,
  now = new Date(),
): Promise<LinkState> {
  if (!isLinkToken(token)) return { status: "unknown" };
  const [row] = await db
    .select()
    .from(linkTokens)
    .where(and(eq(linkTokens.tokenHash, hashOf(token)), eq(linkTokens.purpose, purpose)));
  if (!row) return { status: "unknown" };
  if (row.usedAt || row.expiresAt <= now) return { status: "gone" };
  return { status: "valid", id: row.id, userId: row.userId, category: row.category };
}

/**
 * Uses a link once: marks it used in the caller's transaction and returns it, or null when it
 * was used, expired or never issued meanwhile (two clicks at once: one wins).
 */
export async function consumeLinkToken(
  db: Executor,
  token: string,
  purpose: LinkPurpose,
  now = new Date(),
): Promise<{ id: string; userId: string; category: string | null } | null> {
  if (!isLinkToken(token)) return null;
  const [row] = await db
    .update(linkTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(linkTokens.tokenHash, hashOf(token)),
        eq(linkTokens.purpose, purpose),
        isNull(linkTokens.usedAt),
        gt(linkTokens.expiresAt, now),
      ),
    )
    .returning({ id: linkTokens.id, userId: linkTokens.userId, category: linkTokens.category });
  return row ?? null;
}

/** Ends every other open link of a kind (a new reset link replaces the previous one). */
export async function revokeLinkTokens(
  db: Executor,
  userId: string,
  purpose: LinkPurpose,
  now = new Date(),
): Promise<void> {
  await db
    .update(linkTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(linkTokens.userId, userId),
        eq(linkTokens.purpose, purpose),
        isNull(linkTokens.usedAt),
      ),
    );
}
