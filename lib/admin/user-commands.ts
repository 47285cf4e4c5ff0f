import { and, eq, inArray, ne } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { memberships, users, workingGroups } from "@/db/schema";
import type { GroupRole } from "@/db/schema/enums";
import { type ActionContext, defineAction } from "@/lib/actions/guard";
import { hashPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import { ADMIN_ONLY } from "./admin-only";
import { generateInitialPassword } from "./initial-password";
import { isUniqueViolation } from "./unique";
import {
  createUserSchema,
  type MembershipInput,
  setMembershipsSchema,
  updateUserSchema,
} from "./user-input";

const emailTaken = () =>
  new AppError("validation", {
    fieldErrors: { email: [{ key: "admin.users.errors.emailTaken" }] },
  });

async function assertEmailFree(tx: Executor, email: string, exceptUserId?: string) {
  const [clash] = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      exceptUserId
        ? and(eq(users.email, email), ne(users.id, exceptUserId))
        : eq(users.email, email),
    );
  if (clash) throw emailTaken();
}

/** Runs a write that may hit the unique email index, answering a race like the pre-check. */
async function withUniqueEmail<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error, "users_email_key")) throw emailTaken();
    throw error;
  }
}

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

export interface CreatedUser {
  userId: string;
  email: string;
  /** Shown once to the admin; only its hash is stored. */
  initialPassword: string;
}

export const createUser = defineAction({
  name: "admin.createUser",
  schema: createUserSchema,
  ...ADMIN_ONLY,
  async run({ tx, input, audit }): Promise<CreatedUser> {
    const { memberships: rows, ...details } = input;
    await assertEmailFree(tx, details.email);
    await assertGroupsExist(tx, rows);
    const initialPassword = generateInitialPassword();
    const passwordHash = await hashPassword(initialPassword);
    const [user] = await withUniqueEmail(() =>
      tx
        .insert(users)
        .values({ ...details, passwordHash, mustChangePassword: true })
        .returning({ id: users.id }),
    );
    if (!user) throw new Error("user not created");
    if (rows.length)
      await tx.insert(memberships).values(rows.map((row) => ({ ...row, userId: user.id })));
    await audit({
      action: "user.create",
      entityType: "user",
      entityId: user.id,
      after: { ...details, memberships: rows },
    });
    return { userId: user.id, email: details.email, initialPassword };
  },
});

export const updateUser = defineAction({
  name: "admin.updateUser",
  schema: updateUserSchema,
  ...ADMIN_ONLY,
  async run({ tx, actor, input, audit }) {
    const { userId, ...details } = input;
    if (userId === actor.id && !details.isAdmin)
      throw new AppError("validation", {
        fieldErrors: { isAdmin: [{ key: "admin.users.errors.selfDemote" }] },
      });
    const before = await loadUser(tx, userId);
    await assertEmailFree(tx, details.email, userId);
    await withUniqueEmail(() =>
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
  schema: setMembershipsSchema,
  ...ADMIN_ONLY,
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
