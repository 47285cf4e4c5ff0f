"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { FormFeedback } from "@/components/forms/form-feedback";
import { SubmitButton, SubmitRow } from "@/components/forms/submit";
import { useForm } from "@/components/forms/use-form";
import { buttonClasses } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { createMeetingAction, updateMeetingAction } from "@/lib/meetings/form-actions";
import { MEETING_LIMITS } from "@/lib/meetings/rules";
import { DELEGATIONS } from "@/lib/vocabulary";
import { LanguageFields } from "./language-fields";

export interface MeetingFormValues {
  number: string;
  startsOn: string;
  endsOn: string;
  cityNb: string;
  cityRu: string;
  cityEn: string;
  country: string;
  briefCutoffOn: string;
}

type Target =
  | { mode: "create"; groupId: string }
  | { mode: "edit"; groupId: string; meetingId: string; base: string };

/** Plans a meeting, or corrects its number, dates, place and the day updates are due by. */
export function MeetingForm({
  target,
  initial,
  cancelHref,
}: {
  target: Target;
  initial: MeetingFormValues;
  cancelHref: string;
}) {
  const t = useTranslations("meetings");
  const edit = target.mode === "edit" ? target : null;
  const form = useForm(edit ? updateMeetingAction : createMeetingAction, { base: edit?.base });
  const value = (field: string) => form.value(field, initial[field as keyof MeetingFormValues]);
  return (
    <form action={form.action} noValidate className="space-y-5">
      <FormFeedback state={form.state} />
      <input type="hidden" name="groupId" value={target.groupId} />
      {edit ? (
        <>
          <input type="hidden" name="meetingId" value={edit.meetingId} />
          <input type="hidden" name="base" value={form.base} />
        </>
      ) : null}
      <div
        key={form.key}
        className="space-y-5 rounded-lg border border-line bg-surface p-4 shadow-xs sm:p-5"
      >
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
          <Field
            label={t("form.number")}
            hint={t("form.numberHint")}
            errors={form.errors("number")}
          >
            <Input
              name="number"
              inputMode="numeric"
              autoComplete="off"
              required
              defaultValue={value("number")}
              className="tabular-nums"
            />
          </Field>
          <Field label={t("form.startsOn")} errors={form.errors("startsOn")}>
            <Input name="startsOn" type="date" required defaultValue={value("startsOn")} />
          </Field>
          <Field label={t("form.endsOn")} errors={form.errors("endsOn")}>
            <Input name="endsOn" type="date" required defaultValue={value("endsOn")} />
          </Field>
          <Field
            className="sm:col-span-3"
            label={t("form.briefCutoffOn")}
            hint={t("form.briefCutoffHint")}
            errors={form.errors("briefCutoffOn")}
          >
            <Input
              name="briefCutoffOn"
              type="date"
              defaultValue={value("briefCutoffOn")}
              className="sm:max-w-xs"
            />
          </Field>
        </div>
        <LanguageFields
          prefix="city"
          legend={t("form.city")}
          hint={t("form.cityHint")}
          value={value}
          errors={form.errors}
          maxLength={MEETING_LIMITS.city}
        />
        <Field className="sm:w-1/3" label={t("form.country")} errors={form.errors("country")}>
          <Select name="country" defaultValue={value("country")}>
            {DELEGATIONS.map((country) => (
              <option key={country} value={country}>
                {t(`countries.${country}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <SubmitRow
        cancel={
          <Link href={cancelHref} className={buttonClasses("secondary")}>
            {t("form.cancel")}
          </Link>
        }
      >
        <SubmitButton pending={form.pending} busy={t("form.saving")}>
          {edit ? t("form.save") : t("form.create")}
        </SubmitButton>
      </SubmitRow>
    </form>
  );
}
