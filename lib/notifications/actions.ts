import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { notifications } from "@/db/schema";
import { defineAction } from "@/lib/actions/guard";
import { ownAccount } from "@/lib/actions/resources";
import { AppError } from "@/lib/errors";
import { markAllReadInput, notificationRef } from "./input";

/**
 * Marks one of the reader's own notifications read (again: it stays read when it was). Another
 * user's notification, or an unknown id, is not found: whose it is comes from the session only.
 * Reading is not audited.
 */
export const markNotificationRead = defineAction({
  name: "notification.markRead",
  ...ownAccount(notificationRef),
  async run({ tx, actor, input }) {
    const [row] = await tx
      .update(notifications)
      .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
      .where(and(eq(notifications.id, input.id), eq(notifications.userId, actor.id)))
      .returning({ id: notifications.id });
    if (!row) throw new AppError("not_found");
    return { id: row.id };
  },
});

/** Marks every unread notification of the reader read; says how many. */
export const markAllNotificationsRead = defineAction({
  name: "notification.markAllRead",
  ...ownAccount(markAllReadInput),
  async run({ tx, actor }) {
    const rows = await tx
      .update(notifications)
      .set({ readAt: sql`now()` })
      .where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt)))
      .returning({ id: notifications.id });
    return { marked: rows.length };
  },
});
