import "server-only";
import { and, count, eq, isNotNull, isNull, lt, or } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { recoveryCodes, twoFactorCredentials } from "@/db/schema";
import { seal, unseal } from "./secret-box";
import { looksLikeTotp, matchTotp, normaliseCode, recoveryCodeMatches } from "./totp";

/** What the stored TOTP secret is bound to: a sealed secret moved to another user does not open. */
const context = (userId: string) => `totp:${userId}`;

export const sealTotpSecret = (userId: string, secret: string) => seal(secret, context(userId));
export const openTotpSecret = (userId: string, sealed: string) => unseal(sealed, context(userId));

export interface TwoFactorStatus {
  enabled: boolean;
  enabledAt: Date | null;
  /** Enrollment begun but not confirmed with a code yet. */
  pending: boolean;
  recoveryCodesLeft: number;
}

export async function twoFactorStatus(db: Executor, userId: string): Promise<TwoFactorStatus> {
  const [credential] = await db
    .select({ confirmedAt: twoFactorCredentials.confirmedAt })
    .from(twoFactorCredentials)
    .where(eq(twoFactorCredentials.userId, userId));
  return {
    enabled: !!credential?.confirmedAt,
    enabledAt: credential?.confirmedAt ?? null,
    pending: !!credential && !credential.confirmedAt,
    recoveryCodesLeft: credential?.confirmedAt ? await unusedRecoveryCodes(db, userId) : 0,
  };
}

/** The secret of an enrollment in progress, for the page that shows it; null otherwise. */
export async function pendingTotpSecret(db: Executor, userId: string): Promise<string | null> {
  const [row] = await db
    .select({ sealed: twoFactorCredentials.secretEncrypted })
    .from(twoFactorCredentials)
    .where(and(eq(twoFactorCredentials.userId, userId), isNull(twoFactorCredentials.confirmedAt)));
  return row ? openTotpSecret(userId, row.sealed) : null;
}

export async function hasTwoFactor(db: Executor, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: twoFactorCredentials.userId })
    .from(twoFactorCredentials)
    .where(
      and(eq(twoFactorCredentials.userId, userId), isNotNull(twoFactorCredentials.confirmedAt)),
    );
  return !!row;
}

export type SecondFactorMethod = "totp" | "recovery_code";

/**
 * Checks an authenticator code or a recovery code of a user with two-factor sign-in on and uses
 * it up: a TOTP code's time step is recorded (no code of that step or an earlier one is accepted
 * again), a recovery code is marked used. Each claim is one conditional UPDATE, so two requests
 * racing with the same code cannot both succeed.
 */
export async function consumeSecondFactor(
  db: Executor,
  userId: string,
  rawCode: string,
  now: Date,
): Promise<SecondFactorMethod | null> {
  const code = normaliseCode(rawCode);
  if (!code || code.length > 32) return null;
  if (looksLikeTotp(code)) {
    const [credential] = await db
      .select()
      .from(twoFactorCredentials)
      .where(
        and(eq(twoFactorCredentials.userId, userId), isNotNull(twoFactorCredentials.confirmedAt)),
      );
    if (!credential) return null;
    const step = matchTotp(openTotpSecret(userId, credential.secretEncrypted), code, now);
    if (step === null) return null;
    const claimed = await db
      .update(twoFactorCredentials)
      .set({ lastUsedStep: step })
      .where(
        and(
          eq(twoFactorCredentials.userId, userId),
          or(
            isNull(twoFactorCredentials.lastUsedStep),
            lt(twoFactorCredentials.lastUsedStep, step),
          ),
        ),
      )
      .returning({ userId: twoFactorCredentials.userId });
    return claimed.length ? "totp" : null;
  }
  const unused = await db
    .select({ id: recoveryCodes.id, codeHash: recoveryCodes.codeHash })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  // Every stored code is compared, so the time taken does not tell which one matched.
  const match = unused.filter((row) => recoveryCodeMatches(row.codeHash, code))[0];
  if (!match) return null;
  const used = await db
    .update(recoveryCodes)
    .set({ usedAt: now })
    .where(and(eq(recoveryCodes.id, match.id), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return used.length ? "recovery_code" : null;
}

/** Recovery codes left unused (tests; the profile shows the number). */
export async function unusedRecoveryCodes(db: Executor, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return Number(row?.n ?? 0);
}
