import Link from "next/link";
import { useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import type { PlanSummary } from "@/lib/plans/types";
import { PlanStateBadge } from "./markers";
import { PlanApproval } from "./plan-approval";

/** The group's plans, newest first; on a phone the columns fold under the plan's name. */
export function PlanList({
  plans,
  basePath,
  projectsPath,
  locale,
}: {
  plans: PlanSummary[];
  basePath: string;
  projectsPath: string;
  locale: Locale;
}) {
  const t = useTranslations();
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{t("plans.list.caption")}</caption>
        <thead className="border-b border-line bg-canvas text-left text-xs font-semibold uppercase tracking-wide text-muted [&_th]:px-3 [&_th]:py-2">
          <tr>
            <th scope="col">{t("plans.list.plan")}</th>
            <th scope="col" className="hidden sm:table-cell">
              {t("plans.list.state")}
            </th>
            <th scope="col" className="hidden md:table-cell">
              {t("plans.list.approval")}
            </th>
            <th scope="col" className="hidden sm:table-cell">
              {t("plans.list.projects")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line [&_td]:px-3 [&_td]:py-2.5 [&_td]:align-top">
          {plans.map((plan) => {
            const period = t("plans.years", { start: plan.periodStart, end: plan.periodEnd });
            const projects = (
              <>
                <span className="block">{t("counts.projects", { count: plan.projectCount })}</span>
                {plan.carriedOverCount ? (
                  <span className="block text-muted">
                    {t("plans.carriedOverCount", { count: plan.carriedOverCount })}
                  </span>
                ) : null}
              </>
            );
            return (
              <tr key={plan.id}>
                <td>
                  <Link
                    href={`${basePath}/${plan.number}`}
                    className="font-medium text-accent-strong hover:underline"
                  >
                    {t("plans.nameWithPeriod", { number: plan.number, period })}
                  </Link>
                  <div className="mt-1 space-y-1 text-xs sm:hidden">
                    <PlanStateBadge state={plan.state} />
                    <div>
                      <PlanApproval plan={plan} locale={locale} />
                    </div>
                    <div>{projects}</div>
                  </div>
                  <Link
                    href={`${projectsPath}?plan=${plan.number}`}
                    className="mt-1 block text-xs text-muted hover:text-accent hover:underline"
                  >
                    {t("plans.showInProjectList", { number: plan.number })}
                  </Link>
                </td>
                <td className="hidden sm:table-cell">
                  <PlanStateBadge state={plan.state} />
                  <div className="mt-1 text-xs md:hidden">
                    <PlanApproval plan={plan} locale={locale} />
                  </div>
                </td>
                <td className="hidden md:table-cell">
                  <PlanApproval plan={plan} locale={locale} />
                </td>
                <td className="hidden whitespace-nowrap sm:table-cell">{projects}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
