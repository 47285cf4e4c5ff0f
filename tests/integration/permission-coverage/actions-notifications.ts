import * as s from "@/db/schema";
import { type ActionCase, type CaseContext, SELF } from "./matrix";

/** An unread notification of `userId`, as an action of someone else would have left it. */
async function unread({ tx, w }: CaseContext, userId: string): Promise<string> {
  const [row] = await tx
    .insert(s.notifications)
    .values({
      userId,
      groupId: w.group.id,
      kind: "comment_added",
      projectId: w.project.id,
      delivery: "off",
    })
    .returning({ id: s.notifications.id });
  if (!row) throw new Error("no notification");
  return row.id;
}

/**
 * Reading one's notifications: the session says whose they are. Another user's unread one is
 * there too, and the runner checks that only the caller's rows changed.
 */
export const NOTIFICATION_ACTIONS: Record<string, ActionCase> = {
  "notification.markRead": {
    permission: "self",
    expected: SELF,
    input: async (c) => {
      const others = await unread(c, c.w.target.id);
      return { id: c.actor ? await unread(c, c.actor.id) : others, userId: c.w.target.id };
    },
  },
  "notification.markAllRead": {
    permission: "self",
    expected: SELF,
    input: async (c) => {
      await unread(c, c.w.target.id);
      if (c.actor) await unread(c, c.actor.id);
      return { userId: c.w.target.id, id: c.w.target.id };
    },
  },
};
