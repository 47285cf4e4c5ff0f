import { UserPlus } from "lucide-react";
import { UserFiltersForm } from "@/components/admin/user-filters";
import { UserTable } from "@/components/admin/user-table";
import { LinkButton } from "@/components/page/link-button";
import { ListPage } from "@/components/page/list-page";
import { Pagination } from "@/components/ui/pagination";
import { parseUserFilters, userFiltersToQuery } from "@/lib/admin/users/input";
import { listUsers, USERS_PAGE_SIZE } from "@/lib/admin/users/queries";
import { requireAdmin } from "@/lib/auth/access";
import { openPage, pageTitle, type SearchParams } from "@/lib/pages/page";

export const generateMetadata = pageTitle("admin.users.title");

export default async function AdminUsersPage({ searchParams }: { searchParams: SearchParams }) {
  const { t, locale, db } = await openPage(requireAdmin(), "admin");
  const filters = parseUserFilters(await searchParams);
  const { rows, total } = await listUsers(db, filters);
  const filtered = filters.q || filters.status !== "all";
  return (
    <ListPage
      className="space-y-4"
      header={{
        title: t("users.title"),
        description: t("users.intro"),
        actions: (
          <LinkButton href="/admin/users/new" icon={UserPlus}>
            {t("users.new")}
          </LinkButton>
        ),
      }}
      filters={<UserFiltersForm filters={filters} />}
      empty={rows.length ? null : t(filtered ? "users.emptyFiltered" : "users.empty")}
      pagination={
        <Pagination
          page={filters.page}
          total={total}
          pageSize={USERS_PAGE_SIZE}
          href={(page) => `/admin/users${userFiltersToQuery({ ...filters, page })}`}
          range={(span) => t("pagination.range", span)}
        />
      }
    >
      <UserTable rows={rows} locale={locale} />
    </ListPage>
  );
}
