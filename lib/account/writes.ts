import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";

/**
 * Gives the user a new password: a pending one-time password is done with, and every session of
 * the user ends (the session version goes up). Shared by the profile's form and password links.
 */
export async function replacePassword(
  tx: Executor,
  userId: string,
  newPassword: string,
  now: Date,
): Promise<void> {
  await tx
    .update(users)
    .set({
      passwordHash: await hashPassword(newPassword),
      mustChangePassword: false,
      sessionVersion: sql`${users.sessionVersion} + 1`,
      updatedAt: now,
    })
    .where(eq(users.id, userId));
}
