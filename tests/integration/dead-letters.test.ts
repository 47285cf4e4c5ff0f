/**
 * Undelivered mail (issue 14): a mail the SMTP server refused for good is kept as a dead letter,
 * listed for administrators with the server's reason and the recipient; "Send again" makes it
 * due at once with all its attempts back (audited), and a worker then delivers it once;
 * "Discard" keeps it out of the list for good (audited). Only dead letters can be retried or
 * discarded, only by an administrator; a refusal changes nothing. The mail goes over real SMTP
 * to a server the test starts (smtp-server), as in notification-mail.test.ts.
 */
import type { AddressInfo } from "node:net";
import { and, eq, sql } from "drizzle-orm";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type DatabaseHandle, openDatabase } from "@/db/client";
import * as s from "@/db/schema";
import type { ActionState } from "@/lib/actions/guard";
import { discardDeadLetter, retryDeadLetter } from "@/lib/admin/deliveries/actions";
import { listDeadLetters } from "@/lib/admin/deliveries/queries";
import { enqueue } from "@/lib/jobs/queue";
import { startWorker, type Worker } from "@/lib/jobs/worker";
import { smtpMailer } from "@/lib/mail/transport";
import { notificationMailHandlers } from "@/lib/notifications/mail";
import { MAIL_NOTIFICATION, notifyUser, setMailEnabled } from "@/lib/notifications/writes";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import { asSessionUser } from "../support/factories";
import { buildProjectWorld } from "../support/project-world";

let t: TestDatabase;
/** A second connection pool on the same database: a second app server (PostgreSQL only). */
let second: DatabaseHandle | undefined;
let w: Awaited<ReturnType<typeof buildProjectWorld>>;
let server: SMTPServer;
let port = 0;
const received: ParsedMail[] = [];
/** Addresses the SMTP server refuses for good (550); every other address is accepted. */
const refused = new Set<string>();

beforeAll(async () => {
  t = await createTestDatabase();
  if (t.url) second = openDatabase({ url: t.url, maxConnections: 5 });
  w = await buildProjectWorld(t.db);
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refused.has(address.address.toLowerCase()))
        return callback(Object.assign(new Error("no such mailbox"), { responseCode: 550 }));
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.server.address() as AddressInfo).port;
  setMailEnabled(true);
});

afterAll(async () => {
  setMailEnabled(false);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await second?.close();
  await t.destroy();
});

beforeEach(async () => {
  received.length = 0;
  refused.clear();
  await t.db.delete(s.jobs);
  await t.db.delete(s.notifications);
});

function worker(db = t.db, name = "w"): Worker {
  const mailer = smtpMailer(`smtp://127.0.0.1:${port}`, "Workplan <workplan@example.org>");
  const running = startWorker({
    db,
    name,
    pollMs: 10,
    baseDelayMs: 30,
    handlers: notificationMailHandlers({
      mailer,
      publicUrl: "https://workplan.example.org",
      fromAddress: "workplan@example.org",
    }),
  });
  return {
    ...running,
    stop: async () => {
      await running.stop();
      await mailer.close();
    },
  };
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 30_000) {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const settled = async () =>
  (await t.db.select().from(s.jobs).where(eq(s.jobs.state, "pending"))).length === 0;

const recipientsOf = (mails: ParsedMail[]) =>
  mails.map((m) => (m.to && "text" in m.to ? m.to.text : ""));

async function jobRow(id: number) {
  const [row] = await t.db.select().from(s.jobs).where(eq(s.jobs.id, id));
  if (!row) throw new Error(`no job ${id}`);
  return row;
}

/** The audit rows written about a job. */
const auditOf = (id: number) =>
  t.db
    .select()
    .from(s.auditEvents)
    .where(and(eq(s.auditEvents.entityType, "job"), eq(s.auditEvents.entityId, String(id))))
    .orderBy(s.auditEvents.id);

/**
 * A notification mail to `user` that the SMTP server refused for good, sent by the real worker:
 * returns the dead job and its notification's id.
 */
async function deadLetterFor(user: s.User) {
  refused.add(user.email.toLowerCase());
  await notifyUser(t.db, user.id, "password_changed");
  const [notification] = await t.db
    .select({ id: s.notifications.id })
    .from(s.notifications)
    .where(eq(s.notifications.userId, user.id))
    .orderBy(sql`${s.notifications.createdAt} desc`)
    .limit(1);
  if (!notification) throw new Error("no notification");
  const running = worker();
  await until(settled).finally(() => running.stop());
  const [job] = await t.db
    .select()
    .from(s.jobs)
    .where(sql`${s.jobs.payload}->>'id' = ${notification.id}`);
  if (!job) throw new Error("no job");
  expect(job.state).toBe("dead");
  return { job, notificationId: notification.id };
}

function expectSuccess<T>(result: ActionState<T>): T {
  if (result.status !== "success") throw new Error(`expected success: ${JSON.stringify(result)}`);
  return result.data;
}

function refusal(result: ActionState<unknown>) {
  if (result.status !== "error") throw new Error(`expected a refusal: ${JSON.stringify(result)}`);
  return { code: result.code, message: result.message.key };
}

const NOT_DEAD = { code: "conflict", message: "admin.deliveries.errors.notDead" };

describe(`dead letters (${testBackend()})`, () => {
  it("lists a mail the server refused for good, with the server's reason and the recipient", async () => {
    const { job } = await deadLetterFor(w.delegateNo);
    // Work that is not dead is not listed: a mail on its way, one delivered.
    await notifyUser(t.db, w.delegateRu.id, "password_changed");
    const running = worker();
    await until(() => received.length >= 1).finally(() => running.stop());
    await enqueue(t.db, {
      kind: MAIL_NOTIFICATION,
      payload: { id: "later" },
      runAt: new Date(Date.now() + 3_600_000),
    });
    expect(recipientsOf(received)).toEqual([w.delegateRu.email]);

    const { rows, total } = await listDeadLetters(t.db, 1);
    expect(total).toBe(1);
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({
      id: job.id,
      kind: MAIL_NOTIFICATION,
      recipient: w.delegateNo.email,
      attempts: 1,
    });
    expect(row?.lastError).toContain("550");
    expect(row?.lastError).toContain("no such mailbox");
    expect(row?.failedAt).toBe(job.finishedAt?.toISOString());
    // Nothing was sent to the refused address.
    expect(recipientsOf(received)).not.toContain(w.delegateNo.email);
  });

  it("names the recipient of a digest or account mail, none for other work; newest first, 50 a page", async () => {
    const died = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000);
    const dead = { state: "dead", attempts: 8, lastError: "550 no such mailbox" } as const;
    const [digest, account, planning] = await t.db
      .insert(s.jobs)
      .values([
        {
          ...dead,
          kind: "mail.digest",
          payload: { userId: w.delegateRu.id, period: "daily" },
          finishedAt: died(3),
        },
        {
          ...dead,
          kind: "mail.account",
          payload: { purpose: "invite", userId: w.observer.id },
          finishedAt: died(1),
        },
        { ...dead, kind: "plan.hour", payload: { hour: "x" }, finishedAt: died(2) },
      ])
      .returning();
    // Older ones, to fill more than a page.
    await t.db.insert(s.jobs).values(
      Array.from({ length: 50 }, (_, i) => ({
        ...dead,
        kind: "plan.hour",
        key: `old-${i}`,
        finishedAt: died(60 + i),
      })),
    );

    const first = await listDeadLetters(t.db, 1);
    expect(first.total).toBe(53);
    expect(first.rows).toHaveLength(50);
    expect(first.rows.slice(0, 3).map((r) => [r.id, r.kind, r.recipient])).toEqual([
      [account?.id, "mail.account", w.observer.email],
      [planning?.id, "plan.hour", null],
      [digest?.id, "mail.digest", w.delegateRu.email],
    ]);
    expect(first.rows[0]).toMatchObject({ attempts: 8, lastError: "550 no such mailbox" });
    const second = await listDeadLetters(t.db, 2);
    expect(second.total).toBe(53);
    expect(second.rows).toHaveLength(3);
    const ids = [...first.rows, ...second.rows].map((r) => r.id);
    expect(new Set(ids).size).toBe(53);
  });

  it("sends a dead letter again for an administrator: due at once, attempts back, audited, delivered once", async () => {
    const { job: dead, notificationId } = await deadLetterFor(w.delegateNo);
    expect(dead.finishedAt).not.toBeNull();
    // The address works again (the administrator fixed it).
    refused.clear();

    expect(
      expectSuccess(
        await retryDeadLetter.execute(t.db, asSessionUser(w.admin), { jobId: dead.id }),
      ),
    ).toEqual({ jobId: dead.id });

    const retried = await jobRow(dead.id);
    expect(retried).toMatchObject({ state: "pending", attempts: 0, finishedAt: null });
    // Due now: not at the time it was first queued (before it died), and not later.
    expect(retried.runAt.getTime()).toBeGreaterThanOrEqual(dead.finishedAt?.getTime() ?? 0);
    const [due] = await t.db
      .select({ due: sql<boolean>`${s.jobs.runAt} <= now()` })
      .from(s.jobs)
      .where(eq(s.jobs.id, dead.id));
    expect(due?.due).toBe(true);
    expect((await listDeadLetters(t.db, 1)).rows.map((r) => r.id)).not.toContain(dead.id);

    const audit = await auditOf(dead.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "settings.retry_delivery",
      actorId: w.admin.id,
      groupId: null,
      before: { state: "dead", attempts: 1 },
      after: { state: "pending" },
    });
    expect(audit[0]?.before).toMatchObject({
      lastError: expect.stringContaining("no such mailbox"),
    });

    // Two workers (two app servers on PostgreSQL): the mail goes out once.
    const a = worker(t.db, "a");
    const b = worker(second?.db ?? t.db, "b");
    try {
      await until(async () => received.length >= 1 && (await settled()));
      await pause(300);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
    expect(recipientsOf(received)).toEqual([w.delegateNo.email]);
    expect(await jobRow(dead.id)).toMatchObject({ state: "done", attempts: 1 });
    const [notification] = await t.db
      .select()
      .from(s.notifications)
      .where(eq(s.notifications.id, notificationId));
    expect(notification?.emailedAt).not.toBeNull();
  });

  it("discards a dead letter for an administrator: out of the list for good, audited", async () => {
    const { job: dead } = await deadLetterFor(w.delegateNo);
    const { job: other } = await deadLetterFor(w.delegateRu);
    expect((await listDeadLetters(t.db, 1)).total).toBe(2);
    refused.clear();

    expect(
      expectSuccess(
        await discardDeadLetter.execute(t.db, asSessionUser(w.admin), { jobId: String(dead.id) }),
      ),
    ).toEqual({ jobId: dead.id });

    const discarded = await jobRow(dead.id);
    expect(discarded.state).toBe("discarded");
    expect(discarded.finishedAt).not.toBeNull();
    const list = await listDeadLetters(t.db, 1);
    expect(list.rows.map((r) => r.id)).toEqual([other.id]);
    expect(list.total).toBe(1);
    const audit = await auditOf(dead.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "settings.discard_delivery",
      actorId: w.admin.id,
      before: { state: "dead" },
      after: { state: "discarded" },
    });

    // A worker leaves it alone: a mail queued after it goes out, the discarded one never does.
    await notifyUser(t.db, w.coordinatorNo.id, "password_changed");
    const running = worker();
    try {
      await until(async () => received.length >= 1 && (await settled()));
      await pause(200);
    } finally {
      await running.stop();
    }
    expect(recipientsOf(received)).toEqual([w.coordinatorNo.email]);
    expect((await jobRow(dead.id)).state).toBe("discarded");
  });

  it("refuses to retry or discard a job that is not dead, and changes nothing", async () => {
    // Done: delivered.
    await notifyUser(t.db, w.delegateRu.id, "password_changed");
    const running = worker();
    await until(async () => received.length >= 1 && (await settled())).finally(() =>
      running.stop(),
    );
    // Discarded, and sent again (pending once more).
    const { job: toDiscard } = await deadLetterFor(w.delegateNo);
    expectSuccess(
      await discardDeadLetter.execute(t.db, asSessionUser(w.admin), { jobId: toDiscard.id }),
    );
    const { job: toRetry } = await deadLetterFor(w.coordinatorRu);
    expectSuccess(
      await retryDeadLetter.execute(t.db, asSessionUser(w.admin), { jobId: toRetry.id }),
    );

    // Pending: queued for later.
    await enqueue(t.db, {
      kind: MAIL_NOTIFICATION,
      key: "pending-one",
      payload: { id: "later" },
      runAt: new Date(Date.now() + 3_600_000),
    });

    const jobs = await t.db.select().from(s.jobs).orderBy(s.jobs.id);
    expect(jobs.map((j) => j.state).sort()).toEqual(["discarded", "done", "pending", "pending"]);
    const auditBefore = await t.db.select().from(s.auditEvents);
    const admin = asSessionUser(w.admin);
    for (const job of jobs) {
      expect(refusal(await retryDeadLetter.execute(t.db, admin, { jobId: job.id }))).toEqual(
        NOT_DEAD,
      );
      expect(refusal(await discardDeadLetter.execute(t.db, admin, { jobId: job.id }))).toEqual(
        NOT_DEAD,
      );
    }
    // A job that does not exist.
    const missing = Math.max(...jobs.map((j) => j.id)) + 1000;
    expect(refusal(await retryDeadLetter.execute(t.db, admin, { jobId: missing }))).toEqual(
      NOT_DEAD,
    );
    expect(refusal(await discardDeadLetter.execute(t.db, admin, { jobId: missing }))).toEqual(
      NOT_DEAD,
    );
    // Not a job number at all.
    expect(refusal(await retryDeadLetter.execute(t.db, admin, { jobId: "x" })).code).toBe(
      "validation",
    );

    expect(await t.db.select().from(s.jobs).orderBy(s.jobs.id)).toEqual(jobs);
    expect(await t.db.select().from(s.auditEvents)).toEqual(auditBefore);
  });

  it("lets only one of two administrators act on the same dead letter at once", async () => {
    const { job: dead } = await deadLetterFor(w.delegateNo);
    const admin = asSessionUser(w.admin);
    const results = await Promise.all([
      retryDeadLetter.execute(t.db, admin, { jobId: dead.id }),
      discardDeadLetter.execute(t.db, admin, { jobId: dead.id }),
    ]);
    const winners = results.filter((r) => r.status === "success");
    const losers = results.filter((r) => r.status === "error").map(refusal);
    expect(winners).toHaveLength(1);
    expect(losers).toEqual([NOT_DEAD]);
    const after = await jobRow(dead.id);
    expect(after.state).toBe(results[0]?.status === "success" ? "pending" : "discarded");
    expect(await auditOf(dead.id)).toHaveLength(1);
  });

  it("refuses everyone but an administrator, and changes nothing", async () => {
    const { job: dead } = await deadLetterFor(w.delegateNo);
    const auditBefore = await t.db.select().from(s.auditEvents);
    for (const user of [w.coordinatorNo, w.coordinatorRu, w.delegateNo, w.observer, w.outsider]) {
      const actor = asSessionUser(user);
      expect(refusal(await retryDeadLetter.execute(t.db, actor, { jobId: dead.id })).code).toBe(
        "forbidden",
      );
      expect(refusal(await discardDeadLetter.execute(t.db, actor, { jobId: dead.id })).code).toBe(
        "forbidden",
      );
    }
    expect(refusal(await retryDeadLetter.execute(t.db, null, { jobId: dead.id })).code).toBe(
      "unauthenticated",
    );
    expect(refusal(await discardDeadLetter.execute(t.db, null, { jobId: dead.id })).code).toBe(
      "unauthenticated",
    );

    expect(await jobRow(dead.id)).toEqual(dead);
    expect(await t.db.select().from(s.auditEvents)).toEqual(auditBefore);
    expect((await listDeadLetters(t.db, 1)).rows.map((r) => r.id)).toEqual([dead.id]);
  });
});
