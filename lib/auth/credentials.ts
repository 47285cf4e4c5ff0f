import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/db/client";
import { type User, users } from "@/db/schema";
import { writeAudit } from "@/lib/audit/writes";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { type AttemptKeys, beginAttempt, recordFailure, recordSuccess } from "./throttle";
import { consumeSecondFactor, hasTwoFactor, type SecondFactorMethod } from "./two-factor";

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  password: z.string().min(1).max(1024),
});

const signInSchema = credentialsSchema.extend({
  /** The authenticator code or a recovery code, for accounts with two-factor sign-in. */
  code: z.string().trim().max(64).optional(),
});

/** Returns the user for a correct email and password of an active account, otherwise null. */
export async function verifyCredentials(db: Executor, input: unknown): Promise<User | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  if (!user?.active) {
    await verifyAgainstDummy(password);
    return null;
  }
  return (await verifyPassword(user.passwordHash, password)) ? user : null;
}

export type SignInOutcome =
  | { status: "ok"; user: User; method: "password" | SecondFactorMethod }
  | { status: "invalid" }
  | { status: "throttled"; retryAfterSeconds: number }
  /** The password was right and the account has two-factor sign-in: ask for the code. */
  | { status: "codeRequired" }
  | { status: "codeInvalid" };

export interface AttemptContext {
  ip: string;
  now: Date;
}

/**
 * The whole credentials check behind every sign-in (the form and a direct POST to Auth.js alike):
 * throttling by account and address, the password, and the second factor when the account has
 * one. Failures, refusals and successes are written to the audit log — never the password.
 */
export async function authenticate(
  db: Executor,
  input: unknown,
  { ip, now }: AttemptContext,
): Promise<SignInOutcome> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { status: "invalid" };
  const { email, password, code } = parsed.data;
  const keys: AttemptKeys = { email, ip };
  const account = (userId: string | undefined) =>
    userId ? { entityType: "user", entityId: userId } : { entityType: "account", entityId: email };

  const verdict = await beginAttempt(db, keys, now);
  if (!verdict.allowed) {
    const [known] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
    await writeAudit(db, {
      actorId: null,
      groupId: null,
      action: "auth.sign_in_throttled",
      ...account(known?.id),
      after: { limit: verdict.scope, retryAfterSeconds: verdict.retryAfterSeconds },
      ip,
    });
    return { status: "throttled", retryAfterSeconds: verdict.retryAfterSeconds };
  }

  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  const passwordOk = user?.active
    ? await verifyPassword(user.passwordHash, password)
    : await verifyAgainstDummy(password);
  const fail = async (reason: "password" | "second_factor") => {
    await recordFailure(db, keys, now);
    await writeAudit(db, {
      actorId: null,
      groupId: null,
      action: "auth.sign_in_failed",
      ...account(user?.id),
      after: { reason },
      ip,
    });
  };
  if (!user || !passwordOk) {
    await fail("password");
    return { status: "invalid" };
  }

  let method: "password" | SecondFactorMethod = "password";
  if (await hasTwoFactor(db, user.id)) {
    if (!code) return { status: "codeRequired" };
    const used = await consumeSecondFactor(db, user.id, code, now);
    if (!used) {
      await fail("second_factor");
      return { status: "codeInvalid" };
    }
    method = used;
  }

  await recordSuccess(db, keys, now);
  await writeAudit(db, {
    actorId: user.id,
    groupId: null,
    action: "auth.sign_in",
    entityType: "user",
    entityId: user.id,
    after: { method },
    ip,
  });
  return { status: "ok", user, method };
}
