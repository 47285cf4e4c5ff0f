"use client";

import { CalendarX, CircleCheck, Lock, LockOpen } from "lucide-react";
import { useTranslations } from "next-intl";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { FormFeedback } from "@/components/forms/form-feedback";
import { useForm } from "@/components/forms/use-form";
import { Button } from "@/components/ui/button";
import { HiddenFields } from "@/components/ui/field";
import type { FormAction } from "@/lib/forms/state";
import {
  cancelMeetingAction,
  closeMeetingAction,
  holdMeetingAction,
  reopenMeetingAction,
} from "@/lib/meetings/form-actions";
import type { MeetingPhase } from "@/lib/meetings/rules";
import type { MeetingRefs } from "@/lib/meetings/types";
import { ConfirmStep } from "./confirm-step";

/**
 * The meeting's next step: mark it held (from its first day on) or cancel it (after a
 * confirmation), close it (which makes the record final, after a confirmation) or, for
 * administrators, reopen it. A cancelled meeting has no next step.
 */
export function StateControls({
  refs,
  phase,
  holdFrom,
  canReopen,
}: {
  refs: MeetingRefs;
  phase: MeetingPhase;
  /** The first day, formatted, while it is still ahead; null once the meeting may be held. */
  holdFrom: string | null;
  canReopen: boolean;
}) {
  const t = useTranslations("meetings.state");
  if (phase === "planned")
    return (
      <div className="space-y-3">
        <StepForm
          action={holdMeetingAction}
          refs={refs}
          hint={holdFrom ? t("holdFrom", { date: holdFrom }) : t("holdHint")}
        >
          {(pending) => (
            <Button type="submit" variant="secondary" disabled={pending || holdFrom !== null}>
              <CircleCheck aria-hidden className="size-4" />
              {t("hold")}
            </Button>
          )}
        </StepForm>
        <ConfirmStep
          action={cancelMeetingAction}
          refs={refs}
          Icon={CalendarX}
          label={t("cancelMeeting")}
          hint={t("cancelHint")}
          question={t("cancelConfirm")}
          confirm={t("cancelConfirmed")}
          dismiss={t("keepMeeting")}
          danger
        />
      </div>
    );
  if (phase === "cancelled") return null;
  if (phase === "held") return <CloseStep refs={refs} />;
  if (!canReopen) return null;
  return (
    <StepForm action={reopenMeetingAction} refs={refs} hint={t("reopenHint")}>
      {(pending) => (
        <Button type="submit" variant="secondary" disabled={pending}>
          <LockOpen aria-hidden className="size-4" />
          {t("reopen")}
        </Button>
      )}
    </StepForm>
  );
}

function StepForm({
  action,
  refs,
  hint,
  children,
}: {
  action: FormAction<{ meetingId: string }>;
  refs: MeetingRefs;
  hint?: string;
  children: (pending: boolean) => ReactNode;
}) {
  const form = useForm(action);
  return (
    <form action={form.action} className="space-y-2">
      <HiddenFields values={{ groupId: refs.groupId, meetingId: refs.meetingId }} />
      <div className="flex flex-wrap items-center gap-3">
        {children(form.pending)}
        {hint ? <p className="text-sm text-muted">{hint}</p> : null}
      </div>
      <FormFeedback state={form.state} />
    </form>
  );
}

function CloseStep({ refs }: { refs: MeetingRefs }) {
  const t = useTranslations("meetings.state");
  const [confirming, setConfirming] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirm.current?.focus();
  }, [confirming]);
  if (!confirming)
    return (
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          <Lock aria-hidden className="size-4" />
          {t("close")}
        </Button>
        <p className="text-sm text-muted">{t("closeHint")}</p>
      </div>
    );
  return (
    <div className="space-y-2 rounded-md border border-warn/40 bg-warn-soft p-3">
      <p className="text-sm">{t("closeConfirm")}</p>
      <StepForm action={closeMeetingAction} refs={refs}>
        {(pending) => (
          <>
            <Button ref={confirm} type="submit" disabled={pending}>
              <Lock aria-hidden className="size-4" />
              {t("closeConfirmed")}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t("cancel")}
            </Button>
          </>
        )}
      </StepForm>
    </div>
  );
}
