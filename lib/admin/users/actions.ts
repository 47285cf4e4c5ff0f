import "server-only";
import { randomInt } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Executor } from "@/db/client";
import {
  memberships,
  recoveryCodes,
  twoFactorCredentials,
  users,
  workingGroups,
} from "@/db/schema";
import { inviteUser, unusablePasswordHash } from "@/lib/account/links/writes";
import { type ActionContext, defineAction } from "@/lib/actions/guard";
import { adminOnly } from "@/lib/actions/resources";
import {
  createUserSchema,
  type MembershipInput,
  setMembershipsSchema,
  updateUserSchema,
  userRefSchema,
} from "@/lib/admin/users/input";
import type { CreatedUser } from "@/lib/admin/users/types";
import { uniqueColumn } from "@/lib/admin/writes";
import { hashPassword } from "@/lib/auth/password";
import { AppError, found } from "@/lib/errors";
import { mailEnabled, notifyUser } from "@/lib/notifications/writes";
import type { GroupRole } from "@/lib/vocabulary";

const emailTaken = () =>
  new AppError("validation", {
    fieldErrors: { email: [{ key: "admin.users.errors.emailTaken" }] },
  });

const emails = uniqueColumn(users, users.id, users.email, "users_email_key", emailTaken);

async function assertGroupsExist(tx: Executor, rows: MembershipInput[]) {
  if (!rows.length) return;
  const ids = rows.map((row) => row.groupId);
  const found = await tx
    .select({ id: workingGroups.id })
    .from(workingGroups)
    .where(inArray(workingGroups.id, ids));
  if (found.length !== new Set(ids).size)
    throw new AppError("validation", {
      fieldErrors: { memberships: [{ key: "admin.users.errors.unknownGroup" }] },
    });
}

async function loadUser(tx: Executor, userId: string) {
  const [user] = await tx.select().from(users).where(eq(users.id, userId)).for("update");
  if (!user) throw new AppError("not_found");
  return user;
}

export const createUser = defineAction({
  name: "admin.createUser",
  ...adminOnly(createUserSchema),
  async run({ tx, actor, input, audit }): Promise<CreatedUser> {
    const { memberships: rows, ...details } = input;
    await emails.assertFree(tx, details.email);
    await assertGroupsExist(tx, rows);
    // With mail, the new user is invited to choose their own password (no one else ever knows
    // it); without, the administrator hands over a one-time password, shown once.
    const invite = mailEnabled();
    const initialPassword = invite ? null : generateInitialPassword();
    const passwordHash = initialPassword
      ? await hashPassword(initialPassword)
      : await unusablePasswordHash();
    const [user] = await emails.withUnique(() =>
      tx
        .insert(users)
        .values({ ...details, passwordHash, mustChangePassword: !invite })
        .returning({ id: users.id }),
    );
    if (!user) throw new Error("user not created");
    if (rows.length)
      await tx.insert(memberships).values(rows.map((row) => ({ ...row, userId: user.id })));
    if (invite) await inviteUser(tx, user.id, actor.id);
    await audit({
      action: "user.create",
      entityType: "user",
      entityId: user.id,
      after: { ...details, memberships: rows, invited: invite },
    });
    return {
      userId: user.id,
      email: details.email,
      name: details.name,
      initialPassword,
      invited: invite,
    };
  },
});

export const updateUser = defineAction({
  name: "admin.updateUser",
  ...adminOnly(updateUserSchema),
  async run({ tx, actor, input, audit }) {
    const { userId, ...details } = input;
    if (userId === actor.id && !details.isAdmin)
      throw new AppError("validation", {
        fieldErrors: { isAdmin: [{ key: "admin.users.errors.selfDemote" }] },
      });
    const before = await loadUser(tx, userId);
    await emails.assertFree(tx, details.email, userId);
    await emails.withUnique(() =>
      tx
        .update(users)
        .set({ ...details, updatedAt: new Date() })
        .where(eq(users.id, userId)),
    );
    const changed = Object.fromEntries(
      Object.entries(details).filter(
        ([key, value]) => before[key as keyof typeof details] !== value,
      ),
    );
    if (Object.keys(changed).length)
      await audit({
        action: "user.update",
        entityType: "user",
        entityId: userId,
        before: Object.fromEntries(
          Object.keys(changed).map((key) => [key, before[key as keyof typeof details]]),
        ),
        after: changed,
      });
    return { userId };
  },
});

/** Makes the user's memberships exactly the given ones: adds, changes roles, removes the rest. */
export const setMemberships = defineAction({
  name: "admin.setMemberships",
  ...adminOnly(setMembershipsSchema),
  async run(context) {
    const { tx, input } = context;
    await loadUser(tx, input.userId);
    await assertGroupsExist(tx, input.memberships);
    const current = await tx
      .select({ groupId: memberships.groupId, role: memberships.role })
      .from(memberships)
      .where(eq(memberships.userId, input.userId));
    const before = new Map(current.map((row) => [row.groupId, row.role]));
    const after = new Map(input.memberships.map((row) => [row.groupId, row.role]));
    let changes = 0;
    for (const groupId of new Set([...before.keys(), ...after.keys()])) {
      const from = before.get(groupId) ?? null;
      const to = after.get(groupId) ?? null;
      if (from === to) continue;
      await applyMembership(context, groupId, from, to);
      changes++;
    }
    return { userId: input.userId, changes };
  },
});

async function applyMembership(
  { tx, input, audit }: ActionContext<{ userId: string }>,
  groupId: string,
  from: GroupRole | null,
  to: GroupRole | null,
) {
  const where = and(eq(memberships.userId, input.userId), eq(memberships.groupId, groupId));
  if (to === null) await tx.delete(memberships).where(where);
  else if (from === null)
    await tx.insert(memberships).values({ userId: input.userId, groupId, role: to });
  else await tx.update(memberships).set({ role: to }).where(where);
  await audit({
    action: "user.membership",
    entityType: "user",
    entityId: input.userId,
    groupId,
    before: { groupId, role: from },
    after: { groupId, role: to },
  });
}

/** Ends every session of the user on their next request (the viewer compares this number). */
const nextSessionVersion = sql`${users.sessionVersion} + 1`;

async function lockUser(tx: Executor, userId: string) {
  return found(
    tx
      .select({ id: users.id, active: users.active })
      .from(users)
      .where(eq(users.id, userId))
      .for("update"),
  );
}

const refuseSelf = (key: string) => new AppError("validation", { message: { key } });

/** Turns the account off (its sessions end) or on again, audited. */
async function setActive(
  { tx, input, audit }: ActionContext<z.output<typeof userRefSchema>, null>,
  active: boolean,
) {
  const user = await lockUser(tx, input.userId);
  await tx
    .update(users)
    .set({
      active,
      ...(active ? {} : { sessionVersion: nextSessionVersion }),
      updatedAt: new Date(),
    })
    .where(eq(users.id, input.userId));
  await audit({
    action: active ? "user.reactivate" : "user.deactivate",
    entityType: "user",
    entityId: input.userId,
    before: { active: user.active },
    after: { active },
  });
  return { userId: input.userId };
}

export const deactivateUser = defineAction({
  name: "admin.deactivateUser",
  ...adminOnly(userRefSchema),
  async run(context) {
    if (context.input.userId === context.actor.id)
      throw refuseSelf("admin.users.errors.selfDeactivate");
    return setActive(context, false);
  },
});

export const reactivateUser = defineAction({
  name: "admin.reactivateUser",
  ...adminOnly(userRefSchema),
  run: (context) => setActive(context, true),
});

export const resetPassword = defineAction({
  name: "admin.resetPassword",
  ...adminOnly(userRefSchema),
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
    await notifyUser(tx, input.userId, "password_changed", { actorId: actor.id });
    return { userId: input.userId, initialPassword };
  },
});

export const endSessions = defineAction({
  name: "admin.endSessions",
  ...adminOnly(userRefSchema),
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
  ...adminOnly(userRefSchema),
  async run({ tx, actor, input, audit }) {
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
    if (removed[0]?.confirmedAt)
      await notifyUser(tx, input.userId, "two_factor_disabled", { actorId: actor.id });
    return { userId: input.userId };
  },
});

/** No 0/O, 1/I/L: nothing that can be misread when the password is read aloud or copied by hand. */
export const INITIAL_PASSWORD_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/**
 * A one-time password such as "K7QM-3XTA-PW9R-E4HN": 16 crypto-random characters from a
 * 31-character alphabet (about 79 bits), in groups of four so it can be handed over by phone.
 */
export function generateInitialPassword(): string {
  const groups = Array.from({ length: 4 }, () =>
    Array.from(
      { length: 4 },
      () => INITIAL_PASSWORD_ALPHABET[randomInt(INITIAL_PASSWORD_ALPHABET.length)],
    ).join(""),
  );
  return groups.join("-");
}
