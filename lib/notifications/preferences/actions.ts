import "server-only";
import { eq } from "drizzle-orm";
import { notificationPreferences, users } from "@/db/schema";
import { defineAction } from "@/lib/actions/guard";
import { ownAccount } from "@/lib/actions/resources";
import { NOTIFICATION_CATEGORIES } from "@/lib/vocabulary";
import { notificationSettingsSchema } from "./input";
import { notificationSettings } from "./queries";

/**
 * Saves the user's email choice per category and the time of their digests. Only what changed
 * is written (a category's row keeps its date otherwise, so older unsubscribe links stay
 * valid for the others) and audited, before and after.
 */
export const saveNotificationSettings = defineAction({
  name: "user.setNotificationPreferences",
  ...ownAccount(notificationSettingsSchema),
  async run({ tx, actor, input, audit }) {
    await tx.select({ id: users.id }).from(users).where(eq(users.id, actor.id)).for("update");
    const current = await notificationSettings(tx, actor.id);
    const now = new Date();
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const category of NOTIFICATION_CATEGORIES) {
      if (current.deliveries[category] === input[category]) continue;
      before[category] = current.deliveries[category];
      after[category] = input[category];
      await tx
        .insert(notificationPreferences)
        .values({ userId: actor.id, category, delivery: input[category], updatedAt: now })
        .onConflictDoUpdate({
          target: [notificationPreferences.userId, notificationPreferences.category],
          set: { delivery: input[category], updatedAt: now },
        });
    }
    for (const field of ["digestHour", "timeZone"] as const)
      if (current[field] !== input[field]) {
        before[field] = current[field];
        after[field] = input[field];
      }
    if ("digestHour" in after || "timeZone" in after)
      await tx
        .update(users)
        .set({
          digestHour: input.digestHour,
          // The delegation's zone stays implicit until another is chosen.
          ...("timeZone" in after ? { timeZone: input.timeZone } : {}),
          updatedAt: now,
        })
        .where(eq(users.id, actor.id));
    if (Object.keys(after).length)
      await audit({
        action: "user.set_notification_preferences",
        entityType: "user",
        entityId: actor.id,
        before,
        after,
      });
    return notificationSettings(tx, actor.id);
  },
});
