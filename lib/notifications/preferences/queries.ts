import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { timeZoneFor } from "@/lib/i18n/time-zone";
import { emailChoices } from "@/lib/notifications/queries";
import { DEFAULT_DELIVERY } from "@/lib/notifications/rules";
import { NOTIFICATION_CATEGORIES } from "@/lib/vocabulary";
import type { NotificationSettings } from "./types";

/** The reader's own notification settings, categories they never chose at their defaults. */
export async function notificationSettings(
  db: Executor,
  userId: string,
): Promise<NotificationSettings> {
  const [[user], choices] = await Promise.all([
    db
      .select({
        timeZone: users.timeZone,
        digestHour: users.digestHour,
        delegation: users.delegation,
        calendarTokenHash: users.calendarTokenHash,
      })
      .from(users)
      .where(eq(users.id, userId)),
    emailChoices(db, userId),
  ]);
  if (!user) throw new AppError("not_found");
  const defaultTimeZone = timeZoneFor(user.delegation);
  return {
    deliveries: Object.fromEntries(
      NOTIFICATION_CATEGORIES.map((c) => [c, choices[c] ?? DEFAULT_DELIVERY[c]]),
    ) as NotificationSettings["deliveries"],
    digestHour: user.digestHour,
    timeZone: user.timeZone ?? defaultTimeZone,
    defaultTimeZone,
    calendarFeed: user.calendarTokenHash !== null,
  };
}
