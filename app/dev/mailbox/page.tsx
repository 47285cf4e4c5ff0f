import { getTranslations } from "next-intl/server";
import { MailboxFrame, MailboxList } from "@/components/dev/mailbox";
import { Pagination } from "@/components/ui/pagination";
import { listMailbox, MAILBOX_PAGE_SIZE } from "@/lib/mail/queries";
import { pageOf, pageTitle, plainPages, type SearchParams } from "@/lib/pages/page";
import { getDb } from "@/lib/server/db";
import { requireDevelopment } from "@/lib/server/development";

export const generateMetadata = pageTitle("devMailbox.title");

/** Development without SMTP_URL: every mail the app sends lands here (404 anywhere else). */
export default async function MailboxPage({ searchParams }: { searchParams: SearchParams }) {
  requireDevelopment();
  const page = pageOf((await searchParams).page);
  const [t, { rows, total }] = await Promise.all([
    getTranslations("devMailbox"),
    listMailbox(getDb(), page),
  ]);
  return (
    <MailboxFrame title={t("title")}>
      <MailboxList rows={rows} />
      <Pagination
        {...plainPages("/dev/mailbox", page, total, MAILBOX_PAGE_SIZE)}
        range={(span) => t("range", span)}
      />
    </MailboxFrame>
  );
}
