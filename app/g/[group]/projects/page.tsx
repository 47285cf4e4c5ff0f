import { Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActiveFilters } from "@/components/projects/active-filters";
import { ProjectFiltersForm } from "@/components/projects/project-filters";
import { ProjectTable } from "@/components/projects/project-table";
import { ExportLinks } from "@/components/spreadsheets/export-links";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireGroupAccess } from "@/lib/auth/access";
import { can } from "@/lib/auth/permissions";
import { todayIso } from "@/lib/clock";
import { getAppLocale } from "@/lib/i18n/server";
import { filtersToQuery, PAGE_SIZE, parseProjectFilters } from "@/lib/projects/list/input";
import { getListOptions, listProjects } from "@/lib/projects/list/queries";
import { getDb } from "@/lib/server/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("projects") };
}

export default async function ProjectsPage({
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
    searchParams.then(parseProjectFilters),
  ]);
  const db = getDb();
  const scope = { groupId: group.id, userId: user.id, today: todayIso(), locale };
  const [{ rows, total }, options] = await Promise.all([
    listProjects(db, scope, filters),
    getListOptions(db, group.id),
  ]);
  const basePath = `/g/${slug}/projects`;
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("nav.projects")}
        description={t("counts.projects", { count: total })}
        actions={
          <>
            {can(user, "project.manage", { role }) ? (
              <Link href={`${basePath}/new`} className={buttonClasses("primary")}>
                <Plus aria-hidden className="size-4" />
                {t("projectList.newProject")}
              </Link>
            ) : null}
          </>
        }
      />
      <ProjectFiltersForm
        filters={filters}
        areas={options.areas}
        plans={options.plans}
        basePath={basePath}
        locale={locale}
      />
      <ActiveFilters filters={filters} areas={options.areas} basePath={basePath} locale={locale} />
      <ExportLinks
        basePath={basePath}
        query={filtersToQuery({ ...filters, page: 1 })}
        canImport={can(user, "project.import", { role })}
      />
      {rows.length ? (
        <ProjectTable rows={rows} filters={filters} basePath={basePath} locale={locale} />
      ) : (
        <p className="rounded-lg border border-dashed border-line bg-surface p-6 text-center text-muted">
          {t("projectList.empty")}
        </p>
      )}
      <Pagination
        page={filters.page}
        total={total}
        pageSize={PAGE_SIZE}
        href={(page) => `${basePath}${filtersToQuery({ ...filters, page })}`}
        range={(span) => t("projectList.range", span)}
      />
    </div>
  );
}
