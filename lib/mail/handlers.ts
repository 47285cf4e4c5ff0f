import "server-only";
import { getDb } from "@/lib/server/db";
import { isDevelopment } from "@/lib/server/development";
import { getMailboxMessage } from "./queries";

const notFound = () => new Response("Not found", { status: 404 });

/**
 * A mailbox message's HTML as its recipient's mail client shows it: the mail's own inline
 * styles, no scripts, nothing from elsewhere (development only).
 */
export async function mailboxHtml(id: string): Promise<Response> {
  if (!isDevelopment()) return notFound();
  const message = await getMailboxMessage(getDb(), id);
  if (!message) return notFound();
  return new Response(message.html, {
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "content-security-policy":
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'",
    },
  });
}

/** An attachment (the calendar invitation) as the mail carries it (development only). */
export async function mailboxAttachment(id: string, index: string): Promise<Response> {
  if (!isDevelopment() || !/^\d{1,2}$/.test(index)) return notFound();
  const attachment = (await getMailboxMessage(getDb(), id))?.attachments[Number(index)];
  if (!attachment) return notFound();
  return new Response(attachment.content, {
    headers: {
      "content-type": attachment.contentType,
      "content-disposition": `attachment; filename="${attachment.filename.replace(/[^\w.-]/g, "_")}"`,
      "cache-control": "no-store",
    },
  });
}
