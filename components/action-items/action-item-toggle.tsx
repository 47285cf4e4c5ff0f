"use client";

import { Check, RotateCcw } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { useMessage } from "@/components/projects/form-feedback";
import { Button } from "@/components/ui/button";
import {
  completeActionItemAction,
  reopenActionItemAction,
  type ToggleState,
} from "@/lib/action-items/form-actions";

const IDLE: ToggleState = { status: "idle" };

/**
 * Marks an action item done, or reopens it. Render it with a key that includes `done`, so a
 * fresh state (and the matching action) comes with every change of the item.
 */
export function ActionItemToggle({
  actionItemId,
  done,
  describedBy,
}: {
  actionItemId: string;
  done: boolean;
  /** The id of the element holding the item's text, so each button says which item it is for. */
  describedBy?: string;
}) {
  const t = useTranslations("actionItems");
  const message = useMessage();
  const [state, action, pending] = useActionState(
    done ? reopenActionItemAction : completeActionItemAction,
    IDLE,
  );
  const feedbackId = useId();
  const Icon = done ? RotateCcw : Check;
  return (
    <form action={action} className="flex flex-col items-start gap-1">
      <input type="hidden" name="actionItemId" value={actionItemId} />
      <Button
        type="submit"
        variant="secondary"
        size="sm"
        disabled={pending}
        aria-describedby={[describedBy, feedbackId].filter(Boolean).join(" ")}
        className="h-auto min-h-9 py-1 text-left"
      >
        <Icon aria-hidden className="size-4 shrink-0" />
        {pending ? t("saving") : t(done ? "reopen" : "markDone")}
      </Button>
      <p id={feedbackId} aria-live="polite" className="max-w-56 text-xs text-bad">
        {state.status === "error" ? message(state.message) : null}
      </p>
    </form>
  );
}
