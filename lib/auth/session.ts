import "server-only";
import { eq } from "drizzle-orm";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/auth";
import { SESSION_MAX_AGE_SECONDS } from "@/auth.config";
import { users } from "@/db/schema";
import { getDb } from "@/lib/db";
import { type SessionUser, sessionIsValid, toSessionUser } from "./session-user";

/**
 * The signed-in user, checked against the database on every request: a deactivated user,
 * a changed password or ended sessions (a bumped session version) sign the user out at once.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = (await auth()) as
    | ({ user?: { id?: string }; sessionVersion?: number; signedInAt?: number } & object)
    | null;
  const id = session?.user?.id;
  if (!id) return null;
  const [row] = await getDb().select().from(users).where(eq(users.id, id)).limit(1);
  const valid = sessionIsValid(row, {
    sessionVersion: session.sessionVersion ?? -1,
    signedInAt: session.signedInAt ?? 0,
    nowSeconds: Math.floor(Date.now() / 1000),
    maxAgeSeconds: SESSION_MAX_AGE_SECONDS,
  });
  return valid && row ? toSessionUser(row) : null;
});

export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in");
  return user;
}
