import "server-only";
import { accountMailHandlers } from "@/lib/account/links/mail";
import { readEnv } from "@/lib/env";
import { startWorker } from "@/lib/jobs/worker";
import { log } from "@/lib/log";
import { addressOf, type Mailer, mailboxMailer, smtpMailer } from "@/lib/mail/transport";
import { notificationMailHandlers } from "@/lib/notifications/mail";
import { planThisHour, scheduleHandlers } from "@/lib/notifications/schedule";
import { setMailEnabled } from "@/lib/notifications/writes";
import { getDb } from "./db";

let started = false;

/** Every kind of mail job: notifications and digests, and account mail (reset, invitation). */
function mailHandlers({ mailer, publicUrl }: { mailer: Mailer; publicUrl: string }) {
  const settings = { mailer, publicUrl, fromAddress: addressOf(readEnv().MAIL_FROM) };
  return { ...notificationMailHandlers(settings), ...accountMailHandlers(settings) };
}

/**
 * Starts this server's share of the background work: a worker that claims jobs (mail, digests,
 * reminders) from the database, and a minute tick that queues each hour's planner once. Every
 * app server runs one; the database decides who does what. Stops cleanly on SIGTERM/SIGINT:
 * no new claims, the jobs in hand finish.
 */
export function startBackgroundWork(): void {
  if (started) return;
  started = true;
  const env = readEnv();
  if (env.WORKPLAN_WORKERS === false) {
    log.info("background work is off in this process (WORKPLAN_WORKERS=0)");
    return;
  }
  const db = getDb();
  const mailer: Mailer | null =
    env.mail === "smtp" && env.SMTP_URL
      ? smtpMailer(env.SMTP_URL, env.MAIL_FROM)
      : env.mail === "mailbox"
        ? mailboxMailer(db, env.MAIL_FROM)
        : null;
  setMailEnabled(mailer !== null);
  const worker = startWorker({
    db,
    handlers: {
      ...scheduleHandlers({ mail: mailer !== null }),
      ...(mailer && env.publicUrl ? mailHandlers({ mailer, publicUrl: env.publicUrl }) : {}),
    },
  });
  const tick = () =>
    planThisHour(db).catch((error: unknown) =>
      log.warn("could not queue the hour's planner", { reason: String(error) }),
    );
  void tick();
  const timer = setInterval(tick, 60_000);
  timer.unref();
  log.info("background work started", { worker: worker.name, mail: mailer?.mode ?? "off" });
  const stop = async () => {
    clearInterval(timer);
    await worker.stop();
    await mailer?.close();
  };
  for (const signal of ["SIGTERM", "SIGINT"] as const)
    process.once(signal, () => {
      void stop().then(() => log.info("background work stopped", { worker: worker.name }));
    });
}
