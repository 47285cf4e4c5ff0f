import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/input";
import type { PlanSummary } from "@/lib/plans/types";

/** Two plans to compare; a plain GET form, so the comparison is a link one can share. */
export function CompareForm({
  plans,
  a,
  b,
  action,
}: {
  plans: PlanSummary[];
  a: number;
  b: number;
  action: string;
}) {
  const t = useTranslations();
  const options = plans.map((plan) => (
    <option key={plan.id} value={plan.number}>
      {t("projectList.planOption", {
        number: String(plan.number),
        start: String(plan.periodStart),
        end: String(plan.periodEnd),
        state: t(`projectList.planState.${plan.state}`),
      })}
    </option>
  ));
  return (
    <form
      action={action}
      method="get"
      className="flex flex-col gap-3 rounded-lg border border-line bg-surface p-4 sm:flex-row sm:items-end print:hidden"
    >
      <Field className="sm:w-80" label={t("plans.compare.a")}>
        <Select name="a" defaultValue={String(a)}>
          {options}
        </Select>
      </Field>
      <Field className="sm:w-80" label={t("plans.compare.b")}>
        <Select name="b" defaultValue={String(b)}>
          {options}
        </Select>
      </Field>
      <Button type="submit" variant="secondary">
        {t("plans.compare.submit")}
      </Button>
    </form>
  );
}
