import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { AreaFigures, Series } from "@/lib/dashboard/types";
import type { Locale } from "@/lib/i18n/locales";
import { PROJECT_HEALTHS, PROJECT_STATUSES } from "@/lib/vocabulary";
import { Chart, type ChartKey, type ChartTable } from "./chart";
import { ColumnStack } from "./column-stack";
import { HEALTH_COLORS, STATUS_COLORS } from "./palette";
import { ShareLines } from "./share-lines";
import { StackedBars } from "./stacked-bars";

const ACTIVITY_KEYS = ["updates", "confirmations", "comments"] as const;
const ACTIVITY_COLORS = { updates: "#1f5c99", confirmations: "#2e7d4f", comments: "#b8c2cc" };
const SHARE_COLORS = { completed: "#2e7d4f", onTrack: "#1f5c99" };

export function DashboardCharts({
  areas,
  series,
  locale,
}: {
  areas: AreaFigures[];
  series: Series;
  locale: Locale;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const quarterLabel = (iso: string) => {
    const d = new Date(`${iso}T12:00:00Z`);
    return t("dashboard.charts.quarter", {
      quarter: Math.floor(d.getUTCMonth() / 3) + 1,
      year: String(d.getUTCFullYear()),
    });
  };
  const monthLabel = (iso: string) =>
    format.dateTime(new Date(`${iso}T12:00:00Z`), { month: "short", year: "2-digit" });
  const share = (part: number, total: number) => (total ? part / total : 0);
  const percent = (part: number, total: number) => `${Math.round(share(part, total) * 100)} %`;
  const noHistory = t("dashboard.charts.noHistory");

  const statuses = PROJECT_STATUSES.map((s) => ({
    key: s,
    label: t(`status.${s}`),
    color: STATUS_COLORS[s],
  }));
  const healthKeys = [...PROJECT_HEALTHS, "unrated"] as const;
  const healths = healthKeys.map((h) => ({
    key: h,
    label: h === "unrated" ? t("dashboard.charts.unrated") : t(`health.${h}`),
    color: HEALTH_COLORS[h],
  }));
  const shares = [
    {
      key: "completed",
      label: t("dashboard.charts.completedShare"),
      color: SHARE_COLORS.completed,
    },
    { key: "onTrack", label: t("dashboard.charts.onTrackShare"), color: SHARE_COLORS.onTrack },
  ];
  const activities = ACTIVITY_KEYS.map((k) => ({
    key: k,
    label: t(`dashboard.charts.${k}`),
    color: ACTIVITY_COLORS[k],
  }));
  // The tables under the charts: a row per area, or per period (the rows' key and label).
  const byArea = (columns: ChartKey[], cells: (a: AreaFigures) => number[]): ChartTable => ({
    rowsLabel: t("fields.area"),
    columns,
    rows: areas.map((a) => ({ key: a.areaId, label: a.name[locale], cells: cells(a) })),
  });
  const byPeriod = <P,>(
    periods: P[],
    row: (p: P) => [key: string, label: string],
    columns: ChartKey[],
    cells: (p: P) => ReactNode[],
  ): ChartTable => ({
    rowsLabel: t("dashboard.charts.period"),
    columns,
    rows: periods.map((p) => {
      const [key, label] = row(p);
      return { key, label, cells: cells(p) };
    }),
  });
  const quarterRow = (q: { quarter: string }) =>
    [q.quarter, quarterLabel(q.quarter)] as [string, string];
  const monthRow = (m: { month: string }) => [m.month, monthLabel(m.month)] as [string, string];

  return (
    <section aria-labelledby="charts" className="space-y-4">
      <h2 id="charts" className="text-lg font-semibold">
        {t("dashboard.charts.title")}
      </h2>
      <div className="grid gap-4 lg:grid-cols-2 print:grid-cols-2">
        <Chart
          title={t("dashboard.charts.statusByArea")}
          summary={t("dashboard.charts.statusSummary", { count: areas.length })}
          legend={statuses}
          table={byArea(statuses, (a) => PROJECT_STATUSES.map((s) => a.status[s]))}
        >
          <StackedBars
            rows={areas.map((a) => ({ label: a.name[locale], values: a.status }))}
            keys={[...PROJECT_STATUSES]}
            colors={STATUS_COLORS}
          />
        </Chart>
        <Chart
          title={t("dashboard.charts.healthByArea")}
          summary={t("dashboard.charts.healthSummary", { count: areas.length })}
          legend={healths}
          table={byArea(healths, (a) => [
            ...PROJECT_HEALTHS.map((h) => a.health[h]),
            a.healthUnrated,
          ])}
        >
          <StackedBars
            rows={areas.map((a) => ({
              label: a.name[locale],
              values: { ...a.health, unrated: a.healthUnrated },
            }))}
            keys={[...healthKeys]}
            colors={HEALTH_COLORS}
          />
        </Chart>
        <Chart
          title={t("dashboard.charts.progressOverTime")}
          summary={t("dashboard.charts.progressSummary", { count: series.quarters.length })}
          legend={shares}
          empty={series.quarters.length ? undefined : noHistory}
          table={byPeriod(
            series.quarters,
            quarterRow,
            [...shares, { key: "total", label: t("dashboard.columns.projects") }],
            (q) => [percent(q.completed, q.total), percent(q.onTrack, q.total), q.total],
          )}
        >
          <ShareLines
            labels={series.quarters.map((q) => quarterLabel(q.quarter))}
            series={(["completed", "onTrack"] as const).map((key) => ({
              key,
              color: SHARE_COLORS[key],
              values: series.quarters.map((q) => share(q[key], q.total)),
            }))}
          />
        </Chart>
        <Chart
          title={t("dashboard.charts.activity")}
          summary={t("dashboard.charts.activitySummary", { count: series.months.length })}
          legend={activities}
          empty={series.months.length ? undefined : noHistory}
          table={byPeriod(series.months, monthRow, activities, (m) =>
            ACTIVITY_KEYS.map((k) => m[k]),
          )}
        >
          <ColumnStack
            labels={series.months.map((m) => monthLabel(m.month))}
            rows={series.months.map(({ updates, confirmations, comments }) => ({
              updates,
              confirmations,
              comments,
            }))}
            keys={[...ACTIVITY_KEYS]}
            colors={ACTIVITY_COLORS}
          />
        </Chart>
      </div>
    </section>
  );
}
