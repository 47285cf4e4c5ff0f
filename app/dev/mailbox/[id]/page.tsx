import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MailboxFrame, MailboxMessageView } from "@/components/dev/mailbox";
import { getMailboxMessage } from "@/lib/mail/queries";
import { getDb } from "@/lib/server/db";
import { requireDevelopment } from "@/lib/server/development";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("devMailbox"))("title") };
}

/** One mail as its recipient would see it: headers, the text version, the HTML, attachments. */
export default async function MailboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  requireDevelopment();
  const message = await getMailboxMessage(getDb(), (await params).id);
  if (!message) notFound();
  return (
    <MailboxFrame title={message.subject}>
      <MailboxMessageView message={message} />
    </MailboxFrame>
  );
}
