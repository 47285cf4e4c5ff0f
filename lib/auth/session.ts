import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/config";
import { auth } from "@/lib/auth/next-auth";
import { getDb } from "@/lib/server/db";
import type { SessionUser } from "./session-user";
import { sessionIsOpen } from "./sessions";
import type { Viewer } from "./types";
import { loadViewer, PASSWORD_CHANGE_PATH, pendingAccountStep, TWO_FACTOR_PATH } from "./viewer";

export { PASSWORD_CHANGE_PATH, pendingAccountStep, TWO_FACTOR_PATH };

/**
 * The signed-in reader, checked against the database on every request: a deactivated user,
 * a changed password or ended sessions (a bumped session version) sign the user out at once.
 */
type SessionCookie = {
  user?: { id?: string };
  sessionVersion?: number;
  signedInAt?: number;
  sessionId?: string | null;
} & object;

const readSession = cache(async () => (await auth()) as SessionCookie | null);

export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await readSession();
  const userId = session?.user?.id;
  if (!userId) return null;
  const viewer = await loadViewer(getDb(), {
    userId,
    sessionVersion: session.sessionVersion ?? -1,
    signedInAt: session.signedInAt ?? 0,
    nowSeconds: Math.floor(Date.now() / 1000),
    maxAgeSeconds: SESSION_MAX_AGE_SECONDS,
  });
  // The session itself must still be open: signed out or ended from the profile, it is not.
  if (!viewer || !(await sessionIsOpen(getDb(), session.sessionId, userId))) return null;
  return viewer;
});

/** This request's session id (the profile marks "this device" with it). */
export async function getSessionId(): Promise<string | null> {
  return (await readSession())?.sessionId ?? null;
}

export async function getSessionUser(): Promise<SessionUser | null> {
  return (await getViewer())?.user ?? null;
}

/**
 * The signed-in reader, or a redirect to the sign-in page. A user who still has to replace a
 * one-time password is sent to the password change from every page except that one; then a
 * user whose role requires two-factor sign-in is sent to set it up, likewise.
 */
export async function requireViewer(
  options: { pendingPasswordChange?: "allow"; pendingTwoFactor?: "allow" } = {},
): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  const pending = pendingAccountStep(viewer);
  if (pending === PASSWORD_CHANGE_PATH && options.pendingPasswordChange !== "allow")
    redirect(PASSWORD_CHANGE_PATH);
  if (pending === TWO_FACTOR_PATH && options.pendingTwoFactor !== "allow")
    redirect(TWO_FACTOR_PATH);
  return viewer;
}

export async function requireUser(): Promise<SessionUser> {
  return (await requireViewer()).user;
}
