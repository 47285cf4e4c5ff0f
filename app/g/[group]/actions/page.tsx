import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionItemChips } from "@/components/action-items/action-item-chips";
import { ActionItemFiltersForm } from "@/components/action-items/action-item-filters";
import { ActionItemTable } from "@/components/action-items/action-item-table";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import {
  ACTION_ITEMS_PAGE_SIZE,
  actionItemFiltersToQuery,
  parseActionItemFilters,
} from "@/lib/action-items/input";
import { listActionItems } from "@/lib/action-items/queries";
import { requireGroupAccess } from "@/lib/auth/access";
import { can } from "@/lib/auth/permissions";
import { todayIso } from "@/lib/clock";
import { getAppLocale } from "@/lib/i18n/server";
import { getListOptions } from "@/lib/projects/list/queries";
import { getDb } from "@/lib/server/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("actionItems"))("title") };
}

export default async function ActionItemsPage({
  params,
  searchParams,
}: {
  params: Promise<{ group: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { group: slug } = await params;
  const { user, group, role } = await requireGroupAccess(slug);
  const [t, locale, filters] = await Promise.all([
    getTranslations(),
    getAppLocale(),
    searchParams.then(parseActionItemFilters),
  ]);
  const db = getDb();
  const scope = { groupId: group.id, userId: user.id, today: todayIso(), locale };
  const [{ rows, total }, options] = await Promise.all([
    listActionItems(db, scope, filters),
    getListOptions(db, group.id),
  ]);
  const groupPath = `/g/${slug}`;
  const basePath = `${groupPath}/actions`;
  const items = rows.map((row) => ({
    ...row,
    canComplete: can(user, "actionItem.complete", { role, actionItem: { ownerId: row.ownerId } }),
  }));
  return (
    <ClientMessages namespaces={["actionItems", "errors"]}>
      <div className="space-y-4">
        <PageHeader
          title={t("actionItems.title")}
          description={t("actionItems.count", { count: total })}
        />
        <ActionItemFiltersForm
          filters={filters}
          areas={options.areas}
          plans={options.plans}
          basePath={basePath}
          locale={locale}
        />
        <ActionItemChips
          filters={filters}
          areas={options.areas}
          basePath={basePath}
          locale={locale}
        />
        {items.length ? (
          <ActionItemTable rows={items} groupPath={groupPath} locale={locale} />
        ) : (
          <p className="rounded-lg border border-dashed border-line bg-surface p-6 text-center text-muted">
            {t("actionItems.empty")}
          </p>
        )}
        <Pagination
          page={filters.page}
          total={total}
          pageSize={ACTION_ITEMS_PAGE_SIZE}
          href={(page) => `${basePath}${actionItemFiltersToQuery({ ...filters, page })}`}
          range={(span) => t("actionItems.range", span)}
        />
      </div>
    </ClientMessages>
  );
}
