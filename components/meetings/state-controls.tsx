"use client";

import { CircleCheck, Lock, LockOpen } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import {
  closeMeetingAction,
  holdMeetingAction,
  reopenMeetingAction,
} from "@/lib/meetings/form-actions";
import type { FormAction } from "@/lib/meetings/form-state";
import type { MeetingPhase } from "@/lib/meetings/rules";
import { FormStatus, RecordFields, useMeetingForm } from "./form-kit";

/**
 * The meeting's next step: mark it held (from its first day on), close it (which makes the
 * record final, after a confirmation) or, for administrators, reopen it.
 */
export function StateControls({
  refs,
  phase,
  holdFrom,
  canReopen,
}: {
  refs: { groupId: string; meetingId: string };
  phase: MeetingPhase;
  /** The first day, formatted, while it is still ahead; null once the meeting may be held. */
  holdFrom: string | null;
  canReopen: boolean;
}) {
  const t = useTranslations("meetings.state");
  if (phase === "planned")
    return (
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
    );
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
  action: FormAction;
  refs: { groupId: string; meetingId: string };
  hint?: string;
  children: (pending: boolean) => React.ReactNode;
}) {
  const form = useMeetingForm(action);
  return (
    <form action={form.formAction} className="space-y-2">
      <RecordFields {...refs} />
      <div className="flex flex-wrap items-center gap-3">
        {children(form.pending)}
        {hint ? <p className="text-sm text-muted">{hint}</p> : null}
      </div>
      <FormStatus state={form.state} />
    </form>
  );
}

function CloseStep({ refs }: { refs: { groupId: string; meetingId: string } }) {
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
