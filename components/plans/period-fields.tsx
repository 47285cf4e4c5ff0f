"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { YEAR_MAX, YEAR_MIN } from "@/lib/plans/rules";

/** The plan's period as two years, side by side even on a phone. */
export function PeriodFields({
  start,
  end,
  errors,
}: {
  start: string;
  end: string;
  errors: (field: string) => string[] | undefined;
}) {
  const t = useTranslations("plans.period");
  const year = {
    type: "number",
    inputMode: "numeric" as const,
    min: YEAR_MIN,
    max: YEAR_MAX,
    step: 1,
    required: true,
    className: "tabular-nums",
  };
  return (
    <div className="grid max-w-sm grid-cols-2 gap-3">
      <Field label={t("start")} errors={errors("periodStart")}>
        <Input name="periodStart" defaultValue={start} {...year} />
      </Field>
      <Field label={t("end")} errors={errors("periodEnd")}>
        <Input name="periodEnd" defaultValue={end} {...year} />
      </Field>
    </div>
  );
}
