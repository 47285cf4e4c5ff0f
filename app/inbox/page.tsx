import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { InboxFilters } from "@/components/notifications/inbox-filters";
import { InboxList } from "@/components/notifications/inbox-list";
import { MarkAllReadButton } from "@/components/notifications/mark-all-read-button";
import { AppShell } from "@/components/shell/app-shell";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireViewer } from "@/lib/auth/session";
import { getAppLocale } from "@/lib/i18n/server";
import { type Translate, toInboxEntry } from "@/lib/notifications/describe";
import { inboxHref, parseInboxFilters } from "@/lib/notifications/input";
import { listInbox } from "@/lib/notifications/queries";
import { INBOX_PAGE_SIZE } from "@/lib/notifications/rules";
import { getDb } from "@/lib/server/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inbox"))("title") };
}

export default async function InboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireViewer();
  const [t, locale, query] = await Promise.all([
    getTranslations(),
    getAppLocale(),
    searchParams.then(parseInboxFilters),
  ]);
  // Only the reader's own groups filter anything; another slug shows everything.
  const group = viewer.groups.find((g) => g.slug === query.group) ?? null;
  const filters = { ...query, group: group?.slug ?? null };
  const { rows, total } = await listInbox(getDb(), viewer.user.id, {
    unread: filters.show === "unread",
    groupId: group?.id ?? null,
    page: filters.page,
  });
  const translate: Translate = (key, values) => t(key as never, values as never);
  const entries = rows.map((row) => toInboxEntry(row, translate, locale));
  const unread = viewer.unreadNotifications;
  const groups = viewer.groups.map((g) => ({
    slug: g.slug,
    name: { nb: g.nameNb, ru: g.nameRu, en: g.nameEn }[locale],
  }));
  return (
    <AppShell viewer={viewer}>
      <ClientMessages namespaces={["inbox"]}>
        <div className="mx-auto max-w-4xl space-y-4">
          <PageHeader
            title={t("inbox.title")}
            description={t("inbox.intro")}
            actions={
              <>
                {unread > 0 || entries.length > 0 ? <MarkAllReadButton /> : null}
                <Link href="/profile/notifications" className={buttonClasses("ghost")}>
                  {t("inbox.settings")}
                </Link>
              </>
            }
          >
            <p className="font-medium">{t("inbox.unreadCount", { count: unread })}</p>
          </PageHeader>
          <InboxFilters filters={filters} groups={groups} />
          {entries.length ? (
            <InboxList entries={entries} />
          ) : (
            <p className="rounded-lg border border-dashed border-line bg-surface p-6 text-center text-muted">
              {t(filters.show === "unread" ? "inbox.emptyUnread" : "inbox.empty")}
            </p>
          )}
          <Pagination
            page={filters.page}
            total={total}
            pageSize={INBOX_PAGE_SIZE}
            href={(page) => inboxHref({ ...filters, page })}
            range={(span) => t("inbox.range", span)}
          />
        </div>
      </ClientMessages>
    </AppShell>
  );
}
