/**
 * Notification mail over real SMTP (issue 14): a server the test starts (smtp-server) receives
 * what the workers send; mailparser reads it back as a mail client would, ical.js the calendar
 * invitation. Language, links, threading, one-click unsubscribe, exactly-once delivery with two
 * workers, retries while the server refuses, dead letters when it refuses for good.
 */
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import ICAL from "ical.js";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type DatabaseHandle, openDatabase } from "@/db/client";
import * as s from "@/db/schema";
import { enqueue } from "@/lib/jobs/queue";
import { startWorker, type Worker } from "@/lib/jobs/worker";
import { smtpMailer } from "@/lib/mail/transport";
import { MAIL_DIGEST, notificationMailHandlers } from "@/lib/notifications/mail";
import { readUnsubscribeToken } from "@/lib/notifications/unsubscribe";
import { notifyGroup, notifyUser, setMailEnabled } from "@/lib/notifications/writes";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import { buildProjectWorld } from "../support/project-world";

const PUBLIC_URL = "https://workplan.example.org";
let t: TestDatabase;
let second: DatabaseHandle | undefined;
let w: Awaited<ReturnType<typeof buildProjectWorld>>;
let server: SMTPServer;
let port = 0;
const received: ParsedMail[] = [];
/** What the server answers: accept, refuse for now (421), or refuse for good (550). */
let answer: (to: string) => "ok" | "later" | "never" = () => "ok";
/** Statements sent while `recording`, for counting what a batch of mail costs. */
let recording: string[] | null = null;

beforeAll(async () => {
  t = await createTestDatabase({ onQuery: (query) => recording?.push(query) });
  if (t.url) second = openDatabase({ url: t.url, maxConnections: 5 });
  w = await buildProjectWorld(t.db);
  await t.db.update(s.users).set({ locale: "nb" }).where(eq(s.users.id, w.delegateNo.id));
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, callback) {
      const verdict = answer(address.address);
      if (verdict === "later")
        return callback(Object.assign(new Error("try again later"), { responseCode: 421 }));
      if (verdict === "never")
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
  answer = () => "ok";
  await t.db.delete(s.jobs);
  await t.db.delete(s.notifications);
});

function worker(db = t.db, name = "w"): Worker {
  const mailer = smtpMailer(`smtp://127.0.0.1:${port}`, "Workplan <workplan@example.org>");
  const w = startWorker({
    db,
    name,
    pollMs: 10,
    baseDelayMs: 30,
    handlers: notificationMailHandlers({
      mailer,
      publicUrl: PUBLIC_URL,
      fromAddress: "workplan@example.org",
    }),
  });
  return {
    ...w,
    stop: async () => {
      await w.stop();
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

const settled = async () =>
  (await t.db.select().from(s.jobs).where(eq(s.jobs.state, "pending"))).length === 0;

/** A header as it was sent (mailparser folds List-* headers into an object). */
const header = (mail: ParsedMail, name: string) =>
  mail.headerLines
    .find((h) => h.key === name)
    ?.line.replace(/^[^:]*:\s*/, "")
    .replace(/\r?\n\s+/g, " ");

describe(`notification mail over SMTP (${testBackend()})`, () => {
  it("mails an update awaiting confirmation in each recipient's language, threaded by project", async () => {
    const project = await w.newProject({
      titleNb: "Felles isvarsling",
      titleRu: "Ледовые прогнозы",
    });
    await t.db.transaction((tx) =>
      notifyGroup(
        tx,
        w.group.id,
        { type: "statusUpdate.posted", actorId: w.delegateRu.id, project, authorDelegation: "RU" },
        { projectId: project.id },
      ),
    );
    const running = worker();
    await until(() => received.length >= 2).finally(() => running.stop());
    const byRecipient = new Map(received.map((m) => [m.to && "text" in m.to ? m.to.text : "", m]));
    const norwegian = byRecipient.get(w.delegateNo.email);
    const coordinator = byRecipient.get(w.coordinatorNo.email);
    expect(norwegian?.subject).toContain("venter på din bekreftelse");
    expect(norwegian?.subject).toContain("Felles isvarsling");
    expect(coordinator?.subject).toContain("awaits your confirmation");
    expect(norwegian?.html).toContain(`lang="nb"`);
    expect(norwegian?.text).toContain(
      `${PUBLIC_URL}/g/${w.group.slug}/projects/${encodeURIComponent(project.code)}`,
    );
    const thread = `<project-${project.id}@workplan.example.org>`;
    expect(norwegian?.inReplyTo).toBe(thread);
    expect(norwegian?.references).toEqual(thread);
    expect(norwegian?.messageId).toMatch(/^<notification-[0-9a-f-]+@workplan\.example\.org>$/);
    // Every link in the mail is absolute, to the app's public address.
    for (const href of (norwegian?.html || "").matchAll(/href="([^"]+)"/g))
      expect(href[1]).toMatch(new RegExp(`^${PUBLIC_URL}/`));
    const emailed = await t.db.select().from(s.notifications);
    expect(emailed.every((n) => n.emailedAt !== null)).toBe(true);
  });

  it("sends a reminder with one-click unsubscribe (RFC 8058) and a working per-kind link", async () => {
    const project = await w.newProject();
    await notifyUser(t.db, w.delegateRu.id, "update_reminder", {
      groupId: w.group.id,
      params: { projects: [project.id], cutoff: "2027-03-01", audience: "contact" },
    });
    const running = worker();
    await until(() => received.length >= 1).finally(() => running.stop());
    const [mail] = received;
    expect(mail?.subject).toContain("вашего обновления до 1 марта 2027");
    const unsubscribe = header(mail as ParsedMail, "list-unsubscribe");
    expect(unsubscribe).toMatch(
      /^<https:\/\/workplan\.example\.org\/unsubscribe\/[\w-]+\.[\w-]+>$/,
    );
    expect(header(mail as ParsedMail, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    const token = unsubscribe?.match(/unsubscribe\/([\w.-]+)>/)?.[1] ?? "";
    expect(readUnsubscribeToken(token)).toMatchObject({
      status: "valid",
      claims: { userId: w.delegateRu.id, target: "reminders" },
    });
    // The same link is in the mail's footer, for clients without one-click unsubscribe.
    expect(mail?.html).toContain(`/unsubscribe/${token}`);
    expect(mail?.text).toContain(project.code);
  });

  it("attaches the calendar invitation to a meeting's mail, and a cancellation when it is called off", async () => {
    const [meeting] = await t.db
      .insert(s.meetings)
      .values({
        groupId: w.group.id,
        number: 7,
        startsOn: "2027-02-10",
        endsOn: "2027-02-11",
        cityEn: "Kirkenes",
        cityRu: "Киркенес",
        cityNb: "Kirkenes",
        country: "NO",
        sequence: 1,
      })
      .returning();
    if (!meeting) throw new Error("no meeting");
    // Meetings come in a daily digest unless chosen otherwise: this delegate wants them at once.
    await t.db
      .insert(s.notificationPreferences)
      .values({ userId: w.delegateRu.id, category: "meetings", delivery: "immediate" });
    await notifyGroup(
      t.db,
      w.group.id,
      { type: "meeting.moved", actorId: w.coordinatorNo.id },
      { meetingId: meeting.id },
    );
    const running = worker();
    await until(() => received.length >= 1).finally(() => running.stop());
    const mail = received.find((m) => m.to && "text" in m.to && m.to.text === w.delegateRu.email);
    const ics = mail?.attachments.find((a) => a.contentType === "text/calendar");
    expect(ics).toBeDefined();
    const calendar = new ICAL.Component(ICAL.parse(ics?.content.toString("utf8") ?? ""));
    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    const event = calendar.getFirstSubcomponent("vevent");
    expect(event?.getFirstPropertyValue("uid")).toBe(`meeting-${meeting.id}@workplan`);
    expect(event?.getFirstPropertyValue("sequence")).toBe(1);
    expect(String(event?.getFirstPropertyValue("dtstart"))).toBe("2027-02-10");
    // All-day: the end is the day after the last day.
    expect(String(event?.getFirstPropertyValue("dtend"))).toBe("2027-02-12");
    expect(event?.getFirstPropertyValue("location")).toContain("Киркенес");
    expect(calendar.getFirstPropertyValue("x-wr-timezone")).toBe("Europe/Oslo");

    // Called off: the same entry, cancelled, with a higher sequence.
    received.length = 0;
    await t.db.update(s.meetings).set({ sequence: 2 }).where(eq(s.meetings.id, meeting.id));
    await notifyGroup(
      t.db,
      w.group.id,
      { type: "meeting.cancelled", actorId: w.coordinatorNo.id },
      { meetingId: meeting.id },
    );
    const again = worker();
    await until(() => received.length >= 1).finally(() => again.stop());
    const cancel = received[0]?.attachments.find((a) => a.contentType === "text/calendar");
    const cancelled = new ICAL.Component(ICAL.parse(cancel?.content.toString("utf8") ?? ""));
    expect(cancelled.getFirstPropertyValue("method")).toBe("CANCEL");
    const gone = cancelled.getFirstSubcomponent("vevent");
    expect(gone?.getFirstPropertyValue("uid")).toBe(`meeting-${meeting.id}@workplan`);
    expect(gone?.getFirstPropertyValue("sequence")).toBe(2);
    expect(gone?.getFirstPropertyValue("status")).toBe("CANCELLED");
  });

  it("delivers 1,000 notifications with two workers, none twice", async () => {
    const project = await w.newProject();
    const many = Array.from({ length: 1000 }, () => ({
      userId: w.delegateNo.id,
      kind: "update_awaiting_confirmation" as const,
      groupId: w.group.id,
      projectId: project.id,
      delivery: "immediate",
    }));
    const ids = await t.db
      .insert(s.notifications)
      .values(many)
      .returning({ id: s.notifications.id });
    await enqueue(
      t.db,
      ids.map(({ id }) => ({ kind: "mail.notification", key: `mail:${id}`, payload: { id } })),
    );
    const a = worker(t.db, "a");
    const b = worker(second?.db ?? t.db, "b");
    await until(settled, 120_000).finally(() => Promise.all([a.stop(), b.stop()]));
    const messageIds = received.map((m) => m.messageId);
    expect(messageIds).toHaveLength(1000);
    expect(new Set(messageIds).size).toBe(1000);
  }, 180_000);

  it("reads and marks the jobs in hand in shared rounds, not one statement per mail", async () => {
    const project = await w.newProject();
    const ids = await t.db
      .insert(s.notifications)
      .values(
        Array.from({ length: 100 }, () => ({
          userId: w.delegateNo.id,
          kind: "update_awaiting_confirmation" as const,
          groupId: w.group.id,
          projectId: project.id,
          delivery: "immediate",
        })),
      )
      .returning({ id: s.notifications.id });
    await enqueue(
      t.db,
      ids.map(({ id }) => ({ kind: "mail.notification", key: `mail:${id}`, payload: { id } })),
    );
    recording = [];
    const running = worker();
    await until(settled, 60_000).finally(() => running.stop());
    const sent = recording;
    recording = null;
    expect(received).toHaveLength(100);
    const count = (pattern: RegExp) => sent.filter((q) => pattern.test(q)).length;
    // Without the shared rounds each of these would be 100.
    expect(count(/^select .* from "notifications"/s)).toBeLessThanOrEqual(20);
    expect(count(/^select .* from "users"/s)).toBeLessThanOrEqual(20);
    expect(count(/^update "notifications" set "emailed_at"/)).toBeLessThanOrEqual(50);
    expect(count(/^update "jobs" set "state"/)).toBeLessThanOrEqual(50);
    const emailed = await t.db.select().from(s.notifications);
    expect(emailed.every((n) => n.emailedAt !== null)).toBe(true);
  });

  it("keeps trying while the mail server refuses for a while, and delivers later", async () => {
    let refusals = 0;
    answer = () => (refusals++ < 2 ? "later" : "ok");
    await notifyUser(t.db, w.delegateNo.id, "password_changed");
    const running = worker();
    await until(() => received.length >= 1).finally(() => running.stop());
    const [job] = await t.db.select().from(s.jobs);
    expect(job).toMatchObject({ state: "done", attempts: 3 });
    expect(received).toHaveLength(1);
  });

  it("keeps a dead letter, with the server's reason, when the address is refused for good", async () => {
    answer = () => "never";
    await notifyUser(t.db, w.delegateNo.id, "password_changed");
    const running = worker();
    await until(settled).finally(() => running.stop());
    const [job] = await t.db.select().from(s.jobs);
    expect(job?.state).toBe("dead");
    expect(job?.lastError).toContain("no such mailbox");
    expect(received).toHaveLength(0);
    const [notification] = await t.db.select().from(s.notifications);
    expect(notification?.emailedAt).toBeNull();
  });

  it("gathers the day's notifications into one digest", async () => {
    const project = await w.newProject();
    await t.db.transaction(async (tx) => {
      await notifyGroup(
        tx,
        w.group.id,
        { type: "comment.added", actorId: w.coordinatorNo.id, project },
        { projectId: project.id },
      );
      await notifyGroup(
        tx,
        w.group.id,
        { type: "project.archived", actorId: w.coordinatorNo.id, project },
        { projectId: project.id },
      );
    });
    // Comments and archiving are "projects": a daily digest by default, so no mail yet.
    expect(await t.db.select().from(s.jobs)).toHaveLength(0);
    await enqueue(t.db, {
      kind: MAIL_DIGEST,
      payload: {
        userId: w.delegateRu.id,
        period: "daily",
        until: new Date(Date.now() + 1000).toISOString(),
      },
    });
    const running = worker();
    await until(settled).finally(() => running.stop());
    expect(received).toHaveLength(1);
    expect(received[0]?.subject).toBe("2 новых уведомления за сегодня");
    expect(header(received[0] as ParsedMail, "list-unsubscribe-post")).toBe(
      "List-Unsubscribe=One-Click",
    );
    const mine = await t.db
      .select()
      .from(s.notifications)
      .where(eq(s.notifications.userId, w.delegateRu.id));
    expect(mine.every((n) => n.emailedAt !== null)).toBe(true);
  });

  it("notifies nobody when the change that caused it is rolled back", async () => {
    const project = await w.newProject();
    await expect(
      t.db.transaction(async (tx) => {
        await notifyGroup(
          tx,
          w.group.id,
          {
            type: "statusUpdate.posted",
            actorId: w.delegateRu.id,
            project,
            authorDelegation: "RU",
          },
          { projectId: project.id },
        );
        throw new Error("the update failed");
      }),
    ).rejects.toThrow("the update failed");
    expect(await t.db.select().from(s.notifications)).toHaveLength(0);
    expect(await t.db.select().from(s.jobs)).toHaveLength(0);
  });
});
