import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import { users } from "@/db/schema";
import { newPasswordProblem } from "@/lib/account/rules";
import { replacePassword } from "@/lib/account/writes";
import { writeAudit } from "@/lib/audit/writes";
import { consumeLinkToken, createLinkToken, revokeLinkTokens } from "@/lib/auth/link-tokens";
import { hashPassword } from "@/lib/auth/password";
import { seal } from "@/lib/auth/secret-box";
import {
  blockedFor,
  claimAttempt,
  countFailure,
  LIMITS,
  recordSuccess,
  type ThrottleLimit,
  type ThrottleScope,
} from "@/lib/auth/throttle";
import type { FieldErrors } from "@/lib/errors";
import { enqueue, type JobSpec } from "@/lib/jobs/queue";
import { notifyUser } from "@/lib/notifications/writes";
import type { LinkPasswordInput } from "./input";
import { inspectPasswordLink } from "./queries";
import { MAIL_ACCOUNT, type PasswordLinkPurpose } from "./rules";

/**
 * "Forgot password?" is throttled like signing in, on counters of its own (a flood of reset
 * requests does not lock anyone out of signing in): five links an hour for one address, and
 * the sign-in limit for one client address. Every request counts, whether an account has the
 * address or not, so the answer never tells them apart and a mailbox cannot be flooded.
 */
export const RESET_LIMITS: Record<ThrottleScope, ThrottleLimit> = {
  account: { maxFailures: 5, windowSeconds: 60 * 60, blockSeconds: 60 * 60 },
  ip: LIMITS.ip,
};

/** The throttle keys of reset requests: apart from the sign-in counters of the same address. */
export const resetKeys = (email: string, ip: string) => ({
  account: `reset:${email}`,
  ip: `reset:${ip}`,
});

/** The job's token is sealed for this job alone: copied into another row it does not open. */
export const accountMailContext = (key: string) => `${MAIL_ACCOUNT}:${key}`;

/** The job that mails a link; the raw token travels sealed and is cleared once sent. */
export function accountMailJob(
  purpose: PasswordLinkPurpose,
  userId: string,
  token: string,
  actorId: string | null = null,
): JobSpec {
  const key = `account:${purpose}:${randomUUID()}`;
  return {
    kind: MAIL_ACCOUNT,
    key,
    payload: { purpose, userId, actorId, token: seal(token, accountMailContext(key)) },
    maxAttempts: 6,
  };
}

export type ResetRequestOutcome =
  | { status: "sent" }
  | { status: "throttled"; retryAfterSeconds: number };

/**
 * "Forgot password?": for an active account with this address, a new single-use link (an
 * older open one stops working) mailed at once through the job queue. The outcome is the same
 * whether or not there is such an account; only the throttle can refuse.
 */
export async function requestPasswordReset(
  db: Database,
  { email, ip }: { email: string; ip: string },
  now = new Date(),
): Promise<ResetRequestOutcome> {
  const keys = resetKeys(email, ip);
  return db.transaction(async (tx) => {
    const address = await blockedFor(tx, "ip", keys.ip, now);
    if (!address.allowed)
      return { status: "throttled", retryAfterSeconds: address.retryAfterSeconds };
    const account = await claimAttempt(tx, "account", keys.account, now, RESET_LIMITS.account);
    await countFailure(tx, "ip", keys.ip, now, RESET_LIMITS.ip);
    if (!account.allowed)
      return { status: "throttled", retryAfterSeconds: account.retryAfterSeconds };
    const [user] = await tx
      .select({ id: users.id, active: users.active })
      .from(users)
      .where(eq(users.email, email));
    if (user?.active) {
      await revokeLinkTokens(tx, user.id, "reset", now);
      const token = await createLinkToken(tx, user.id, "reset", { now });
      await enqueue(tx, accountMailJob("reset", user.id, token));
      await writeAudit(tx, {
        actorId: null,
        groupId: null,
        action: "user.request_password_reset",
        entityType: "user",
        entityId: user.id,
        ip,
      });
    }
    return { status: "sent" };
  });
}

/**
 * A new user's invitation, in the transaction that creates them: a link valid 7 days to choose
 * their own password, mailed after the commit.
 */
export async function inviteUser(tx: Executor, userId: string, actorId: string): Promise<void> {
  await revokeLinkTokens(tx, userId, "invite");
  const token = await createLinkToken(tx, userId, "invite");
  await enqueue(tx, accountMailJob("invite", userId, token, actorId));
}

/** A password nobody knows, for an invited account until its owner chooses one. */
export const unusablePasswordHash = () => hashPassword(randomBytes(32).toString("base64url"));

export type LinkPasswordOutcome =
  | { status: "saved"; email: string; purpose: PasswordLinkPurpose }
  | { status: "unknown" | "gone" }
  | { status: "refused"; fieldErrors: FieldErrors };

/**
 * Sets the password a link was sent for: the link is used up, every session of the user ends,
 * other open reset and invitation links stop working, the sign-in throttle of the account
 * starts afresh, and it is audited (and, for a reset, the user notified). Nothing changes when
 * the link is unknown, used or expired, or the password is refused.
 */
export async function setPasswordWithLink(
  db: Database,
  token: string,
  input: LinkPasswordInput,
  { ip, now = new Date() }: { ip: string; now?: Date },
): Promise<LinkPasswordOutcome> {
  return db.transaction(async (tx) => {
    const link = await inspectPasswordLink(tx, token, now);
    if (link.status !== "valid") return { status: link.status };
    const [user] = await tx
      .select({ id: users.id, email: users.email, active: users.active })
      .from(users)
      .where(eq(users.id, link.userId))
      .for("update");
    if (!user?.active) return { status: "gone" };
    if (newPasswordProblem(input.newPassword, user.email))
      return {
        status: "refused",
        fieldErrors: { newPassword: [{ key: "profile.password.errors.equalsEmail" }] },
      };
    // Two submissions at once: one uses the link, the other finds it gone.
    if (!(await consumeLinkToken(tx, token, link.purpose, now))) return { status: "gone" };
    await replacePassword(tx, user.id, input.newPassword, now);
    await revokeLinkTokens(tx, user.id, "reset", now);
    await revokeLinkTokens(tx, user.id, "invite", now);
    await recordSuccess(tx, { email: user.email, ip }, now);
    await writeAudit(tx, {
      actorId: user.id,
      groupId: null,
      action: link.purpose === "reset" ? "user.reset_password_by_link" : "user.accept_invitation",
      entityType: "user",
      entityId: user.id,
      after: { sessionsEnded: true },
      ip,
    });
    if (link.purpose === "reset") await notifyUser(tx, user.id, "password_changed");
    return { status: "saved", email: user.email, purpose: link.purpose };
  });
}
