import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import type { DashboardParams } from "@/lib/dashboard/rules";
import type { PlanSummary } from "@/lib/dashboard/types";

/** Plan and side of the whole dashboard, as a GET form so the view lives in the URL. */
export function DashboardControls({
  params,
  plans,
  action,
}: {
  params: DashboardParams;
  plans: PlanSummary[];
  action: string;
}) {
  const t = useTranslations();
  const planLabel = (p: PlanSummary) =>
    t("projectList.planOption", {
      number: p.number,
      start: String(p.periodStart),
      end: String(p.periodEnd),
      state: t(`projectList.planState.${p.state}`),
    });
  return (
    <form method="get" action={action} className="no-print flex flex-wrap items-end gap-3">
      <div className="space-y-1">
        <label htmlFor="dashboard-plan" className="block text-xs font-medium text-muted">
          {t("projectList.plan")}
        </label>
        <Select
          id="dashboard-plan"
          name="plan"
          defaultValue={params.plan === undefined ? "" : String(params.plan)}
        >
          <option value="">{t("dashboard.approvedPlan")}</option>
          {plans.map((p) => (
            <option key={p.number} value={p.number}>
              {planLabel(p)}
            </option>
          ))}
          <option value="all">{t("dashboard.allProjects")}</option>
        </Select>
      </div>
      <div className="space-y-1">
        <label htmlFor="dashboard-side" className="block text-xs font-medium text-muted">
          {t("projectList.side")}
        </label>
        <Select id="dashboard-side" name="side" defaultValue={params.side ?? ""}>
          <option value="">{t("projectList.all")}</option>
          <option value="NO">{t("sides.NO")}</option>
          <option value="RU">{t("sides.RU")}</option>
          <option value="both">{t("projectList.bothSides")}</option>
        </Select>
      </div>
      <button type="submit" className={buttonClasses("secondary")}>
        {t("projectList.apply")}
      </button>
    </form>
  );
}
