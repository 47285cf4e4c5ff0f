import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AppShell } from "@/components/shell/app-shell";
import { PageHeader } from "@/components/ui/page-header";
import { requireViewer } from "@/lib/auth/session";
import { todayIso } from "@/lib/clock";
import { loadCommissionView } from "@/lib/dashboard/queries/commission";
import { averageProgress, figureFilters } from "@/lib/dashboard/rules";
import { getAppLocale } from "@/lib/i18n/server";
import { filtersToQuery } from "@/lib/projects/list/input";
import { getDb } from "@/lib/server/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("commission"))("title") };
}

/** One row per working group the reader may open: for admins and members of several groups. */
export default async function CommissionOverviewPage() {
  const viewer = await requireViewer();
  if (!viewer.user.isAdmin && viewer.groups.length < 2) notFound();
  const [t, locale] = await Promise.all([getTranslations(), getAppLocale()]);
  const rows = await loadCommissionView(
    getDb(),
    viewer.groups.map((g) => g.id),
    todayIso(),
  );
  const link = (
    slug: string,
    plan: number | undefined,
    kind: "total" | "overdue" | "stale" | "onesided" | "awaiting",
  ) => `/g/${slug}/projects${filtersToQuery(figureFilters({ plan, side: undefined }, null, kind))}`;
  const num = "md:text-right tabular-nums";
  return (
    <AppShell viewer={viewer}>
      <div className="space-y-4">
        <PageHeader title={t("commission.title")} description={t("commission.intro")} />
        {/* The dashboard's area table styles: a card per group on a phone (app/globals.css). */}
        <div className="md:rounded-lg md:border md:border-line md:bg-surface">
          <table className="atable">
            <caption className="sr-only">{t("commission.title")}</caption>
            <thead className="md:bg-canvas">
              <tr>
                <th scope="col" className="px-3 py-2 text-left">
                  {t("shell.workingGroup")}
                </th>
                <th scope="col" className={num}>
                  {t("dashboard.columns.projects")}
                </th>
                <th scope="col" className={num}>
                  {t("dashboard.columns.progress")}
                </th>
                <th scope="col" className={num}>
                  {t("status.completed")}
                </th>
                <th scope="col" className={num}>
                  {t("dashboard.columns.overdue")}
                </th>
                <th scope="col" className={num}>
                  {t("dashboard.columns.stale")}
                </th>
                <th scope="col" className={num}>
                  {t("dashboard.columns.onesided")}
                </th>
                <th scope="col" className={num}>
                  {t("dashboard.columns.awaiting")}
                </th>
                <th scope="col" className={num}>
                  {t("dashboard.columns.actions")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const plan = row.plan?.number;
                const average = averageProgress(row);
                const figure = (kind: "overdue" | "stale" | "onesided" | "awaiting") => (
                  <Link
                    href={link(row.slug, plan, kind)}
                    className="underline decoration-line underline-offset-2"
                    aria-label={`${row.name[locale]}: ${t(`dashboard.figure.${kind}`, { count: row[kind] })}`}
                  >
                    {row[kind]}
                  </Link>
                );
                return (
                  <tr key={row.groupId} className="area md:border-t md:border-line">
                    <th scope="row">
                      <Link
                        href={`/g/${row.slug}`}
                        className="text-accent-strong underline underline-offset-2"
                      >
                        {row.name[locale]}
                      </Link>
                      <p className="text-xs font-normal text-muted">
                        {row.plan
                          ? t("dashboard.coverage", {
                              number: row.plan.number,
                              start: String(row.plan.periodStart),
                              end: String(row.plan.periodEnd),
                            })
                          : t("dashboard.coverageAll")}
                      </p>
                    </th>
                    <td className={num} data-label={t("dashboard.columns.projects")}>
                      <Link
                        href={link(row.slug, plan, "total")}
                        className="underline decoration-line underline-offset-2"
                      >
                        {t("dashboard.figure.total", { count: row.total })}
                      </Link>
                    </td>
                    <td className={num} data-label={t("dashboard.columns.progress")}>
                      {average === null ? "–" : `${average} %`}
                    </td>
                    <td className={num} data-label={t("status.completed")}>
                      {row.completed}
                    </td>
                    <td className={num} data-label={t("dashboard.columns.overdue")}>
                      {figure("overdue")}
                    </td>
                    <td className={num} data-label={t("dashboard.columns.stale")}>
                      {figure("stale")}
                    </td>
                    <td className={num} data-label={t("dashboard.columns.onesided")}>
                      {figure("onesided")}
                    </td>
                    <td className={num} data-label={t("dashboard.columns.awaiting")}>
                      {figure("awaiting")}
                    </td>
                    <td className={num} data-label={t("dashboard.columns.actions")}>
                      {row.openActions}
                      {row.overdueActions ? (
                        <span className="text-bad">
                          {" "}
                          · {t("dashboard.overdueShort", { count: row.overdueActions })}
                        </span>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </div>
    </AppShell>
  );
}
