"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormFeedback, useFieldErrors } from "@/components/projects/form-feedback";
import { Button, buttonClasses } from "@/components/ui/button";
import { createPlanAction } from "@/lib/plans/form-actions";
import { INITIAL_FORM_STATE } from "@/lib/projects/update-form-state";
import { PeriodFields } from "./period-fields";

/** Period and carry-over of a new draft; the number is the next free one. */
export function NewPlanForm({
  groupId,
  start,
  end,
  current,
  unfinished,
  cancelHref,
}: {
  groupId: string;
  start: number;
  end: number;
  /** The approved plan's number, when there is one to carry projects over from. */
  current: number | null;
  unfinished: number;
  cancelHref: string;
}) {
  const t = useTranslations("plans.new");
  const [state, action, pending] = useActionState(createPlanAction, INITIAL_FORM_STATE);
  const errors = useFieldErrors(state);
  const typed = state.status === "error" ? state.values : undefined;
  return (
    <form action={action} noValidate className="space-y-5">
      <FormFeedback state={state} />
      <input type="hidden" name="groupId" value={groupId} />
      <div key={state.nonce ?? "initial"} className="space-y-5">
        <PeriodFields
          start={typed?.periodStart ?? String(start)}
          end={typed?.periodEnd ?? String(end)}
          errors={errors}
        />
        {current !== null ? (
          <div className="flex gap-3">
            <input type="hidden" name="carryOver" value="0" />
            <input
              id="carry-over"
              type="checkbox"
              name="carryOver"
              value="1"
              defaultChecked={(typed?.carryOver ?? "1") !== "0"}
              aria-describedby="carry-over-hint"
              className="mt-0.5 size-5 shrink-0 accent-accent"
            />
            <div className="space-y-0.5">
              <label htmlFor="carry-over" className="block text-sm font-medium">
                {t("carryOver", { number: current })}
              </label>
              <p id="carry-over-hint" className="text-sm text-muted">
                {t("carryOverHint", { count: unfinished })}
              </p>
            </div>
          </div>
        ) : (
          <p className="text-sm text-muted">{t("noCurrent")}</p>
        )}
      </div>
      <div className="flex flex-col-reverse gap-2 sm:flex-row">
        <Link href={cancelHref} className={buttonClasses("secondary")}>
          {t("cancel")}
        </Link>
        <Button type="submit" disabled={pending}>
          {pending ? t("creating") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
