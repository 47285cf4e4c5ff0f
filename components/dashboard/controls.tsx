import { useTranslations } from "next-intl";
import { SideSelect, usePlanOptions } from "@/components/projects/list-filters";
import { buttonClasses } from "@/components/ui/button";
import { FilterSelect } from "@/components/ui/filters";
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
  const planOptions = usePlanOptions(plans);
  return (
    <form method="get" action={action} className="no-print flex flex-wrap items-end gap-3">
      <FilterSelect
        id="dashboard-plan"
        name="plan"
        label={t("projectList.plan")}
        defaultValue={params.plan === undefined ? "" : String(params.plan)}
        all={t("dashboard.approvedPlan")}
        options={[...planOptions, { value: "all", label: t("dashboard.allProjects") }]}
      />
      <SideSelect id="dashboard-side" value={params.side ?? ""} />
      <button type="submit" className={buttonClasses("secondary")}>
        {t("projectList.apply")}
      </button>
    </form>
  );
}
