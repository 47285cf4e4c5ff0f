"use client";

import { Check, RotateCcw } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { InlineRefusal } from "@/components/forms/inline-refusal";
import { useForm } from "@/components/forms/use-form";
import { Button } from "@/components/ui/button";
import { completeActionItemAction, reopenActionItemAction } from "@/lib/action-items/form-actions";
import type { FormAction } from "@/lib/forms/state";

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
  const form = useForm<unknown>(
    (done ? reopenActionItemAction : completeActionItemAction) as FormAction<unknown>,
  );
  const feedbackId = useId();
  const Icon = done ? RotateCcw : Check;
  return (
    <form action={form.action} className="flex flex-col items-start gap-1">
      <input type="hidden" name="actionItemId" value={actionItemId} />
      <Button
        type="submit"
        variant="secondary"
        size="sm"
        disabled={form.pending}
        aria-describedby={[describedBy, feedbackId].filter(Boolean).join(" ")}
        className="h-auto min-h-9 py-1 text-left"
      >
        <Icon aria-hidden className="size-4 shrink-0" />
        {form.pending ? t("saving") : t(done ? "reopen" : "markDone")}
      </Button>
      <InlineRefusal id={feedbackId} state={form.state} className="max-w-56" />
    </form>
  );
}
