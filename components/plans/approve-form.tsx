"use client";

import { Stamp } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormFeedback } from "@/components/forms/form-feedback";
import { SubmitButton } from "@/components/forms/submit";
import { type FormHandle, useForm } from "@/components/forms/use-form";
import { Field, HiddenFields } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { approvePlanAction } from "@/lib/plans/form-actions";
import type { PlanIds } from "./format";

export interface MeetingChoice {
  id: string;
  label: string;
  startsOn: string;
  endsOn: string;
}

/** Approval at a held meeting; the date follows the chosen meeting's last day until edited. */
export function ApproveForm({
  groupId,
  planId,
  meetings,
  today,
}: PlanIds & {
  /** Held meetings, latest first. */
  meetings: MeetingChoice[];
  today: string;
}) {
  const t = useTranslations("plans.approve");
  const form = useForm(approvePlanAction);
  return (
    <form action={form.action} noValidate className="space-y-4">
      <FormFeedback state={form.state} />
      <HiddenFields values={{ groupId, planId }} />
      <ApprovalFields key={form.key} form={form} meetings={meetings} today={today} />
      <SubmitButton pending={form.pending} busy={t("approving")} icon={Stamp}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}

/** Re-mounted after each answer (keyed by the form), so it starts from what was sent. */
function ApprovalFields({
  form,
  meetings,
  today,
}: {
  form: FormHandle<unknown>;
  meetings: MeetingChoice[];
  today: string;
}) {
  const t = useTranslations("plans.approve");
  const refused = form.state.status === "error";
  const [meetingId, setMeetingId] = useState(form.value("meetingId", meetings[0]?.id));
  const meeting = meetings.find((m) => m.id === meetingId);
  const [date, setDate] = useState(form.value("approvedOn", meeting?.endsOn));
  const [dateEdited, setDateEdited] = useState(refused);
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Field label={t("meeting")} errors={form.errors("meetingId")}>
        {/* Uncontrolled on purpose: React resets a form after a successful action, and a
            controlled select has no default option to go back to, so it showed the first one. */}
        <Select
          name="meetingId"
          defaultValue={meetingId}
          required
          onChange={(event) => {
            const next = meetings.find((m) => m.id === event.target.value);
            setMeetingId(event.target.value);
            if (next && !dateEdited) setDate(next.endsOn);
          }}
        >
          {meetings.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("date")} errors={form.errors("approvedOn")} hint={t("dateHint")}>
        <Input
          type="date"
          name="approvedOn"
          value={date}
          min={meeting?.startsOn}
          max={today}
          required
          onChange={(event) => {
            setDate(event.target.value);
            setDateEdited(true);
          }}
        />
      </Field>
    </div>
  );
}
