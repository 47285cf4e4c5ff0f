"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { FormFeedback } from "@/components/forms/form-feedback";
import { SubmitButton } from "@/components/forms/submit";
import { useForm } from "@/components/forms/use-form";
import { buttonClasses } from "@/components/ui/button";
import { CheckField } from "@/components/ui/field";
import { createPlanAction } from "@/lib/plans/form-actions";
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
  const form = useForm(createPlanAction);
  return (
    <form action={form.action} noValidate className="space-y-5">
      <FormFeedback state={form.state} />
      <input type="hidden" name="groupId" value={groupId} />
      <div key={form.key} className="space-y-5">
        <PeriodFields
          start={form.value("periodStart", String(start))}
          end={form.value("periodEnd", String(end))}
          errors={form.errors}
        />
        {current !== null ? (
          <>
            {/* A hidden "0" comes before the box: its last value is the one that counts. */}
            <input type="hidden" name="carryOver" value="0" />
            <CheckField
              id="carry-over"
              name="carryOver"
              value="1"
              defaultChecked={form.value("carryOver", "1") !== "0"}
              label={t("carryOver", { number: current })}
              hint={t("carryOverHint", { count: unfinished })}
            />
          </>
        ) : (
          <p className="text-sm text-muted">{t("noCurrent")}</p>
        )}
      </div>
      <div className="flex flex-col-reverse gap-2 sm:flex-row">
        <Link href={cancelHref} className={buttonClasses("secondary")}>
          {t("cancel")}
        </Link>
        <SubmitButton pending={form.pending} busy={t("creating")}>
          {t("submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
