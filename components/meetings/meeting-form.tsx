"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { FormFeedback } from "@/components/forms/form-feedback";
import { FormField } from "@/components/forms/form-field";
import { SubmitButton, SubmitRow } from "@/components/forms/submit";
import { useForm } from "@/components/forms/use-form";
import { buttonClasses } from "@/components/ui/button";
import { HiddenFields } from "@/components/ui/field";
import { Input, Options, Select } from "@/components/ui/input";
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
  // A field of the form: its name, what it starts from and its label.
  const bind = (name: "number" | "startsOn" | "endsOn" | "briefCutoffOn" | "country") => ({
    form,
    name,
    initial: initial[name],
    label: t(`form.${name}`),
  });
  return (
    <form action={form.action} noValidate className="space-y-5">
      <FormFeedback state={form.state} />
      <HiddenFields
        values={{
          groupId: target.groupId,
          meetingId: edit?.meetingId,
          base: edit ? form.base : undefined,
        }}
      />
      <div
        key={form.key}
        className="space-y-5 rounded-lg border border-line bg-surface p-4 shadow-xs sm:p-5"
      >
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
          <FormField {...bind("number")} hint={t("form.numberHint")}>
            <Input inputMode="numeric" autoComplete="off" required className="tabular-nums" />
          </FormField>
          <FormField {...bind("startsOn")}>
            <Input type="date" required />
          </FormField>
          <FormField {...bind("endsOn")}>
            <Input type="date" required />
          </FormField>
          <FormField
            {...bind("briefCutoffOn")}
            className="sm:col-span-3"
            hint={t("form.briefCutoffHint")}
          >
            <Input type="date" className="sm:max-w-xs" />
          </FormField>
        </div>
        <LanguageFields
          prefix="city"
          legend={t("form.city")}
          hint={t("form.cityHint")}
          initial={{ nb: initial.cityNb, ru: initial.cityRu, en: initial.cityEn }}
          form={form}
          maxLength={MEETING_LIMITS.city}
        />
        <FormField {...bind("country")} className="sm:w-1/3">
          <Select>
            <Options values={DELEGATIONS} label={(country) => t(`countries.${country}`)} />
          </Select>
        </FormField>
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
