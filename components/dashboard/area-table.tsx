import { useTranslations } from "next-intl";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FIGURE_KINDS } from "@/lib/dashboard/rules";
import type { AreaFigures, FigureTotals } from "@/lib/dashboard/types";
import type { Locale } from "@/lib/i18n/locales";
import { AREA_PLACEHOLDER, type FigureHrefs } from "./area-hrefs";
import { type AreaRow, AreaRows } from "./area-rows";
import { type FigureScope, figureHref } from "./figure-link";

/**
 * The dashboard's table of cooperation areas: the header here, the rows rendered by a client
 * component from the counts (area-rows.tsx), so that the page's payload carries 13 rows of
 * numbers rather than some 600 rendered elements with 200 links.
 */
export function AreaTable({
  areas,
  totals,
  scope,
  locale,
  actionsHref,
}: {
  areas: AreaFigures[];
  totals: FigureTotals;
  scope: FigureScope;
  locale: Locale;
  actionsHref: (state: "open" | "overdue", general?: boolean, areaId?: string) => string;
}) {
  const t = useTranslations();
  const counts = (c: AreaRow["counts"]): AreaRow["counts"] => ({
    total: c.total,
    status: c.status,
    health: c.health,
    progressSum: c.progressSum,
    overdue: c.overdue,
    stale: c.stale,
    onesided: c.onesided,
    awaiting: c.awaiting,
    openActions: c.openActions,
    overdueActions: c.overdueActions,
  });
  const rows: AreaRow[] = [
    ...areas.map((a) => ({ areaId: a.areaId, name: a.name[locale], counts: counts(a) })),
    { areaId: null, name: t("dashboard.total"), counts: counts(totals) },
  ];
  const hrefs: FigureHrefs = { area: {}, group: {} };
  for (const kind of FIGURE_KINDS) {
    hrefs.area[kind] = figureHref(scope, AREA_PLACEHOLDER, kind);
    hrefs.group[kind] = figureHref(scope, null, kind);
  }
  for (const state of ["open", "overdue"] as const) {
    hrefs.area[`actions:${state}`] = actionsHref(state, false, AREA_PLACEHOLDER);
    hrefs.group[`actions:${state}`] = actionsHref(state, false);
  }
  const labels = {
    projects: t("dashboard.columns.projects"),
    status: t("fields.status"),
    health: t("fields.health"),
    progress: t("dashboard.columns.progress"),
    overdue: t("dashboard.columns.overdue"),
    stale: t("dashboard.columns.stale"),
    onesided: t("dashboard.columns.onesided"),
    awaiting: t("dashboard.columns.awaiting"),
    actions: t("dashboard.columns.actions"),
  };
  return (
    <table className="atable">
      <caption className="sr-only">{t("dashboard.areaTableCaption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("fields.area")}</th>
          <th scope="col">{labels.projects}</th>
          <th scope="col">{labels.status}</th>
          <th scope="col">{labels.health}</th>
          <th scope="col">{labels.progress}</th>
          <th scope="col">{labels.overdue}</th>
          <th scope="col">{labels.stale}</th>
          <th scope="col">{labels.onesided}</th>
          <th scope="col">{labels.awaiting}</th>
          <th scope="col">{labels.actions}</th>
        </tr>
      </thead>
      <ClientMessages namespaces={["dashboard", "status", "health"]}>
        <AreaRows rows={rows} hrefs={hrefs} labels={labels} />
      </ClientMessages>
    </table>
  );
}
