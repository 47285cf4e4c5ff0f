"use client";

import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { useConfirmFocus } from "@/components/forms/confirm-delete";
import { FormFeedback } from "@/components/forms/form-feedback";
import { useForm } from "@/components/forms/use-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { HiddenFields } from "@/components/ui/field";
import type { FormAction } from "@/lib/forms/state";
import type { MeetingRefs } from "@/lib/meetings/types";

/**
 * A step that asks first: a button opens a question with the consequences, the confirming
 * button takes the focus, and going back returns it to where it was. The answer (a refusal, or
 * what was done) shows beside the button.
 */
export function ConfirmStep<T>({
  action,
  refs,
  Icon,
  label,
  hint,
  question,
  confirm,
  dismiss,
  danger = false,
  disabled = false,
  done,
}: {
  action: FormAction<T>;
  refs: MeetingRefs;
  Icon: LucideIcon;
  label: string;
  hint?: ReactNode;
  question: string;
  confirm: string;
  dismiss: string;
  danger?: boolean;
  /** The step cannot be taken now (the hint says why). */
  disabled?: boolean;
  /** What to say once it is done; nothing when the page itself shows it. */
  done?: (data: T) => string | null;
}) {
  const { confirming, setConfirming, confirm: confirmButton, start } = useConfirmFocus();
  const form = useForm(action, { onSuccess: () => setConfirming(false) });

  const outcome = form.state.status === "success" && done ? done(form.state.data) : null;
  if (!confirming)
    return (
      <div className="space-y-2">
        <div className="flex flex-wrap items-center gap-3">
          <Button
            ref={start}
            variant="secondary"
            disabled={disabled}
            onClick={() => setConfirming(true)}
          >
            <Icon aria-hidden className="size-4" />
            {label}
          </Button>
          {hint ? <p className="text-sm text-muted">{hint}</p> : null}
        </div>
        {outcome ? <Alert tone="success">{outcome}</Alert> : null}
      </div>
    );
  return (
    <form
      action={form.action}
      className="space-y-3 rounded-md border border-warn/40 bg-warn-soft p-3"
    >
      <HiddenFields values={{ groupId: refs.groupId, meetingId: refs.meetingId }} />
      <p className="text-sm">{question}</p>
      <div className="flex flex-wrap items-center gap-2">
        <Button
          ref={confirmButton}
          type="submit"
          variant={danger ? "danger" : "primary"}
          disabled={form.pending}
        >
          <Icon aria-hidden className="size-4" />
          {confirm}
        </Button>
        <Button variant="secondary" onClick={() => setConfirming(false)}>
          {dismiss}
        </Button>
      </div>
      <FormFeedback state={form.state} />
    </form>
  );
}
