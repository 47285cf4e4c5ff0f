import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import {
  EMAIL_DELIVERIES,
  JOB_STATES,
  LINK_PURPOSES,
  NOTIFICATION_CATEGORIES,
  NOTIFICATION_KINDS,
} from "../../lib/vocabulary";
import { statusUpdates } from "./history";
import { actionItems, meetings } from "./meetings";
import { projects, workPlans } from "./projects";
import { users, workingGroups } from "./users";

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(", "));

/**
 * What someone should know, one row per recipient, written in the same transaction as the
 * change that caused it. Stored as a kind and references, never as text: it is rendered in
 * the reader's language when read, and follows renamed projects. Kept 180 days.
 */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** Null for account notifications (password changed, two-factor turned on or off). */
    groupId: uuid().references(() => workingGroups.id, { onDelete: "cascade" }),
    kind: text().notNull(),
    /** Who caused it; null for what the clock caused (reminders, due dates). */
    actorId: uuid().references(() => users.id, { onDelete: "set null" }),
    projectId: uuid().references(() => projects.id, { onDelete: "cascade" }),
    meetingId: uuid().references(() => meetings.id, { onDelete: "cascade" }),
    actionItemId: uuid().references(() => actionItems.id, { onDelete: "cascade" }),
    planId: uuid().references(() => workPlans.id, { onDelete: "cascade" }),
    statusUpdateId: uuid().references(() => statusUpdates.id),
    /** Codes and values that the reference does not hold (the old end date, reminder lists). */
    params: jsonb().notNull().default({}),
    /** How it reaches the recipient by email, chosen from their preferences when written. */
    delivery: text().notNull(),
    emailedAt: timestamp({ withTimezone: true }),
    readAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("notifications_user_created_idx").on(t.userId, t.createdAt),
    index("notifications_unread_idx").on(t.userId).where(sql`${t.readAt} is null`),
    index("notifications_digest_idx")
      .on(t.userId, t.delivery)
      .where(sql`${t.emailedAt} is null and ${t.delivery} in ('daily', 'weekly')`),
    index("notifications_created_idx").on(t.createdAt),
    check("notifications_kind", sql`${t.kind} in (${inList(NOTIFICATION_KINDS)})`),
    check("notifications_delivery", sql`${t.delivery} in (${inList(EMAIL_DELIVERIES)})`),
  ],
);

/** A user's choice per category; categories without a row follow the defaults. */
export const notificationPreferences = pgTable(
  "notification_preferences",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    category: text().notNull(),
    delivery: text().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.category] }),
    check(
      "notification_preferences_category",
      sql`${t.category} in (${inList(NOTIFICATION_CATEGORIES)})`,
    ),
    check("notification_preferences_delivery", sql`${t.delivery} in (${inList(EMAIL_DELIVERIES)})`),
  ],
);

/**
 * Work done after a commit, by whichever app server claims it first (FOR UPDATE SKIP LOCKED):
 * emails, digests, reminders. `key` makes scheduled work unique, so two servers never queue
 * the same reminder twice. A job that fails is retried with a growing delay, then kept as a
 * dead letter for an administrator to retry or discard.
 */
export const jobs = pgTable(
  "jobs",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    kind: text().notNull(),
    key: text(),
    payload: jsonb().notNull().default({}),
    state: text().notNull().default("pending"),
    runAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    attempts: integer().notNull().default(0),
    maxAttempts: integer().notNull().default(8),
    lockedBy: text(),
    lockedUntil: timestamp({ withTimezone: true }),
    lastError: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex("jobs_key").on(t.key),
    index("jobs_due_idx").on(t.runAt).where(sql`${t.state} = 'pending'`),
    index("jobs_dead_idx").on(t.finishedAt).where(sql`${t.state} = 'dead'`),
    check("jobs_state", sql`${t.state} in (${inList(JOB_STATES)})`),
    check("jobs_attempts", sql`${t.attempts} >= 0 and ${t.maxAttempts} > 0`),
  ],
);

/**
 * Links sent by email that act without signing in: a password reset, an invitation, an
 * unsubscribe. Only a SHA-256 hash of the token is kept; each link works once, until it expires.
 */
export const linkTokens = pgTable(
  "link_tokens",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text().notNull(),
    /** For an unsubscribe link: the category it turns off. */
    category: text(),
    tokenHash: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("link_tokens_hash_key").on(t.tokenHash),
    index("link_tokens_user_idx").on(t.userId, t.purpose),
    check("link_tokens_purpose", sql`${t.purpose} in (${inList(LINK_PURPOSES)})`),
  ],
);

/**
 * The development mailbox (/dev/mailbox): where mail goes in `npm run dev` without SMTP_URL,
 * shown as its recipient would see it. Never written in production.
 */
export const mailboxMessages = pgTable(
  "mailbox_messages",
  {
    id: uuid().primaryKey().defaultRandom(),
    recipient: text().notNull(),
    subject: text().notNull(),
    html: text().notNull(),
    text: text().notNull(),
    headers: jsonb().notNull().default({}),
    /** Name, type and base64 content of each attachment (calendar invitations). */
    attachments: jsonb().notNull().default([]),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("mailbox_messages_created_idx").on(t.createdAt)],
);

export type Notification = typeof notifications.$inferSelect;
export type NewNotification = typeof notifications.$inferInsert;
export type Job = typeof jobs.$inferSelect;
export type LinkToken = typeof linkTokens.$inferSelect;
export type MailboxMessage = typeof mailboxMessages.$inferSelect;
