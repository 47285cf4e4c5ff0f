import { useTranslations } from "next-intl";
import type { PlanMembership } from "@/lib/projects/types";

/** The work plans that list the project: number, period and state. */
export function WorkPlanList({ plans }: { plans: PlanMembership[] }) {
  const t = useTranslations("project");
  if (!plans.length) return <p className="text-sm text-muted">{t("facts.noPlans")}</p>;
  return (
    <ul className="space-y-1.5 text-sm">
      {plans.map((plan) => (
        <li key={plan.number} className="flex flex-wrap items-center gap-x-2">
          <span className="font-medium">
            {t("facts.planItem", {
              number: String(plan.number),
              start: String(plan.periodStart),
              end: String(plan.periodEnd),
            })}
          </span>
          <span className="text-muted">
            {t(`planState.${plan.state}`)}
            {plan.carriedOver ? `, ${t("facts.carriedOver")}` : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
