import Link from "next/link";
import { notFound } from "next/navigation";
import { PageFrame } from "@/components/page/page-frame";
import { requireViewer } from "@/lib/auth/session";
import { todayIso } from "@/lib/clock";
import { loadCommissionView } from "@/lib/dashboard/queries/commission";
import { averageProgress, figureFilters } from "@/lib/dashboard/rules";
import { openPage, pageTitle } from "@/lib/pages/page";
import { filtersToQuery } from "@/lib/projects/list/input";

export const generateMetadata = pageTitle("commission.title");

/** The figures a group's row links to its list of projects, in the table's order. */
const FIGURES = ["overdue", "stale", "onesided", "awaiting"] as const;

/** The headings of the table's columns after the group's. */
const COLUMNS = [
  "dashboard.columns.projects",
  "dashboard.columns.progress",
  "status.completed",
  ...FIGURES.map((kind) => `dashboard.columns.${kind}` as const),
  "dashboard.columns.actions",
] as const;

/** One row per working group the reader may open: for admins and members of several groups. */
export default async function CommissionOverviewPage() {
  const { access: viewer, t, locale, db } = await openPage(requireViewer());
  if (!viewer.user.isAdmin && viewer.groups.length < 2) notFound();
  const rows = await loadCommissionView(
    db,
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
    <PageFrame
      viewer={viewer}
      className="space-y-4"
      header={{ title: t("commission.title"), description: t("commission.intro") }}
    >
      {/* The dashboard's area table styles: a card per group on a phone (app/globals.css). */}
      <div className="md:rounded-lg md:border md:border-line md:bg-surface">
        <table className="atable">
          <caption className="sr-only">{t("commission.title")}</caption>
          <thead className="md:bg-canvas">
            <tr>
              <th scope="col" className="px-3 py-2 text-left">
                {t("shell.workingGroup")}
              </th>
              {COLUMNS.map((column) => (
                <th key={column} scope="col" className={num}>
                  {t(column)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const plan = row.plan?.number;
              const average = averageProgress(row);
              const figure = (kind: (typeof FIGURES)[number]) => (
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
                  {FIGURES.map((kind) => (
                    <td key={kind} className={num} data-label={t(`dashboard.columns.${kind}`)}>
                      {figure(kind)}
                    </td>
                  ))}
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
    </PageFrame>
  );
}
