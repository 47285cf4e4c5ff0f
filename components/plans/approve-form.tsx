"use client";

import { Stamp } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { FormFeedback, useFieldErrors } from "@/components/projects/form-feedback";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { approvePlanAction } from "@/lib/plans/form-actions";
import { type FormState, INITIAL_FORM_STATE } from "@/lib/projects/update-form-state";

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
}: {
  groupId: string;
  planId: string;
  /** Held meetings, latest first. */
  meetings: MeetingChoice[];
  today: string;
}) {
  const t = useTranslations("plans.approve");
  const [state, action, pending] = useActionState(approvePlanAction, INITIAL_FORM_STATE);
  return (
    <form action={action} noValidate className="space-y-4">
      <FormFeedback state={state} />
      <input type="hidden" name="groupId" value={groupId} />
      <input type="hidden" name="planId" value={planId} />
      <ApprovalFields
        key={state.nonce ?? "initial"}
        state={state}
        meetings={meetings}
        today={today}
      />
      <Button type="submit" disabled={pending}>
        <Stamp aria-hidden className="size-4" />
        {pending ? t("approving") : t("submit")}
      </Button>
    </form>
  );
}

function ApprovalFields({
  state,
  meetings,
  today,
}: {
  state: FormState;
  meetings: MeetingChoice[];
  today: string;
}) {
  const t = useTranslations("plans.approve");
  const errors = useFieldErrors(state);
  const typed = state.status === "error" ? state.values : undefined;
  const [meetingId, setMeetingId] = useState(typed?.meetingId ?? meetings[0]?.id ?? "");
  const meeting = meetings.find((m) => m.id === meetingId);
  const [date, setDate] = useState(typed?.approvedOn ?? meeting?.endsOn ?? "");
  const [dateEdited, setDateEdited] = useState(typed !== undefined);
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Field label={t("meeting")} errors={errors("meetingId")}>
        <Select
          name="meetingId"
          value={meetingId}
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
      <Field label={t("date")} errors={errors("approvedOn")} hint={t("dateHint")}>
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
