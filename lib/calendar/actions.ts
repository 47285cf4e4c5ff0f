import "server-only";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { users } from "@/db/schema";
import { defineAction } from "@/lib/actions/guard";
import { ownAccount } from "@/lib/actions/resources";
import { found } from "@/lib/errors";
import { calendarFeedSchema } from "./input";
import { calendarTokenHash } from "./queries";

async function currentFeed(tx: Transaction, userId: string) {
  const row = await found(
    tx
      .select({ hash: users.calendarTokenHash })
      .from(users)
      .where(eq(users.id, userId))
      .for("update"),
  );
  return row.hash;
}

/**
 * A new secret address for the user's calendar subscription (any older one stops working).
 * Only its hash is stored: the answer carries the secret, which the page shows this once.
 */
export const createCalendarFeed = defineAction({
  name: "user.createCalendarFeed",
  ...ownAccount(calendarFeedSchema),
  async run({ tx, actor, audit }) {
    const replaced = (await currentFeed(tx, actor.id)) !== null;
    const token = randomBytes(32).toString("base64url");
    await tx
      .update(users)
      .set({ calendarTokenHash: calendarTokenHash(token), updatedAt: new Date() })
      .where(eq(users.id, actor.id));
    await audit({
      action: "user.calendar_feed_create",
      entityType: "user",
      entityId: actor.id,
      after: { replaced },
    });
    return { token };
  },
});

/** Turns the subscription off: its address answers 404 from now on. */
export const revokeCalendarFeed = defineAction({
  name: "user.revokeCalendarFeed",
  ...ownAccount(calendarFeedSchema),
  async run({ tx, actor, audit }) {
    if ((await currentFeed(tx, actor.id)) === null) return { revoked: false };
    await tx
      .update(users)
      .set({ calendarTokenHash: null, updatedAt: new Date() })
      .where(eq(users.id, actor.id));
    await audit({ action: "user.calendar_feed_revoke", entityType: "user", entityId: actor.id });
    return { revoked: true };
  },
});
