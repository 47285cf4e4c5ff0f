"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { FormFeedback } from "@/components/forms/form-feedback";
import { useForm } from "@/components/forms/use-form";
import { Button, buttonClasses } from "@/components/ui/button";
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
          <div className="flex gap-3">
            <input type="hidden" name="carryOver" value="0" />
            <input
              id="carry-over"
              type="checkbox"
              name="carryOver"
              value="1"
              // A hidden "0" comes before the box: its last value is the one that counts.
              defaultChecked={form.value("carryOver", "1") !== "0"}
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
        <Button type="submit" disabled={form.pending}>
          {form.pending ? t("creating") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
