import { useFormatter, useTranslations } from "next-intl";
import type { AreaFigures } from "@/lib/dashboard/queries/areas";
import type { Series } from "@/lib/dashboard/queries/series";
import type { Locale } from "@/lib/i18n/locales";
import { PROJECT_HEALTHS, PROJECT_STATUSES } from "@/lib/vocabulary";
import { ChartFrame, Legend } from "./chart-frame";
import { ColumnStack } from "./column-stack";
import { HEALTH_COLORS, STATUS_COLORS } from "./palette";
import { ShareLines } from "./share-lines";
import { StackedBars } from "./stacked-bars";

const th = "border border-line px-1 text-left";

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
  const healthKeys = [...PROJECT_HEALTHS, "unrated"] as const;
  const healthLabel = (k: (typeof healthKeys)[number]) =>
    k === "unrated" ? t("dashboard.charts.unrated") : t(`health.${k}`);
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
  const activityKeys = ["updates", "confirmations", "comments"] as const;
  const activityColors = { updates: "#1f5c99", confirmations: "#2e7d4f", comments: "#b8c2cc" };
  return (
    <section aria-labelledby="charts" className="space-y-4">
      <h2 id="charts" className="text-lg font-semibold">
        {t("dashboard.charts.title")}
      </h2>
      <div className="grid gap-4 lg:grid-cols-2 print:grid-cols-2">
        <ChartFrame
          title={t("dashboard.charts.statusByArea")}
          summary={t("dashboard.charts.statusSummary", { count: areas.length })}
          chart={
            <>
              <StackedBars
                rows={areas.map((a) => ({ label: a.name[locale], values: a.status }))}
                keys={[...PROJECT_STATUSES]}
                colors={STATUS_COLORS}
              />
              <Legend
                items={PROJECT_STATUSES.map((s) => ({
                  key: s,
                  label: t(`status.${s}`),
                  color: STATUS_COLORS[s],
                }))}
              />
            </>
          }
          table={
            <table>
              <caption>{t("dashboard.charts.statusByArea")}</caption>
              <thead>
                <tr>
                  <th className={th} scope="col">
                    {t("fields.area")}
                  </th>
                  {PROJECT_STATUSES.map((s) => (
                    <th className={th} scope="col" key={s}>
                      {t(`status.${s}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {areas.map((a) => (
                  <tr key={a.areaId}>
                    <th className={th} scope="row">
                      {a.name[locale]}
                    </th>
                    {PROJECT_STATUSES.map((s) => (
                      <td className={th} key={s}>
                        {a.status[s]}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
        <ChartFrame
          title={t("dashboard.charts.healthByArea")}
          summary={t("dashboard.charts.healthSummary", { count: areas.length })}
          chart={
            <>
              <StackedBars
                rows={areas.map((a) => ({
                  label: a.name[locale],
                  values: { ...a.health, unrated: a.healthUnrated },
                }))}
                keys={[...healthKeys]}
                colors={HEALTH_COLORS}
              />
              <Legend
                items={healthKeys.map((h) => ({
                  key: h,
                  label: healthLabel(h),
                  color: HEALTH_COLORS[h],
                }))}
              />
            </>
          }
          table={
            <table>
              <caption>{t("dashboard.charts.healthByArea")}</caption>
              <thead>
                <tr>
                  <th className={th} scope="col">
                    {t("fields.area")}
                  </th>
                  {healthKeys.map((h) => (
                    <th className={th} scope="col" key={h}>
                      {healthLabel(h)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {areas.map((a) => (
                  <tr key={a.areaId}>
                    <th className={th} scope="row">
                      {a.name[locale]}
                    </th>
                    {PROJECT_HEALTHS.map((h) => (
                      <td className={th} key={h}>
                        {a.health[h]}
                      </td>
                    ))}
                    <td className={th}>{a.healthUnrated}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
        <ChartFrame
          title={t("dashboard.charts.progressOverTime")}
          summary={t("dashboard.charts.progressSummary", { count: series.quarters.length })}
          chart={
            series.quarters.length ? (
              <>
                <ShareLines
                  labels={series.quarters.map((q) => quarterLabel(q.quarter))}
                  series={[
                    {
                      key: "completed",
                      color: "#2e7d4f",
                      values: series.quarters.map((q) => share(q.completed, q.total)),
                    },
                    {
                      key: "onTrack",
                      color: "#1f5c99",
                      values: series.quarters.map((q) => share(q.onTrack, q.total)),
                    },
                  ]}
                />
                <Legend
                  items={[
                    {
                      key: "completed",
                      label: t("dashboard.charts.completedShare"),
                      color: "#2e7d4f",
                    },
                    { key: "onTrack", label: t("dashboard.charts.onTrackShare"), color: "#1f5c99" },
                  ]}
                />
              </>
            ) : (
              <p className="text-sm text-muted">{t("dashboard.charts.noHistory")}</p>
            )
          }
          table={
            <table>
              <caption>{t("dashboard.charts.progressOverTime")}</caption>
              <thead>
                <tr>
                  <th className={th} scope="col">
                    {t("dashboard.charts.period")}
                  </th>
                  <th className={th} scope="col">
                    {t("dashboard.charts.completedShare")}
                  </th>
                  <th className={th} scope="col">
                    {t("dashboard.charts.onTrackShare")}
                  </th>
                  <th className={th} scope="col">
                    {t("dashboard.columns.projects")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {series.quarters.map((q) => (
                  <tr key={q.quarter}>
                    <th className={th} scope="row">
                      {quarterLabel(q.quarter)}
                    </th>
                    <td className={th}>{percent(q.completed, q.total)}</td>
                    <td className={th}>{percent(q.onTrack, q.total)}</td>
                    <td className={th}>{q.total}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
        <ChartFrame
          title={t("dashboard.charts.activity")}
          summary={t("dashboard.charts.activitySummary", { count: series.months.length })}
          chart={
            series.months.length ? (
              <>
                <ColumnStack
                  labels={series.months.map((m) => monthLabel(m.month))}
                  rows={series.months.map(({ updates, confirmations, comments }) => ({
                    updates,
                    confirmations,
                    comments,
                  }))}
                  keys={[...activityKeys]}
                  colors={activityColors}
                />
                <Legend
                  items={activityKeys.map((k) => ({
                    key: k,
                    label: t(`dashboard.charts.${k}`),
                    color: activityColors[k],
                  }))}
                />
              </>
            ) : (
              <p className="text-sm text-muted">{t("dashboard.charts.noHistory")}</p>
            )
          }
          table={
            <table>
              <caption>{t("dashboard.charts.activity")}</caption>
              <thead>
                <tr>
                  <th className={th} scope="col">
                    {t("dashboard.charts.period")}
                  </th>
                  {activityKeys.map((k) => (
                    <th className={th} scope="col" key={k}>
                      {t(`dashboard.charts.${k}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {series.months.map((m) => (
                  <tr key={m.month}>
                    <th className={th} scope="row">
                      {monthLabel(m.month)}
                    </th>
                    {activityKeys.map((k) => (
                      <td className={th} key={k}>
                        {m[k]}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      </div>
    </section>
  );
}
