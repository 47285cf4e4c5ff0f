import "server-only";
import { eq } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { recoveryCodes, twoFactorCredentials, users } from "@/db/schema";
import {
  changePasswordSchema,
  confirmTwoFactorSchema,
  disableTwoFactorSchema,
  endSessionSchema,
  localeSchema,
  profileSchema,
  startTwoFactorSchema,
} from "@/lib/account/input";
import { newPasswordProblem } from "@/lib/account/rules";
import { replacePassword } from "@/lib/account/writes";
import { type ActionContext, defineAction } from "@/lib/actions/guard";
import { ownAccount } from "@/lib/actions/resources";
import { verifyPassword } from "@/lib/auth/password";
import { endSession } from "@/lib/auth/sessions";
import { hashRecoveryCode, matchTotp, newRecoveryCodes, newTotpSecret } from "@/lib/auth/totp";
import { consumeSecondFactor, openTotpSecret, sealTotpSecret } from "@/lib/auth/two-factor";
import { AppError, type FieldErrors } from "@/lib/errors";
import { notifyUser } from "@/lib/notifications/writes";

export const updateProfile = defineAction({
  name: "user.updateProfile",
  ...ownAccount(profileSchema),
  async run({ tx, actor, input, audit }) {
    const [before] = await tx
      .select({ name: users.name, locale: users.locale })
      .from(users)
      .where(eq(users.id, actor.id));
    if (!before) throw new AppError("not_found");
    await tx
      .update(users)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(users.id, actor.id));
    if (before.name !== input.name || before.locale !== input.locale)
      await audit({
        action: "user.update_profile",
        entityType: "user",
        entityId: actor.id,
        before,
        after: input,
      });
    return input;
  },
});

const refuse = (fieldErrors: FieldErrors) => new AppError("validation", { fieldErrors });

/**
 * Audits a change to how the user signs in, and tells them of it in the app and by mail (per
 * their choice): a change they did not make shows at once.
 */
async function signInChanged(
  { tx, actor, audit }: ActionContext<unknown, null>,
  action: string,
  notice: "password_changed" | "two_factor_enabled" | "two_factor_disabled",
  change: { before?: unknown; after?: unknown } = {},
) {
  await audit({ action, entityType: "user", entityId: actor.id, ...change });
  await notifyUser(tx, actor.id, notice, { actorId: actor.id });
}

/**
 * Replaces the user's password after checking the current one. Every session of the user ends
 * (the caller signs this browser in again); a pending one-time password is done with.
 */
export const changePassword = defineAction({
  name: "user.changePassword",
  ...ownAccount(changePasswordSchema),
  async run(context) {
    const { tx, actor, input } = context;
    const [user] = await tx
      .select({ email: users.email, passwordHash: users.passwordHash })
      .from(users)
      .where(eq(users.id, actor.id))
      .for("update");
    if (!user) throw new AppError("not_found");
    if (!(await verifyPassword(user.passwordHash, input.currentPassword)))
      throw refuse({ currentPassword: [{ key: "profile.password.errors.wrongCurrent" }] });
    if (newPasswordProblem(input.newPassword, user.email))
      throw refuse({ newPassword: [{ key: "profile.password.errors.equalsEmail" }] });
    if (input.newPassword === input.currentPassword)
      throw refuse({ newPassword: [{ key: "profile.password.errors.sameAsCurrent" }] });
    await replacePassword(tx, actor.id, input.newPassword, new Date());
    await signInChanged(context, "user.change_password", "password_changed");
    return { email: user.email };
  },
});

async function credentialOf(tx: Transaction, userId: string) {
  const [row] = await tx
    .select()
    .from(twoFactorCredentials)
    .where(eq(twoFactorCredentials.userId, userId))
    .for("update");
  return row;
}

/**
 * Begins (or begins again) setting up two-factor sign-in: a new secret, stored encrypted and
 * not yet in force. The page shows it until a code from the app confirms it.
 */
export const startTwoFactor = defineAction({
  name: "user.startTwoFactor",
  ...ownAccount(startTwoFactorSchema),
  async run({ tx, actor }) {
    const current = await credentialOf(tx, actor.id);
    if (current?.confirmedAt)
      throw new AppError("conflict", { message: { key: "twoFactor.errors.alreadyOn" } });
    const secretEncrypted = sealTotpSecret(actor.id, newTotpSecret());
    await tx
      .insert(twoFactorCredentials)
      .values({ userId: actor.id, secretEncrypted })
      .onConflictDoUpdate({
        target: twoFactorCredentials.userId,
        set: { secretEncrypted, lastUsedStep: null, updatedAt: new Date() },
      });
    return { started: true };
  },
});

/**
 * A code from the app proves it holds the secret: two-factor sign-in is on from now, and ten
 * new recovery codes are returned — the only time anyone sees them (stored hashed).
 */
export const confirmTwoFactor = defineAction({
  name: "user.confirmTwoFactor",
  ...ownAccount(confirmTwoFactorSchema),
  async run(context) {
    const { tx, actor, input } = context;
    const now = new Date();
    const pending = await credentialOf(tx, actor.id);
    if (!pending || pending.confirmedAt)
      throw new AppError("conflict", { message: { key: "twoFactor.errors.noEnrollment" } });
    const step = matchTotp(openTotpSecret(actor.id, pending.secretEncrypted), input.code, now);
    if (step === null) throw refuse({ code: [{ key: "twoFactor.errors.wrongCode" }] });
    await tx
      .update(twoFactorCredentials)
      .set({ confirmedAt: now, lastUsedStep: step, updatedAt: now })
      .where(eq(twoFactorCredentials.userId, actor.id));
    const codes = newRecoveryCodes();
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, actor.id));
    await tx
      .insert(recoveryCodes)
      .values(codes.map((code) => ({ userId: actor.id, codeHash: hashRecoveryCode(code) })));
    await signInChanged(context, "user.two_factor_enable", "two_factor_enabled", {
      after: { twoFactor: true, recoveryCodes: codes.length },
    });
    return { recoveryCodes: codes };
  },
});

/** Turning it off takes the current password and a code (from the app, or a recovery code). */
export const disableTwoFactor = defineAction({
  name: "user.disableTwoFactor",
  ...ownAccount(disableTwoFactorSchema),
  async run(context) {
    const { tx, actor, input } = context;
    const now = new Date();
    const credential = await credentialOf(tx, actor.id);
    if (!credential?.confirmedAt)
      throw new AppError("conflict", { message: { key: "twoFactor.errors.notOn" } });
    const [user] = await tx
      .select({ passwordHash: users.passwordHash })
      .from(users)
      .where(eq(users.id, actor.id));
    const errors: FieldErrors = {};
    if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword)))
      errors.currentPassword = [{ key: "twoFactor.errors.wrongPassword" }];
    // The code is only used up when the password was right.
    else if (!(await consumeSecondFactor(tx, actor.id, input.code, now)))
      errors.code = [{ key: "twoFactor.errors.wrongCode" }];
    if (Object.keys(errors).length) throw refuse(errors);
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, actor.id));
    await tx.delete(twoFactorCredentials).where(eq(twoFactorCredentials.userId, actor.id));
    await signInChanged(context, "user.two_factor_disable", "two_factor_disabled", {
      before: { twoFactor: true },
      after: { twoFactor: false },
    });
    return { disabled: true };
  },
});

export const setLocale = defineAction({
  name: "user.setLocale",
  ...ownAccount(localeSchema),
  async run({ tx, actor, input, audit }) {
    const [before] = await tx
      .select({ locale: users.locale })
      .from(users)
      .where(eq(users.id, actor.id));
    await tx
      .update(users)
      .set({ locale: input.locale, updatedAt: new Date() })
      .where(eq(users.id, actor.id));
    await audit({
      action: "user.set_locale",
      entityType: "user",
      entityId: actor.id,
      before: before ?? null,
      after: { locale: input.locale },
    });
    return { locale: input.locale };
  },
});

/**
 * Ends one of the user's own sessions (listed on the profile): its cookie, wherever it is, no
 * longer signs anyone in. Another user's session id ends nothing (not found).
 */
export const endOwnSession = defineAction({
  name: "user.endSession",
  ...ownAccount(endSessionSchema),
  async run({ tx, actor, input, audit }) {
    if (!(await endSession(tx, input.sessionId, actor.id))) throw new AppError("not_found");
    await audit({
      action: "user.end_session",
      entityType: "user",
      entityId: actor.id,
      after: { sessionId: input.sessionId },
    });
    return { ended: input.sessionId };
  },
});
