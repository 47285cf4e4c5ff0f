import Link from "next/link";
import { useTranslations } from "next-intl";
import { DataTable, shownFrom } from "@/components/ui/data-table";
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
    <DataTable
      caption={t("plans.list.caption")}
      roomy
      columns={[
        { key: "plan", label: t("plans.list.plan") },
        { key: "state", label: t("plans.list.state"), from: "sm" },
        { key: "approval", label: t("plans.list.approval"), from: "md" },
        { key: "projects", label: t("plans.list.projects"), from: "sm" },
      ]}
    >
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
            <td className={shownFrom("sm")}>
              <PlanStateBadge state={plan.state} />
              <div className="mt-1 text-xs md:hidden">
                <PlanApproval plan={plan} locale={locale} />
              </div>
            </td>
            <td className={shownFrom("md")}>
              <PlanApproval plan={plan} locale={locale} />
            </td>
            <td className={shownFrom("sm", "whitespace-nowrap")}>{projects}</td>
          </tr>
        );
      })}
    </DataTable>
  );
}
