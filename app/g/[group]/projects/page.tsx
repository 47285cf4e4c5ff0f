import { Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RegionMap } from "@/components/map/region-map";
import { ViewToggle } from "@/components/map/view-toggle";
import { ActiveFilters } from "@/components/projects/active-filters";
import { ProjectFiltersForm } from "@/components/projects/project-filters";
import { ProjectTable } from "@/components/projects/project-table";
import { ExportLinks } from "@/components/spreadsheets/export-links";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { PhoneCollapse } from "@/components/ui/phone-collapse";
import { requireGroupAccess } from "@/lib/auth/access";
import { can } from "@/lib/auth/permissions";
import { todayIso } from "@/lib/clock";
import { getAppLocale } from "@/lib/i18n/server";
import { regionMapView } from "@/lib/map/view";
import { groupPlaces, placesByKey } from "@/lib/places/queries";
import { filtersToQuery, PAGE_SIZE, parseProjectFilters } from "@/lib/projects/list/input";
import {
  countProjects,
  getListOptions,
  listPlaceFigures,
  listProjects,
} from "@/lib/projects/list/queries";
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
  const [t, locale, query] = await Promise.all([getTranslations(), getAppLocale(), searchParams]);
  const filters = parseProjectFilters(query);
  // The table (50 rows a page), or the map of every project the filters select.
  const view = query.view === "map" ? "map" : "list";
  const db = getDb();
  const scope = { groupId: group.id, userId: user.id, today: todayIso(), locale };
  const [listed, figures, options, places, named] = await Promise.all([
    view === "list" ? listProjects(db, scope, filters) : null,
    view === "map" ? listPlaceFigures(db, scope, filters) : null,
    getListOptions(db, group.id),
    groupPlaces(db, group.id),
    placesByKey(db, filters.place),
  ]);
  const { rows, total } = listed ?? { rows: [], total: await countProjects(db, scope, filters) };
  const basePath = `/g/${slug}/projects`;
  const viewHref = (v: "list" | "map") => {
    const q = filtersToQuery({ ...filters, page: 1 });
    return `${basePath}${v === "map" ? `${q ? `${q}&` : "?"}view=map` : q}`;
  };
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
      {/* On a phone the filters and exports fold away: the list starts on the first screen. */}
      <PhoneCollapse summary={t("projectList.toolsSummary")}>
        <ProjectFiltersForm
          filters={filters}
          areas={options.areas}
          plans={options.plans}
          places={places}
          basePath={basePath}
          locale={locale}
          view={view}
        />
        <ExportLinks
          basePath={basePath}
          query={filtersToQuery({ ...filters, page: 1 })}
          canImport={can(user, "project.import", { role })}
        />
      </PhoneCollapse>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <ActiveFilters
          filters={filters}
          areas={options.areas}
          places={named}
          basePath={basePath}
          locale={locale}
        />
        <ViewToggle view={view} href={viewHref} />
      </div>
      {figures ? (
        <section aria-labelledby="list-map" className="space-y-2">
          <h2 id="list-map" className="text-lg font-semibold">
            {t("map.title")}
          </h2>
          <p className="text-sm text-muted">{t("map.view.mapNote")}</p>
          <RegionMap
            locale={locale}
            view={regionMapView(figures, {
              locale,
              featureName: (key) => t(`map.features.${key}`),
              href: (key) =>
                `${basePath}${filtersToQuery({
                  ...filters,
                  page: 1,
                  place: [...new Set([...filters.place, key])],
                })}`,
            })}
          />
        </section>
      ) : rows.length ? (
        <ProjectTable rows={rows} filters={filters} basePath={basePath} locale={locale} />
      ) : (
        <p className="rounded-lg border border-dashed border-line bg-surface p-6 text-center text-muted">
          {t("projectList.empty")}
        </p>
      )}
      {view === "list" ? (
        <Pagination
          page={filters.page}
          total={total}
          pageSize={PAGE_SIZE}
          href={(page) => `${basePath}${filtersToQuery({ ...filters, page })}`}
          range={(span) => t("projectList.range", span)}
        />
      ) : null}
    </div>
  );
}
