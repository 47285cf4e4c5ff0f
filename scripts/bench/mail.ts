/**
 * `npm run bench:mail` — reaching people (issue 14), measured in process on a fresh database
 * with the demo data:
 *
 *   1. 1,000 reminder mails: rendered, then handed by two workers (the app's own, on one
 *      database) to an SMTP server this script starts in a process of its own; mails per
 *      second end to end, and the rendering alone.
 *   2. A status update with its notifications: the guarded action's p50/p95, and from its
 *      commit to the counterpart's unread count showing it (the bell's query), p50/p95.
 *
 *   npm run bench:mail                 PGlite (in memory)
 *   npm run bench:mail -- --postgres   PostgreSQL: BENCH_POSTGRES_URL, default
 *                                      postgres://postgres@127.0.0.1:5432/postgres (a database
 *                                      workplan_bench_mail is made anew there)
 */
import { fork } from "node:child_process";
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { and, eq, inArray } from "drizzle-orm";
import postgres from "postgres";
import { type DatabaseHandle, MEMORY, openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import * as s from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { executeAs } from "@/lib/actions/execute";
import { hashPassword } from "@/lib/auth/password";
import { loadViewer } from "@/lib/auth/viewer";
import { startWorker } from "@/lib/jobs/worker";
import { smtpMailer } from "@/lib/mail/transport";
import {
  loadRecipient,
  notificationMail,
  notificationMailHandlers,
} from "@/lib/notifications/mail";
import { readNotifications, unreadCount } from "@/lib/notifications/queries";
import { MAIL_NOTIFICATION, notifyUser } from "@/lib/notifications/writes";
import { postStatusUpdate } from "@/lib/projects/status-updates/actions";

// Signs the unsubscribe links the mails carry; a key for this run alone unless one is set.
process.env.WORKPLAN_ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
const log = (line: string) => console.info(`[bench:mail] ${line}`);
const MAILS = 1000;
const UPDATES = 200;
const PUBLIC_URL = "http://127.0.0.1:3000";

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};
const ms = (n: number) => `${n.toFixed(2)} ms`;

async function openBench(
  onPostgres: boolean,
): Promise<{ handle: DatabaseHandle; drop: () => Promise<void> }> {
  if (!onPostgres) {
    const handle = openDatabase({ dataDir: MEMORY });
    return { handle, drop: () => handle.close() };
  }
  const admin = process.env.BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const name = "workplan_bench_mail";
  const sql = postgres(admin, { max: 1, onnotice: () => {} });
  await sql.unsafe(`drop database if exists ${name} with (force)`);
  await sql.unsafe(`create database ${name}`);
  const handle = openDatabase({ url: admin.replace(/\/[^/]*$/, `/${name}`) });
  return {
    handle,
    drop: async () => {
      await handle.close();
      await sql.unsafe(`drop database if exists ${name} with (force)`);
      await sql.end();
    },
  };
}

/**
 * An SMTP server that accepts everything and counts what arrives, in a child process
 * (scripts/bench/smtp-sink.mjs): the app hands mail to a server that is not itself.
 */
async function smtpSink() {
  let received = 0;
  let onMail = () => {};
  const child = fork(fileURLToPath(new URL("./smtp-sink.mjs", import.meta.url)), [], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("error", reject);
    child.on("message", (message: { port?: number; received?: number }) => {
      if (message.port !== undefined) resolve(message.port);
      if (message.received !== undefined) {
        received = message.received;
        onMail();
      }
    });
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    received: () => received,
    until: (count: number) =>
      new Promise<void>((resolve) => {
        onMail = () => received >= count && resolve();
        onMail();
      }),
    close: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.send("close");
      }),
  };
}

const userByEmail = async (handle: DatabaseHandle, email: string) => {
  const [user] = await handle.db.select().from(s.users).where(eq(s.users.email, email));
  if (!user) throw new Error(`the demo data has no ${email}`);
  return user;
};

export interface MailBenchResult {
  backend: string;
  renderPerSecond: number;
  deliverPerSecond: number;
  update: { p50: number; p95: number };
  visible: { p50: number; p95: number };
}

export async function runMailBench({
  postgres: onPostgres = false,
} = {}): Promise<MailBenchResult> {
  const { handle, drop } = await openBench(onPostgres);
  try {
    const t0 = performance.now();
    await migrateDatabase(handle);
    await seedDemo(handle.db, { hashPassword });
    log(
      `${handle.backend}: database migrated and seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    const db = handle.db;

    // ---------------------------------------------------------------- 1,000 reminders
    const delegateNo = await userByEmail(handle, "delegate.no@workplan.test");
    const delegateRu = await userByEmail(handle, "delegate.ru@workplan.test");
    const [membership] = await db
      .select({ groupId: s.memberships.groupId })
      .from(s.memberships)
      .where(eq(s.memberships.userId, delegateNo.id));
    if (!membership) throw new Error("delegate.no is in no group");
    const groupId = membership.groupId;
    const [meeting] = await db
      .select({ id: s.meetings.id })
      .from(s.meetings)
      .where(and(eq(s.meetings.groupId, groupId), eq(s.meetings.state, "planned")));
    const projectIds = (
      await db
        .select({ id: s.projects.id })
        .from(s.projects)
        .where(eq(s.projects.groupId, groupId))
        .limit(5)
    ).map((p) => p.id);
    // Nothing else in the queue: the demo's own notifications are not part of the count.
    await db.delete(s.jobs);
    const recipients = [delegateNo.id, delegateRu.id];
    for (let i = 0; i < MAILS; i++)
      await notifyUser(db, recipients[i % 2] as string, "update_reminder", {
        groupId,
        meetingId: meeting?.id ?? null,
        params: { projects: projectIds, cutoff: "2027-01-15", audience: "contact" },
      });
    const queued = await db.select({ id: s.jobs.id }).from(s.jobs);
    if (queued.length !== MAILS) throw new Error(`${queued.length} mail jobs queued, not ${MAILS}`);

    const sink = await smtpSink();
    const settings = (name: string) => ({
      mailer: smtpMailer(sink.url, "Workplan <workplan@example.org>"),
      publicUrl: PUBLIC_URL,
      fromAddress: "workplan@example.org",
      name,
    });

    // Rendering alone: every reminder made into its mail (HTML and text) in its reader's language.
    const rows = await readNotifications(db, eq(s.notifications.kind, "update_reminder"), {
      limit: MAILS,
    });
    const renderer = settings("render");
    const recipientsById = new Map(
      await Promise.all(recipients.map(async (id) => [id, await loadRecipient(db, id)] as const)),
    );
    const r0 = performance.now();
    for (const row of rows) {
      const recipient = recipientsById.get(row.userId);
      if (recipient) await notificationMail(db, row, recipient, renderer);
    }
    const renderSeconds = (performance.now() - r0) / 1000;
    await renderer.mailer.close();
    log(
      `rendering ${rows.length} reminders: ${(rows.length / renderSeconds).toFixed(0)} per second`,
    );

    // Rendered and handed over: two workers on one database, as two app servers would.
    const a = settings("a");
    const b = settings("b");
    const d0 = performance.now();
    const workers = [a, b].map((x) =>
      startWorker({
        db,
        name: x.name,
        pollMs: 50,
        handlers: notificationMailHandlers(x),
      }),
    );
    await sink.until(MAILS);
    const deliverSeconds = (performance.now() - d0) / 1000;
    await Promise.all(workers.map((w) => w.stop()));
    await Promise.all([a.mailer.close(), b.mailer.close()]);
    const done = await db
      .select({ id: s.jobs.id })
      .from(s.jobs)
      .where(and(eq(s.jobs.kind, MAIL_NOTIFICATION), inArray(s.jobs.state, ["done"])));
    log(
      `delivering ${MAILS} reminders with two workers: ${deliverSeconds.toFixed(2)} s, ` +
        `${(MAILS / deliverSeconds).toFixed(0)} mails per second (${sink.received()} received, ` +
        `${done.length} jobs done)`,
    );
    await sink.close();

    // ---------------------------------------------------------------- a status update's notices
    const [shared] = await db
      .select({ id: s.projects.id })
      .from(s.projects)
      .where(
        and(
          eq(s.projects.groupId, groupId),
          eq(s.projects.contactNoId, delegateNo.id),
          eq(s.projects.contactRuId, delegateRu.id),
        ),
      );
    if (!shared) throw new Error("no project shared by delegate.no and delegate.ru");
    const viewer = await loadViewer(db, {
      userId: delegateRu.id,
      sessionVersion: delegateRu.sessionVersion,
      signedInAt: Math.floor(Date.now() / 1000),
      nowSeconds: Math.floor(Date.now() / 1000),
      maxAgeSeconds: 12 * 3600,
    });
    if (!viewer) throw new Error("no viewer for delegate.ru");
    const action: number[] = [];
    const visible: number[] = [];
    for (let i = 0; i < UPDATES + 10; i++) {
      const [project] = await db
        .select({ version: s.projects.version })
        .from(s.projects)
        .where(eq(s.projects.id, shared.id));
      const before = await unreadCount(db, delegateNo.id);
      const p0 = performance.now();
      const answer = await executeAs(db, viewer, postStatusUpdate, {
        projectId: shared.id,
        version: String(project?.version),
        status: "in_progress",
        health: i % 2 ? "on_track" : "at_risk",
        progress: String(i % 100),
        note: `Обновление ${i}`,
        noteLocale: "ru",
        nextSteps: "",
      });
      const committed = performance.now();
      if (answer.status !== "success") throw new Error(`update ${i}: ${JSON.stringify(answer)}`);
      while ((await unreadCount(db, delegateNo.id)) <= before) {
        // The notification is written in the update's own transaction: the first read sees it.
      }
      const seen = performance.now();
      if (i >= 10) {
        action.push(committed - p0);
        visible.push(seen - committed);
      }
    }
    log(
      `status update with notifications (${UPDATES}): p50 ${ms(percentile(action, 50))}, p95 ${ms(percentile(action, 95))}`,
    );
    log(
      `commit → the counterpart's unread count shows it: p50 ${ms(percentile(visible, 50))}, p95 ${ms(percentile(visible, 95))}`,
    );
    return {
      backend: handle.backend,
      renderPerSecond: Math.round(rows.length / renderSeconds),
      deliverPerSecond: Math.round(MAILS / deliverSeconds),
      update: { p50: percentile(action, 50), p95: percentile(action, 95) },
      visible: { p50: percentile(visible, 50), p95: percentile(visible, 95) },
    };
  } finally {
    await drop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await runMailBench({ postgres: process.argv.includes("--postgres") });
  process.exit(0);
}
