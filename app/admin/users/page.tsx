import { UserPlus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { UserFiltersForm } from "@/components/admin/user-filters";
import { UserTable } from "@/components/admin/user-table";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { parseUserFilters, userFiltersToQuery } from "@/lib/admin/users/input";
import { listUsers, USERS_PAGE_SIZE } from "@/lib/admin/users/queries";
import { requireAdmin } from "@/lib/auth/access";
import { getAppLocale } from "@/lib/i18n/server";
import { getDb } from "@/lib/server/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("title") };
}

export default async function AdminUsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireAdmin();
  const [t, tPages, locale, filters] = await Promise.all([
    getTranslations("admin.users"),
    getTranslations("admin.pagination"),
    getAppLocale(),
    searchParams.then(parseUserFilters),
  ]);
  const { rows, total } = await listUsers(getDb(), filters);
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("title")}
        description={t("intro")}
        actions={
          <>
            <Link href="/admin/users/new" className={buttonClasses("primary")}>
              <UserPlus aria-hidden className="size-4" />
              {t("new")}
            </Link>
          </>
        }
      />
      <UserFiltersForm filters={filters} />
      {rows.length ? (
        <UserTable rows={rows} locale={locale} />
      ) : (
        <p className="rounded-lg border border-dashed border-line bg-surface p-6 text-center text-muted">
          {filters.q || filters.status !== "all" ? t("emptyFiltered") : t("empty")}
        </p>
      )}
      <Pagination
        page={filters.page}
        total={total}
        pageSize={USERS_PAGE_SIZE}
        href={(page) => `/admin/users${userFiltersToQuery({ ...filters, page })}`}
        range={(span) => tPages("range", span)}
      />
    </div>
  );
}
