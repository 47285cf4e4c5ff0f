import "server-only";
import { and, eq, gte, inArray, isNotNull, isNull, lt, lte, notExists, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import {
  actionItems,
  jobs,
  linkTokens,
  mailboxMessages,
  memberships,
  notifications,
  userSessions,
  users,
} from "@/db/schema";
import { pruneIdempotencyKeys } from "@/lib/actions/idempotency";
import { pruneRateLimits } from "@/lib/api/rate-limit";
import { todayIso } from "@/lib/clock";
import { sweepDocuments } from "@/lib/documents/writes";
import { enqueue } from "@/lib/jobs/queue";
import type { JobHandler } from "@/lib/jobs/worker";
import { MAIL_DIGEST } from "./mail";
import { dueReminders, remindBeforeMeeting } from "./reminders";
import { DUE_SOON_DAYS, RETENTION_DAYS } from "./rules";
import { notifyGroup } from "./writes";

/** The planner that runs once an hour (whichever server gets there first). */
export const PLAN_HOUR = "plan.hour";
/** One meeting's scheduled reminder. */
export const SEND_REMINDER = "reminder.send";
/** The nightly clean-up of documents: deleted ones past retention, files nothing names. */
export const SWEEP_DOCUMENTS = "documents.sweep";

const hourKey = (now: Date) => now.toISOString().slice(0, 13);
const addDays = (iso: string, days: number) => {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

/**
 * Called every minute by every server: queues this hour's planner once (its key is the hour,
 * so the second server's insert does nothing).
 */
export async function planThisHour(db: Executor, now = new Date()): Promise<void> {
  await enqueue(db, {
    kind: PLAN_HOUR,
    key: `${PLAN_HOUR}:${hourKey(now)}`,
    payload: { at: `${hourKey(now)}:00:00.000Z` },
  });
}

/** Users whose digest hour this is, in their own time zone, with notifications to digest. */
async function queueDigests(db: Executor, at: Date, mail: boolean) {
  if (!mail) return;
  const zone = sql`coalesce(${users.timeZone}, case ${users.delegation} when 'RU' then 'Europe/Moscow' else 'Europe/Oslo' end)`;
  const local = sql`(${at.toISOString()}::timestamptz at time zone ${zone})`;
  const due = await db
    .selectDistinct({
      userId: users.id,
      delivery: notifications.delivery,
      localDay: sql<string>`to_char(${local}, 'YYYY-MM-DD')`,
    })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(
      and(
        isNull(notifications.emailedAt),
        inArray(notifications.delivery, ["daily", "weekly"]),
        lte(notifications.createdAt, at),
        eq(users.active, true),
        sql`extract(hour from ${local}) = ${users.digestHour}`,
        // Weekly digests go out on Mondays.
        sql`(${notifications.delivery} = 'daily' or extract(isodow from ${local}) = 1)`,
      ),
    );
  await enqueue(
    db,
    due.map((d) => ({
      kind: MAIL_DIGEST,
      key: `digest:${d.delivery}:${d.userId}:${d.localDay}`,
      payload: { userId: d.userId, period: d.delivery, until: at.toISOString() },
    })),
  );
}

/** Owners of open action items due within three days, or overdue — each told once. */
async function noticeDueItems(db: Executor, today: string) {
  const already = (kind: "action_item_due_soon" | "action_item_overdue") =>
    notExists(
      db
        .select({ id: notifications.id })
        .from(notifications)
        .where(and(eq(notifications.actionItemId, actionItems.id), eq(notifications.kind, kind))),
    );
  const member = sql`exists (select 1 from ${memberships} m where m.user_id = ${actionItems.ownerId} and m.group_id = ${actionItems.groupId})`;
  const open = and(isNull(actionItems.doneAt), isNotNull(actionItems.dueOn), member);
  const columns = {
    id: actionItems.id,
    groupId: actionItems.groupId,
    ownerId: actionItems.ownerId,
    projectId: actionItems.projectId,
    meetingId: actionItems.meetingId,
  };
  const soon = await db
    .select(columns)
    .from(actionItems)
    .where(
      and(
        open,
        gte(actionItems.dueOn, today),
        lte(actionItems.dueOn, addDays(today, DUE_SOON_DAYS)),
        already("action_item_due_soon"),
      ),
    );
  const overdue = await db
    .select(columns)
    .from(actionItems)
    .where(and(open, lt(actionItems.dueOn, today), already("action_item_overdue")));
  for (const [list, type] of [
    [soon, "actionItem.dueSoon"],
    [overdue, "actionItem.overdue"],
  ] as const)
    for (const item of list)
      await notifyGroup(
        db,
        item.groupId,
        { type, ownerId: item.ownerId },
        { actionItemId: item.id, projectId: item.projectId, meetingId: item.meetingId },
      );
}

/**
 * What is kept no longer than needed: old notifications, finished jobs, spent links, and the
 * records of sessions (one a sign-in) a week after they could last have been used.
 */
async function cleanUp(db: Executor, now: Date) {
  const days = (n: number) => new Date(now.getTime() - n * 24 * 60 * 60_000);
  await db.delete(notifications).where(lt(notifications.createdAt, days(RETENTION_DAYS)));
  await db
    .delete(jobs)
    .where(and(inArray(jobs.state, ["done", "discarded"]), lt(jobs.finishedAt, days(30))));
  await db.delete(linkTokens).where(lt(linkTokens.expiresAt, days(30)));
  await db.delete(mailboxMessages).where(lt(mailboxMessages.createdAt, days(30)));
  await db.delete(userSessions).where(lt(userSessions.createdAt, days(SESSION_RECORD_DAYS)));
}

/** A session lasts 12 hours at most; its record stays a week (the profile lists open ones). */
export const SESSION_RECORD_DAYS = 7;

/** The scheduled work's job handlers. `mail`: whether digests are mailed at all. */
export function scheduleHandlers({ mail }: { mail: boolean }): Record<string, JobHandler> {
  return {
    [PLAN_HOUR]: async (job, { db }) => {
      const at = new Date(String((job.payload as { at?: unknown }).at));
      const today = todayIso(at);
      await queueDigests(db, at, mail);
      await db.transaction(async (tx) => noticeDueItems(tx, today));
      await enqueue(
        db,
        (await dueReminders(db, today)).map((r) => ({
          kind: SEND_REMINDER,
          // Once per meeting, cut-off and offset, however many planners run.
          key: `reminder:${r.meetingId}:${r.cutoff}:${r.days}`,
          payload: { meetingId: r.meetingId, groupId: r.groupId },
        })),
      );
      if (at.getUTCHours() === 3) {
        await cleanUp(db, at);
        await enqueue(db, {
          kind: SWEEP_DOCUMENTS,
          key: `${SWEEP_DOCUMENTS}:${hourKey(at)}`,
          payload: { at: at.toISOString() },
        });
      }
      // Idempotency keys past 24 hours and ended rate-limit windows, every hour.
      await pruneIdempotencyKeys(db, at);
      await pruneRateLimits(db, at);
    },
    [SWEEP_DOCUMENTS]: async (job, { db }) => {
      await sweepDocuments(db, new Date(String((job.payload as { at?: unknown }).at)));
    },
    [SEND_REMINDER]: async (job, { db }) => {
      const { meetingId, groupId } = job.payload as { meetingId: string; groupId: string };
      await db.transaction((tx) => remindBeforeMeeting(tx, groupId, meetingId));
    },
  };
}
