import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { users } from "@/db/schema";
import { LOCALES } from "@/db/schema/enums";
import { defineAction } from "@/lib/actions/guard";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { AppError, type FieldErrors } from "@/lib/errors";
import { storableString } from "@/lib/validation";
import { changePasswordSchema, newPasswordProblem } from "./password-rules";

export const updateProfile = defineAction({
  name: "user.updateProfile",
  permission: "self",
  schema: z.object({
    name: storableString().trim().min(1).max(200),
    locale: z.enum(LOCALES),
  }),
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
 * Replaces the user's password after checking the current one. Every session of the user ends
 * (the caller signs this browser in again); a pending one-time password is done with.
 */
export const changePassword = defineAction({
  name: "user.changePassword",
  permission: "self",
  schema: changePasswordSchema,
  async run({ tx, actor, input, audit }) {
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
    await tx
      .update(users)
      .set({
        passwordHash: await hashPassword(input.newPassword),
        mustChangePassword: false,
        sessionVersion: sql`${users.sessionVersion} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(users.id, actor.id));
    await audit({ action: "user.change_password", entityType: "user", entityId: actor.id });
    return { email: user.email };
  },
});
