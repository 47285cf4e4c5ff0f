"use client";

import { CheckCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import { FormFeedback } from "@/components/forms/form-feedback";
import { useForm } from "@/components/forms/use-form";
import { Button } from "@/components/ui/button";
import { markAllNotificationsReadAction } from "@/lib/notifications/form-actions";

/** Marks every unread notification of the reader read, and says how many. */
export function MarkAllReadButton() {
  const t = useTranslations("inbox");
  const form = useForm(markAllNotificationsReadAction);
  const done = form.state.status === "success" ? form.state.data.marked : null;
  return (
    <form action={form.action} className="space-y-2">
      <Button type="submit" variant="secondary" disabled={form.pending}>
        <CheckCheck aria-hidden className="size-4" />
        {form.pending ? t("marking") : t("markAllRead")}
      </Button>
      <FormFeedback
        state={form.state}
        saved={done === null ? undefined : t("allMarked", { count: done })}
      />
    </form>
  );
}
