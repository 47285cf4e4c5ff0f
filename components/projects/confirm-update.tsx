"use client";

import { BadgeCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import { FormFeedback } from "@/components/forms/form-feedback";
import { useForm } from "@/components/forms/use-form";
import { Button } from "@/components/ui/button";
import { confirmStatusUpdateAction } from "@/lib/projects/status-updates/form-actions";
import type { Delegation } from "@/lib/vocabulary";

/** The other side's contact (or coordinator) stands behind the latest update. */
export function ConfirmUpdate({ updateId, side }: { updateId: string; side: Delegation }) {
  const t = useTranslations("project.confirm");
  const form = useForm(confirmStatusUpdateAction);
  return (
    <form action={form.action} className="space-y-2">
      <input type="hidden" name="updateId" value={updateId} />
      <Button type="submit" variant="secondary" disabled={form.pending} className="h-11 sm:h-10">
        <BadgeCheck aria-hidden className="size-4" />
        {form.pending ? t("pending") : t("button", { side })}
      </Button>
      <FormFeedback state={form.state} />
    </form>
  );
}
