import "server-only";
import nodemailer from "nodemailer";
import type { Executor } from "@/db/client";
import { mailboxMessages } from "@/db/schema";
import { PermanentJobError } from "@/lib/jobs/rules";

export interface Attachment {
  filename: string;
  contentType: string;
  content: string;
}

/** One mail, already rendered in its recipient's language. */
export interface OutgoingMail {
  to: string;
  subject: string;
  html: string;
  text: string;
  /** `<…@host>`; the same on every attempt, so a receiver can drop a repeat. */
  messageId: string;
  /** The thread a mail belongs to (a project's mails thread together). */
  inReplyTo?: string;
  references?: string[];
  /** RFC 8058 one-click unsubscribe (digests, reminders). */
  unsubscribeUrl?: string;
  attachments?: Attachment[];
}

/** The address alone from "Workplan <workplan@example.org>". */
export const addressOf = (from: string) => from.match(/<([^>]+)>/)?.[1] ?? from.trim();

export interface Mailer {
  readonly mode: "smtp" | "mailbox";
  send(mail: OutgoingMail): Promise<void>;
  close(): Promise<void>;
}

function headersOf(mail: OutgoingMail): Record<string, string> {
  return mail.unsubscribeUrl
    ? {
        "List-Unsubscribe": `<${mail.unsubscribeUrl}>`,
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      }
    : {};
}

/** SMTP failures another attempt cannot mend: the server refused the message for good (5xx). */
function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

/**
 * Mail through an SMTP server, as SMTP_URL says (smtp:// upgrades with STARTTLS when offered,
 * smtps:// is TLS from the start), over a small pool of connections.
 */
export function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport({
    url,
    pool: true,
    // 25 at a time, with the worker's 50 jobs in hand: the hand-over is bound by each
    // connection's round trips (measured here, to a local server in a process of its own:
    // 10 connections and 20 jobs 125–155 mails/s, 25 and 50 159–173; docs/performance.md).
    maxConnections: 25,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  } as nodemailer.TransportOptions);
  return {
    mode: "smtp",
    async send(mail) {
      try {
        await transport.sendMail({
          from,
          to: mail.to,
          subject: mail.subject,
          html: mail.html,
          text: mail.text,
          messageId: mail.messageId,
          inReplyTo: mail.inReplyTo,
          references: mail.references,
          headers: headersOf(mail),
          attachments: mail.attachments?.map((a) => ({
            filename: a.filename,
            contentType: a.contentType,
            content: a.content,
          })),
        });
      } catch (error) {
        if (isPermanent(error))
          throw new PermanentJobError(error instanceof Error ? error.message : String(error));
        throw error;
      }
    },
    close: async () => transport.close(),
  };
}

/** Development without SMTP_URL: every mail lands in /dev/mailbox instead. */
export function mailboxMailer(db: Executor, from: string): Mailer {
  return {
    mode: "mailbox",
    async send(mail) {
      await db.insert(mailboxMessages).values({
        recipient: mail.to,
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        headers: {
          From: from,
          "Message-ID": mail.messageId,
          ...(mail.inReplyTo ? { "In-Reply-To": mail.inReplyTo } : {}),
          ...(mail.references?.length ? { References: mail.references.join(" ") } : {}),
          ...headersOf(mail),
        },
        attachments: mail.attachments ?? [],
      });
    },
    close: async () => {},
  };
}
