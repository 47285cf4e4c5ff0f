"use client";

import { useTranslations } from "next-intl";
import { FormFeedback } from "@/components/forms/form-feedback";
import { SubmitButton } from "@/components/forms/submit";
import { useForm } from "@/components/forms/use-form";
import { HiddenFields } from "@/components/ui/field";
import { updatePlanAction } from "@/lib/plans/form-actions";
import type { PlanIds } from "./format";
import { PeriodFields } from "./period-fields";

/** Changes a draft's period. */
export function PeriodForm({
  groupId,
  planId,
  start,
  end,
}: PlanIds & { start: number; end: number }) {
  const t = useTranslations("plans.period");
  const form = useForm(updatePlanAction);
  // After a refusal the form shows what was typed; otherwise what is saved.
  return (
    <form action={form.action} noValidate className="space-y-3">
      <FormFeedback state={form.state} saved={t("saved")} />
      <HiddenFields values={{ groupId, planId }} />
      <div key={form.key}>
        <PeriodFields
          start={form.value("periodStart", String(start))}
          end={form.value("periodEnd", String(end))}
          errors={form.errors}
        />
      </div>
      <SubmitButton pending={form.pending} busy={t("saving")} variant="secondary">
        {t("save")}
      </SubmitButton>
    </form>
  );
}
