"use client";

import { Check } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { InlineRefusal } from "@/components/forms/inline-refusal";
import { SubmitButton } from "@/components/forms/submit";
import { useForm } from "@/components/forms/use-form";
import { markNotificationReadAction } from "@/lib/notifications/form-actions";

/** "Mark as read" for one entry; the entry's text names it (aria-describedby). */
export function MarkReadButton({ id, describedBy }: { id: string; describedBy: string }) {
  const t = useTranslations("inbox");
  const form = useForm(markNotificationReadAction);
  const feedbackId = useId();
  return (
    <form action={form.action} className="flex flex-col items-end gap-1">
      <input type="hidden" name="id" value={id} />
      <SubmitButton
        pending={form.pending}
        busy={t("marking")}
        icon={Check}
        variant="ghost"
        size="sm"
        aria-describedby={`${describedBy} ${feedbackId}`}
        className="whitespace-nowrap"
      >
        {t("markRead")}
      </SubmitButton>
      <InlineRefusal id={feedbackId} state={form.state} className="max-w-48 empty:hidden" />
    </form>
  );
}
