"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormFeedback, useFieldErrors } from "@/components/projects/form-feedback";
import { Button } from "@/components/ui/button";
import { updatePlanAction } from "@/lib/plans/form-actions";
import { INITIAL_FORM_STATE } from "@/lib/projects/update-form-state";
import { PeriodFields } from "./period-fields";

/** Changes a draft's period. */
export function PeriodForm({
  groupId,
  planId,
  start,
  end,
}: {
  groupId: string;
  planId: string;
  start: number;
  end: number;
}) {
  const t = useTranslations("plans.period");
  const [state, action, pending] = useActionState(updatePlanAction, INITIAL_FORM_STATE);
  const errors = useFieldErrors(state);
  // After a refusal the form shows what was typed; otherwise what is saved.
  const typed = state.status === "error" ? state.values : undefined;
  return (
    <form action={action} noValidate className="space-y-3">
      <FormFeedback state={state} saved={t("saved")} />
      <input type="hidden" name="groupId" value={groupId} />
      <input type="hidden" name="planId" value={planId} />
      <div key={state.nonce ?? "initial"}>
        <PeriodFields
          start={typed?.periodStart ?? String(start)}
          end={typed?.periodEnd ?? String(end)}
          errors={errors}
        />
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
