"use client";

import { CheckCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import { FormFeedback } from "@/components/forms/form-feedback";
import { SubmitButton } from "@/components/forms/submit";
import { useForm } from "@/components/forms/use-form";
import { markAllNotificationsReadAction } from "@/lib/notifications/form-actions";

/** Marks every unread notification of the reader read, and says how many. */
export function MarkAllReadButton() {
  const t = useTranslations("inbox");
  const form = useForm(markAllNotificationsReadAction);
  const done = form.state.status === "success" ? form.state.data.marked : null;
  return (
    <form action={form.action} className="space-y-2">
      <SubmitButton
        pending={form.pending}
        busy={t("marking")}
        icon={CheckCheck}
        variant="secondary"
      >
        {t("markAllRead")}
      </SubmitButton>
      <FormFeedback
        state={form.state}
        saved={done === null ? undefined : t("allMarked", { count: done })}
      />
    </form>
  );
}
