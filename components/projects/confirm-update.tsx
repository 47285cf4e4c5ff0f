"use client";

import { BadgeCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { Delegation } from "@/db/schema/enums";
import { confirmStatusUpdateAction } from "@/lib/projects/status-updates/form-actions";
import { INITIAL_FORM_STATE } from "@/lib/projects/update-form-state";
import { FormFeedback } from "./form-feedback";

/** The other side's contact (or coordinator) stands behind the latest update. */
export function ConfirmUpdate({ updateId, side }: { updateId: string; side: Delegation }) {
  const t = useTranslations("project.confirm");
  const [state, action, pending] = useActionState(confirmStatusUpdateAction, INITIAL_FORM_STATE);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="updateId" value={updateId} />
      <Button type="submit" variant="secondary" disabled={pending} className="h-11 sm:h-10">
        <BadgeCheck aria-hidden className="size-4" />
        {pending ? t("pending") : t("button", { side })}
      </Button>
      <FormFeedback state={state} />
    </form>
  );
}
