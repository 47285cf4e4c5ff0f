import "server-only";
import { count, desc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { mailboxMessages } from "@/db/schema";
import { isUuid } from "@/lib/validation";
import type { MailboxAttachment, MailboxEntry, MailboxMessage } from "./types";

export const MAILBOX_PAGE_SIZE = 50;

/** The development mailbox, newest first. */
export async function listMailbox(
  db: Executor,
  page: number,
): Promise<{ rows: MailboxEntry[]; total: number }> {
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: mailboxMessages.id,
        recipient: mailboxMessages.recipient,
        subject: mailboxMessages.subject,
        createdAt: mailboxMessages.createdAt,
      })
      .from(mailboxMessages)
      .orderBy(desc(mailboxMessages.createdAt), desc(mailboxMessages.id))
      .limit(MAILBOX_PAGE_SIZE)
      .offset((page - 1) * MAILBOX_PAGE_SIZE),
    db.select({ n: count() }).from(mailboxMessages),
  ]);
  return {
    rows: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
    total: Number(total?.n ?? 0),
  };
}

export async function getMailboxMessage(db: Executor, id: string): Promise<MailboxMessage | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(mailboxMessages).where(eq(mailboxMessages.id, id));
  if (!row) return null;
  return {
    id: row.id,
    recipient: row.recipient,
    subject: row.subject,
    html: row.html,
    text: row.text,
    createdAt: row.createdAt.toISOString(),
    headers: row.headers as Record<string, string>,
    attachments: (row.attachments as MailboxAttachment[]).map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      content: a.content,
    })),
  };
}
