import { getFormatter } from "next-intl/server";
import { AreaTable } from "@/components/dashboard/area-table";
import { DashboardCharts } from "@/components/dashboard/charts";
import { DashboardControls } from "@/components/dashboard/controls";
import { IconLegend } from "@/components/dashboard/icon-legend";
import { RecentChanges } from "@/components/dashboard/recent-changes";
import { DashboardTotals } from "@/components/dashboard/totals";
import { RegionMap } from "@/components/map/region-map";
import { TitledSection } from "@/components/page/titled-section";
import { requireGroupAccess } from "@/lib/auth/access";
import { todayIso } from "@/lib/clock";
import { loadDashboard } from "@/lib/dashboard/queries/dashboard";
import { actionsHref, parseDashboardParams, placeFilters } from "@/lib/dashboard/rules";
import { regionMapView } from "@/lib/map/view";
import { type GroupPageProps, groupPage, pageTitle } from "@/lib/pages/page";
import { filtersToQuery } from "@/lib/projects/list/input";

export const generateMetadata = pageTitle("nav.dashboard");

export default async function DashboardPage({ params, searchParams }: GroupPageProps) {
  const { slug, user, group, t, locale, db } = await groupPage(params, (s) =>
    requireGroupAccess(s),
  );
  const [format, dashboardParams] = await Promise.all([
    getFormatter(),
    searchParams.then(parseDashboardParams),
  ]);
  const today = todayIso();
  const dashboard = await loadDashboard(
    db,
    { groupId: group.id, userId: user.id, today, locale },
    dashboardParams,
  );
  const scope = { slug, plan: dashboard.planNumber, side: dashboardParams.side };
  const plan = dashboard.frame.plans.find((p) => p.number === dashboard.planNumber);
  const meetingLine = (key: "lastMeeting" | "nextMeeting", m: typeof dashboard.frame.lastHeld) =>
    m
      ? t(`dashboard.${key}`, {
          number: m.number,
          city: m.city[locale] ?? m.city.en ?? m.city.nb ?? m.city.ru ?? "",
          date: format.dateTime(new Date(`${m.startsOn}T12:00:00Z`), { dateStyle: "long" }),
        })
      : null;
  const actionLink = (state: "open" | "overdue", general = false, areaId?: string) =>
    actionsHref(slug, scope, state, { general, areaId });
  return (
    <div className="space-y-6 print:space-y-4 print:text-[11px]">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div className="space-y-1">
          <h1 className="text-2xl font-semibold tracking-tight">{t("nav.dashboard")}</h1>
          <p className="text-muted">
            {{ nb: group.nameNb, ru: group.nameRu, en: group.nameEn }[locale]}
          </p>
          <p className="text-sm text-muted">
            {plan
              ? t("dashboard.coverage", {
                  number: plan.number,
                  start: String(plan.periodStart),
                  end: String(plan.periodEnd),
                })
              : t("dashboard.coverageAll")}
            {dashboardParams.side
              ? ` · ${dashboardParams.side === "both" ? t("projectList.bothSides") : t(`sides.${dashboardParams.side}`)}`
              : null}
          </p>
          <p className="text-sm text-muted">
            {[
              meetingLine("lastMeeting", dashboard.frame.lastHeld),
              meetingLine("nextMeeting", dashboard.frame.nextPlanned),
            ]
              .filter(Boolean)
              .join(" · ")}
          </p>
        </div>
        <DashboardControls
          params={dashboardParams}
          plans={dashboard.frame.plans}
          action={`/g/${slug}`}
        />
      </header>
      <DashboardTotals
        totals={dashboard.totals}
        scope={scope}
        actionsHref={actionLink}
        general={dashboard.frame.generalActions}
      />
      <div className="grid gap-6 2xl:grid-cols-[1fr_24rem]">
        <TitledSection id="by-area" heading={t("dashboard.byArea")} className="min-w-0 space-y-2">
          <IconLegend />
          <div className="rounded-lg border border-line bg-surface md:overflow-x-auto max-md:border-0 max-md:bg-transparent">
            <AreaTable
              areas={dashboard.areas}
              totals={dashboard.totals}
              scope={scope}
              locale={locale}
              actionsHref={actionLink}
            />
          </div>
        </TitledSection>
        <RecentChanges recent={dashboard.recent} locale={locale} basePath={`/g/${slug}`} />
      </div>
      <TitledSection id="map-heading" heading={t("map.title")} className="min-w-0 space-y-2">
        <RegionMap
          locale={locale}
          className="rounded-lg border border-line bg-surface p-4"
          view={regionMapView(dashboard.places, {
            locale,
            featureName: (key) => t(`map.features.${key}`),
            href: (key) => `/g/${slug}/projects${filtersToQuery(placeFilters(scope, key))}`,
          })}
        />
      </TitledSection>
      <DashboardCharts areas={dashboard.areas} series={dashboard.series} locale={locale} />
    </div>
  );
}
