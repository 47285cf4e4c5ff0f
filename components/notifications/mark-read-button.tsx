"use client";

import { Check } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { useForm, useMessage } from "@/components/forms/use-form";
import { Button } from "@/components/ui/button";
import { markNotificationReadAction } from "@/lib/notifications/form-actions";

/** "Mark as read" for one entry; the entry's text names it (aria-describedby). */
export function MarkReadButton({ id, describedBy }: { id: string; describedBy: string }) {
  const t = useTranslations("inbox");
  const message = useMessage();
  const form = useForm(markNotificationReadAction);
  const feedbackId = useId();
  return (
    <form action={form.action} className="flex flex-col items-end gap-1">
      <input type="hidden" name="id" value={id} />
      <Button
        type="submit"
        variant="ghost"
        size="sm"
        disabled={form.pending}
        aria-describedby={`${describedBy} ${feedbackId}`}
        className="whitespace-nowrap"
      >
        <Check aria-hidden className="size-4" />
        {form.pending ? t("marking") : t("markRead")}
      </Button>
      <p id={feedbackId} aria-live="polite" className="max-w-48 text-xs text-bad empty:hidden">
        {form.state.status === "error" ? message(form.state.message) : null}
      </p>
    </form>
  );
}
