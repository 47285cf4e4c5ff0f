import { ActionItemChips } from "@/components/action-items/action-item-chips";
import { ActionItemFiltersForm } from "@/components/action-items/action-item-filters";
import { ActionItemTable } from "@/components/action-items/action-item-table";
import { ListPage } from "@/components/page/list-page";
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
import { type GroupPageProps, groupPage, pageTitle } from "@/lib/pages/page";
import { getListOptions } from "@/lib/projects/list/queries";

export const generateMetadata = pageTitle("actionItems.title");

export default async function ActionItemsPage({ params, searchParams }: GroupPageProps) {
  const { groupPath, user, group, role, t, locale, db } = await groupPage(params, (s) =>
    requireGroupAccess(s),
  );
  const filters = parseActionItemFilters(await searchParams);
  const scope = { groupId: group.id, userId: user.id, today: todayIso(), locale };
  const [{ rows, total }, { areas, plans }] = await Promise.all([
    listActionItems(db, scope, filters),
    getListOptions(db, group.id),
  ]);
  const basePath = `${groupPath}/actions`;
  const items = rows.map((row) => ({
    ...row,
    canComplete: can(user, "actionItem.complete", { role, actionItem: { ownerId: row.ownerId } }),
  }));
  const listed = { filters, areas, basePath, locale };
  return (
    <ListPage
      className="space-y-4"
      messages={["actionItems", "errors"]}
      header={{
        title: t("actionItems.title"),
        description: t("actionItems.count", { count: total }),
      }}
      filters={
        <>
          <ActionItemFiltersForm {...listed} plans={plans} />
          <ActionItemChips {...listed} />
        </>
      }
      empty={items.length ? null : t("actionItems.empty")}
      pagination={
        <Pagination
          page={filters.page}
          total={total}
          pageSize={ACTION_ITEMS_PAGE_SIZE}
          href={(page) => `${basePath}${actionItemFiltersToQuery({ ...filters, page })}`}
          range={(span) => t("actionItems.range", span)}
        />
      }
    >
      <ActionItemTable rows={items} groupPath={groupPath} locale={locale} />
    </ListPage>
  );
}
