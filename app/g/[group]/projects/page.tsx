import { Plus } from "lucide-react";
import { RegionMap } from "@/components/map/region-map";
import { ViewToggle } from "@/components/map/view-toggle";
import { EmptyState } from "@/components/page/empty-state";
import { LinkButton } from "@/components/page/link-button";
import { TitledSection } from "@/components/page/titled-section";
import { ActiveFilters } from "@/components/projects/active-filters";
import { ProjectFiltersForm } from "@/components/projects/project-filters";
import { ProjectTable } from "@/components/projects/project-table";
import { ExportLinks } from "@/components/spreadsheets/export-links";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { PhoneCollapse } from "@/components/ui/phone-collapse";
import { requireGroupAccess } from "@/lib/auth/access";
import { can } from "@/lib/auth/permissions";
import { todayIso } from "@/lib/clock";
import { regionMapView } from "@/lib/map/view";
import { type GroupPageProps, groupPage, pageTitle } from "@/lib/pages/page";
import { groupPlaces, placesByKey } from "@/lib/places/queries";
import { filtersToQuery, PAGE_SIZE, parseProjectFilters } from "@/lib/projects/list/input";
import {
  countProjects,
  getListOptions,
  listPlaceFigures,
  listProjects,
} from "@/lib/projects/list/queries";

export const generateMetadata = pageTitle("nav.projects");

export default async function ProjectsPage({ params, searchParams }: GroupPageProps) {
  const { slug, user, group, role, t, locale, db } = await groupPage(params, (s) =>
    requireGroupAccess(s),
  );
  const query = await searchParams;
  const filters = parseProjectFilters(query);
  // The table (50 rows a page), or the map of every project the filters select.
  const view = query.view === "map" ? "map" : "list";
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
  const mayCreate = can(user, "project.manage", { role });
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
          <LinkButton shown={mayCreate} href={`${basePath}/new`} icon={Plus}>
            {t("projectList.newProject")}
          </LinkButton>
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
        <TitledSection id="list-map" heading={t("map.title")}>
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
        </TitledSection>
      ) : rows.length ? (
        <ProjectTable rows={rows} filters={filters} basePath={basePath} locale={locale} />
      ) : (
        <EmptyState>{t("projectList.empty")}</EmptyState>
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
