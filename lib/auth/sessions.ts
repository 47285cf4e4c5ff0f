import "server-only";
import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { userSessions, users } from "@/db/schema";
import { SESSION_MAX_AGE_SECONDS } from "./config";

/**
 * Sessions kept in the database (issue 18.5). The signed cookie carries the session's id; every
 * request checks that the session has not been ended, so signing out — or ending a session from
 * the profile — ends it at once, and a cookie copied before stops working. How recently each was
 * used is noted at most every five minutes (a write per request would cost every page).
 */

const TOUCH_EVERY = "5 minutes";

/** A browser's User-Agent as stored: enough to tell devices apart, never unbounded. */
const shorten = (value: string | null) => (value ? value.slice(0, 300) : null);

export async function startSession(
  db: Executor,
  input: { userId: string; sessionVersion: number; ip: string | null; userAgent: string | null },
): Promise<string> {
  const [row] = await db
    .insert(userSessions)
    .values({
      userId: input.userId,
      sessionVersion: input.sessionVersion,
      ip: input.ip,
      userAgent: shorten(input.userAgent),
    })
    .returning({ id: userSessions.id });
  if (!row) throw new Error("session not stored");
  return row.id;
}

/** The user's sessions that have not been ended. */
const notEndedOf = (userId: string) =>
  and(eq(userSessions.userId, userId), isNull(userSessions.endedAt));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether the session of this cookie is still open (and notes its use now and then). */
export async function sessionIsOpen(
  db: Executor,
  sessionId: unknown,
  userId: string,
): Promise<boolean> {
  if (typeof sessionId !== "string" || !UUID.test(sessionId)) return false;
  const [row] = await db
    .select({
      stale: sql<boolean>`${userSessions.lastSeenAt} < now() - ${TOUCH_EVERY}::interval`,
    })
    .from(userSessions)
    .where(and(eq(userSessions.id, sessionId), notEndedOf(userId)));
  if (!row) return false;
  if (row.stale)
    await db
      .update(userSessions)
      .set({ lastSeenAt: sql`now()` })
      .where(eq(userSessions.id, sessionId));
  return true;
}

/** Ends one session (signing out, or from the profile); only the user's own. */
export async function endSession(db: Executor, sessionId: unknown, userId?: string) {
  if (typeof sessionId !== "string" || !UUID.test(sessionId)) return 0;
  const ended = await db
    .update(userSessions)
    .set({ endedAt: sql`now()` })
    .where(
      and(
        eq(userSessions.id, sessionId),
        isNull(userSessions.endedAt),
        ...(userId ? [eq(userSessions.userId, userId)] : []),
      ),
    )
    .returning({ id: userSessions.id });
  return ended.length;
}

export interface OpenSession {
  id: string;
  userAgent: string | null;
  ip: string | null;
  createdAt: Date;
  lastSeenAt: Date;
}

/**
 * The user's open sessions, the most recently used first: not ended, begun under the current
 * session version (a password change or "end sessions" closed the older ones) and not older than
 * a session may live.
 */
export async function openSessions(db: Executor, userId: string): Promise<OpenSession[]> {
  return db
    .select({
      id: userSessions.id,
      userAgent: userSessions.userAgent,
      ip: userSessions.ip,
      createdAt: userSessions.createdAt,
      lastSeenAt: userSessions.lastSeenAt,
    })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(
      and(
        notEndedOf(userId),
        eq(userSessions.sessionVersion, users.sessionVersion),
        gt(userSessions.createdAt, sql`now() - ${`${SESSION_MAX_AGE_SECONDS} seconds`}::interval`),
      ),
    )
    .orderBy(desc(userSessions.lastSeenAt));
}
