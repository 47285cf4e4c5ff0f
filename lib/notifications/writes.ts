import "server-only";
import { and, eq, inArray, or, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { memberships, notificationPreferences, notifications, users } from "@/db/schema";
import { env } from "@/lib/env";
import { enqueue } from "@/lib/jobs/queue";
import type { EmailDelivery, NotificationCategory, NotificationKind } from "@/lib/vocabulary";
import { type GroupEvent, type Member, recipientsOf } from "./recipients";
import { deliveryFor } from "./rules";

/** What a notification is about, besides its kind: references, rendered when read. */
export interface NotificationSubject {
  projectId?: string | null;
  meetingId?: string | null;
  actionItemId?: string | null;
  planId?: string | null;
  statusUpdateId?: string | null;
  params?: Record<string, unknown>;
}

type Choices = Partial<Record<NotificationCategory, EmailDelivery>>;

/** The job that mails one notification on its own (delivery "immediate"). */
export const MAIL_NOTIFICATION = "mail.notification";

/**
 * Whether mail is sent at all (SMTP_URL, or the development mailbox). Without it, nothing
 * is queued for mail; notifications still show in the app.
 */
let mailOn: boolean | undefined;
export function setMailEnabled(on: boolean): void {
  mailOn = on;
}

/**
 * Whether mail goes out: as set at start-up, else as the environment says — so a server that
 * runs no workers (WORKPLAN_WORKERS=0) still queues mail for the servers that do.
 */
export function mailEnabled(): boolean {
  mailOn ??= env().mail !== "off";
  return mailOn;
}

const choicesOf = sql<Choices>`coalesce((
  select jsonb_object_agg(${notificationPreferences.category}, ${notificationPreferences.delivery})
  from ${notificationPreferences} where ${notificationPreferences.userId} = ${users.id}
), '{}'::jsonb)`;

/**
 * The members an event can concern: for project events only its people and (for a status
 * update) the coordinators; for group-wide events everyone. Deactivated users hear nothing.
 */
function candidates(event: GroupEvent) {
  switch (event.type) {
    case "statusUpdate.posted":
      return or(
        eq(memberships.role, "coordinator"),
        eq(users.isAdmin, true),
        inArray(memberships.userId, ids(event.project.contactNoId, event.project.contactRuId)),
      );
    case "statusUpdate.confirmed":
      return inArray(memberships.userId, ids(event.authorId));
    case "comment.added":
    case "project.endMoved":
    case "project.archived":
      return inArray(memberships.userId, ids(event.project.contactNoId, event.project.contactRuId));
    case "project.contactsChanged":
      return inArray(
        memberships.userId,
        ids(
          event.before.contactNoId,
          event.before.contactRuId,
          event.after.contactNoId,
          event.after.contactRuId,
        ),
      );
    case "actionItem.assigned":
    case "actionItem.dueSoon":
    case "actionItem.overdue":
      return inArray(memberships.userId, ids(event.ownerId));
    default:
      return undefined;
  }
}

const ids = (...values: (string | null | undefined)[]) => {
  const list = values.filter((v): v is string => Boolean(v));
  // `in ()` is not SQL: an impossible id keeps the statement valid and empty.
  return list.length ? list : ["00000000-0000-0000-0000-000000000000"];
};

async function insert(
  db: Executor,
  rows: { userId: string; kind: NotificationKind; choices: Choices }[],
  base: { groupId: string | null; actorId: string | null } & NotificationSubject,
): Promise<number> {
  if (!rows.length) return 0;
  const { params, ...refs } = base;
  const written = await db
    .insert(notifications)
    .values(
      rows.map((r) => ({
        ...refs,
        userId: r.userId,
        kind: r.kind,
        params: params ?? {},
        delivery: deliveryFor(r.kind, r.choices),
      })),
    )
    .returning({ id: notifications.id, delivery: notifications.delivery });
  if (mailEnabled())
    await enqueue(
      db,
      written
        .filter((n) => n.delivery === "immediate")
        .map((n) => ({ kind: MAIL_NOTIFICATION, key: `mail:${n.id}`, payload: { id: n.id } })),
    );
  return written.length;
}

/**
 * Records who hears of a group event, in the caller's transaction: a rolled-back change
 * notifies nobody. Mail for those who want it at once is queued for after the commit.
 */
export async function notifyGroup(
  db: Executor,
  groupId: string,
  event: GroupEvent,
  subject: NotificationSubject = {},
): Promise<number> {
  const members = await db
    .select({
      userId: memberships.userId,
      role: memberships.role,
      delegation: users.delegation,
      isAdmin: users.isAdmin,
      choices: choicesOf,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.groupId, groupId), eq(users.active, true), candidates(event)));
  const byId = new Map(members.map((m) => [m.userId, m]));
  const recipients = recipientsOf(event, members satisfies Member[]);
  return insert(
    db,
    recipients.map((r) => ({ ...r, choices: byId.get(r.userId)?.choices ?? {} })),
    { groupId, actorId: "actorId" in event ? event.actorId : null, ...subject },
  );
}

/** A notification for one user: their account, or a reminder the clock caused. */
export async function notifyUser(
  db: Executor,
  userId: string,
  kind: NotificationKind,
  subject: NotificationSubject & { groupId?: string | null; actorId?: string | null } = {},
): Promise<number> {
  const [user] = await db
    .select({ active: users.active, choices: choicesOf })
    .from(users)
    .where(eq(users.id, userId));
  if (!user?.active) return 0;
  const { groupId = null, actorId = null, ...rest } = subject;
  return insert(db, [{ userId, kind, choices: user.choices }], { groupId, actorId, ...rest });
}
