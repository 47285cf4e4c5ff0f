// Mail in the end-to-end run. Besides the run's main server (no mail configured), a second app
// server — the "mail server", the same production build with a database of its own — sends
// through a real SMTP server the run starts (e2e/mail-sink.ts); tests read what arrived from
// the sink. Ports follow E2E_PORT, so two runs can share a machine (playwright.config.ts).

import type { SunkMail } from "./mail-sink";
import { E2E_PORT } from "./personas";

export type { SunkMail };

/** The app server that sends mail (SMTP_URL is the sink). */
export const MAIL_SERVER_PORT = E2E_PORT + 2;
export const MAIL_URL = `http://127.0.0.1:${MAIL_SERVER_PORT}`;
/** Where the sink listens for SMTP, and where it shows what arrived. */
export const SINK_SMTP_PORT = E2E_PORT + 20;
export const SINK_HTTP_PORT = E2E_PORT + 21;
export const SINK_URL = `http://127.0.0.1:${SINK_HTTP_PORT}`;
export const MAIL_FROM = "Workplan <workplan@workplan.test>";

/** Every mail the sink holds for `to` (every mail without it), newest first. */
export async function mailsTo(to?: string): Promise<SunkMail[]> {
  const response = await fetch(`${SINK_URL}/mails${to ? `?to=${encodeURIComponent(to)}` : ""}`);
  if (!response.ok) throw new Error(`the mail sink answered ${response.status}`);
  return (await response.json()) as SunkMail[];
}

/** The id of the newest mail so far (0 if none): pass it as `after` to see only newer mail. */
export async function lastMailId(): Promise<number> {
  return (await mailsTo())[0]?.id ?? 0;
}

const matches = (subject: string, wanted: string | RegExp) =>
  typeof wanted === "string" ? subject === wanted : wanted.test(subject);

/**
 * The newest mail to `to` whose subject is `subject` (or matches it), waiting until it arrives:
 * the app's worker sends mail after the commit, within a second or two.
 */
export async function waitForMail(
  to: string,
  subject: string | RegExp,
  { timeout = 30_000, after = 0 }: { timeout?: number; after?: number } = {},
): Promise<SunkMail> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const mail = (await mailsTo(to)).find((m) => m.id > after && matches(m.subject, subject));
    if (mail) return mail;
    if (Date.now() > deadline)
      throw new Error(`no mail to ${to} with the subject ${String(subject)} within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The first link in a mail's text part that matches `pattern` (throws if there is none). */
export function linkIn(mail: SunkMail, pattern: RegExp): string {
  const link = mail.text.match(/https?:\/\/[^\s<>"')\]]+/g)?.find((url) => pattern.test(url));
  if (!link) throw new Error(`no link matching ${pattern} in the mail "${mail.subject}"`);
  return link;
}

/** The path (and query) of such a link, to follow on the mail server. */
export const pathIn = (mail: SunkMail, pattern: RegExp) => {
  const url = new URL(linkIn(mail, pattern));
  return `${url.pathname}${url.search}`;
};
