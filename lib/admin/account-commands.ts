import { eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { recoveryCodes, twoFactorCredentials, users } from "@/db/schema";
import { defineAction } from "@/lib/actions/guard";
import { hashPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import { ADMIN_ONLY } from "./admin-only";
import { generateInitialPassword } from "./initial-password";
import { userRefSchema } from "./user-input";

/** Ends every session of the user on their next request (the viewer compares this number). */
const nextSessionVersion = sql`${users.sessionVersion} + 1`;

async function lockUser(tx: Executor, userId: string) {
  const [user] = await tx
    .select({ id: users.id, active: users.active })
    .from(users)
    .where(eq(users.id, userId))
    .for("update");
  if (!user) throw new AppError("not_found");
  return user;
}

const refuseSelf = (key: string) => new AppError("validation", { message: { key } });

export const deactivateUser = defineAction({
  name: "admin.deactivateUser",
  schema: userRefSchema,
  ...ADMIN_ONLY,
  async run({ tx, actor, input, audit }) {
    if (input.userId === actor.id) throw refuseSelf("admin.users.errors.selfDeactivate");
    const user = await lockUser(tx, input.userId);
    await tx
      .update(users)
      .set({ active: false, sessionVersion: nextSessionVersion, updatedAt: new Date() })
      .where(eq(users.id, input.userId));
    await audit({
      action: "user.deactivate",
      entityType: "user",
      entityId: input.userId,
      before: { active: user.active },
      after: { active: false },
    });
    return { userId: input.userId };
  },
});

export const reactivateUser = defineAction({
  name: "admin.reactivateUser",
  schema: userRefSchema,
  ...ADMIN_ONLY,
  async run({ tx, input, audit }) {
    const user = await lockUser(tx, input.userId);
    await tx
      .update(users)
      .set({ active: true, updatedAt: new Date() })
      .where(eq(users.id, input.userId));
    await audit({
      action: "user.reactivate",
      entityType: "user",
      entityId: input.userId,
      before: { active: user.active },
      after: { active: true },
    });
    return { userId: input.userId };
  },
});

export const resetPassword = defineAction({
  name: "admin.resetPassword",
  schema: userRefSchema,
  ...ADMIN_ONLY,
  async run({ tx, actor, input, audit }) {
    // An admin who reset their own password would be signed out with a password only they saw.
    if (input.userId === actor.id) throw refuseSelf("admin.users.errors.selfReset");
    await lockUser(tx, input.userId);
    const initialPassword = generateInitialPassword();
    await tx
      .update(users)
      .set({
        passwordHash: await hashPassword(initialPassword),
        mustChangePassword: true,
        sessionVersion: nextSessionVersion,
        updatedAt: new Date(),
      })
      .where(eq(users.id, input.userId));
    // Never the password or its hash: the row only says that it happened.
    await audit({
      action: "user.reset_password",
      entityType: "user",
      entityId: input.userId,
      after: { mustChangePassword: true },
    });
    return { userId: input.userId, initialPassword };
  },
});

export const endSessions = defineAction({
  name: "admin.endSessions",
  schema: userRefSchema,
  ...ADMIN_ONLY,
  async run({ tx, input, audit }) {
    await lockUser(tx, input.userId);
    await tx
      .update(users)
      .set({ sessionVersion: nextSessionVersion, updatedAt: new Date() })
      .where(eq(users.id, input.userId));
    await audit({ action: "user.end_sessions", entityType: "user", entityId: input.userId });
    return { userId: input.userId };
  },
});

/**
 * For a user who lost both their authenticator and their recovery codes: two-factor sign-in is
 * turned off and their sessions end; they sign in with the password and can set it up again.
 */
export const resetTwoFactor = defineAction({
  name: "admin.resetTwoFactor",
  schema: userRefSchema,
  ...ADMIN_ONLY,
  async run({ tx, input, audit }) {
    await lockUser(tx, input.userId);
    const removed = await tx
      .delete(twoFactorCredentials)
      .where(eq(twoFactorCredentials.userId, input.userId))
      .returning({ confirmedAt: twoFactorCredentials.confirmedAt });
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, input.userId));
    await tx
      .update(users)
      .set({ sessionVersion: nextSessionVersion, updatedAt: new Date() })
      .where(eq(users.id, input.userId));
    await audit({
      action: "user.two_factor_reset",
      entityType: "user",
      entityId: input.userId,
      before: { twoFactor: !!removed[0]?.confirmedAt },
      after: { twoFactor: false },
    });
    return { userId: input.userId };
  },
});
