"use client";

import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { useMessage } from "@/components/projects/form-feedback";
import { Button } from "@/components/ui/button";
import { removeProjectAction } from "@/lib/plans/form-actions";
import { INITIAL_FORM_STATE } from "@/lib/projects/update-form-state";

/** Takes one project off a draft; the row goes with the refreshed page. */
export function RemoveProjectButton({
  groupId,
  planId,
  projectId,
  code,
}: {
  groupId: string;
  planId: string;
  projectId: string;
  code: string;
}) {
  const t = useTranslations("plans.remove");
  const message = useMessage();
  const [state, action, pending] = useActionState(removeProjectAction, INITIAL_FORM_STATE);
  const feedbackId = useId();
  return (
    <form action={action} className="inline-flex flex-col items-end gap-1">
      <input type="hidden" name="groupId" value={groupId} />
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="projectId" value={projectId} />
      <Button
        type="submit"
        variant="ghost"
        size="sm"
        disabled={pending}
        aria-label={t("label", { code })}
        aria-describedby={feedbackId}
        className="text-bad hover:bg-bad-soft"
      >
        <X aria-hidden className="size-4" />
        {/* On a phone the icon alone; the accessible name always says which project. */}
        <span className="sr-only sm:not-sr-only">{pending ? t("removing") : t("button")}</span>
      </Button>
      <p id={feedbackId} aria-live="polite" className="max-w-48 text-xs text-bad">
        {state.status === "error" ? message(state.message) : null}
      </p>
    </form>
  );
}
