import Link from "next/link";
import { InboxFilters } from "@/components/notifications/inbox-filters";
import { InboxList } from "@/components/notifications/inbox-list";
import { MarkAllReadButton } from "@/components/notifications/mark-all-read-button";
import { ListPage } from "@/components/page/list-page";
import { buttonClasses } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { requireViewer } from "@/lib/auth/session";
import { type Translate, toInboxEntry } from "@/lib/notifications/describe";
import { inboxHref, parseInboxFilters } from "@/lib/notifications/input";
import { listInbox } from "@/lib/notifications/queries";
import { INBOX_PAGE_SIZE } from "@/lib/notifications/rules";
import { openPage, pageTitle, type SearchParams } from "@/lib/pages/page";

export const generateMetadata = pageTitle("inbox.title");

export default async function InboxPage({ searchParams }: { searchParams: SearchParams }) {
  const { access: viewer, t, locale, db } = await openPage(requireViewer());
  const query = parseInboxFilters(await searchParams);
  // Only the reader's own groups filter anything; another slug shows everything.
  const group = viewer.groups.find((g) => g.slug === query.group) ?? null;
  const filters = { ...query, group: group?.slug ?? null };
  const { rows, total } = await listInbox(db, viewer.user.id, {
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
    <ListPage
      viewer={viewer}
      messages={["inbox"]}
      className="mx-auto max-w-4xl space-y-4"
      header={{
        title: t("inbox.title"),
        description: t("inbox.intro"),
        actions: (
          <>
            {unread > 0 || entries.length > 0 ? <MarkAllReadButton /> : null}
            <Link href="/profile/notifications" className={buttonClasses("ghost")}>
              {t("inbox.settings")}
            </Link>
          </>
        ),
        children: <p className="font-medium">{t("inbox.unreadCount", { count: unread })}</p>,
      }}
      filters={<InboxFilters filters={filters} groups={groups} />}
      empty={
        entries.length ? null : t(filters.show === "unread" ? "inbox.emptyUnread" : "inbox.empty")
      }
      pagination={
        <Pagination
          page={filters.page}
          total={total}
          pageSize={INBOX_PAGE_SIZE}
          href={(page) => inboxHref({ ...filters, page })}
          range={(span) => t("inbox.range", span)}
        />
      }
    >
      <InboxList entries={entries} />
    </ListPage>
  );
}
