import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MailboxFrame, MailboxList } from "@/components/dev/mailbox";
import { Pagination } from "@/components/ui/pagination";
import { listMailbox, MAILBOX_PAGE_SIZE } from "@/lib/mail/queries";
import { getDb } from "@/lib/server/db";
import { requireDevelopment } from "@/lib/server/development";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("devMailbox"))("title") };
}

/** Development without SMTP_URL: every mail the app sends lands here (404 anywhere else). */
export default async function MailboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  requireDevelopment();
  const raw = (await searchParams).page;
  const page = typeof raw === "string" && /^\d{1,5}$/.test(raw) ? Math.max(1, Number(raw)) : 1;
  const [t, { rows, total }] = await Promise.all([
    getTranslations("devMailbox"),
    listMailbox(getDb(), page),
  ]);
  return (
    <MailboxFrame title={t("title")}>
      <MailboxList rows={rows} />
      <Pagination
        page={page}
        total={total}
        pageSize={MAILBOX_PAGE_SIZE}
        href={(p) => (p > 1 ? `/dev/mailbox?page=${p}` : "/dev/mailbox")}
        range={(span) => t("range", span)}
      />
    </MailboxFrame>
  );
}
