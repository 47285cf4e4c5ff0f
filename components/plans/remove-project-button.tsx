"use client";

import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { InlineRefusal } from "@/components/forms/inline-refusal";
import { useForm } from "@/components/forms/use-form";
import { Button } from "@/components/ui/button";
import { HiddenFields } from "@/components/ui/field";
import { removeProjectAction } from "@/lib/plans/form-actions";
import type { PlanIds } from "./format";

/** Takes one project off a draft; the row goes with the refreshed page. */
export function RemoveProjectButton({
  groupId,
  planId,
  projectId,
  code,
}: PlanIds & { projectId: string; code: string }) {
  const t = useTranslations("plans.remove");
  const form = useForm(removeProjectAction);
  const feedbackId = useId();
  return (
    <form action={form.action} className="inline-flex flex-col items-end gap-1">
      <HiddenFields values={{ groupId, planId, projectId }} />
      <Button
        type="submit"
        variant="ghost"
        size="sm"
        disabled={form.pending}
        aria-label={t("label", { code })}
        aria-describedby={feedbackId}
        className="text-bad hover:bg-bad-soft"
      >
        <X aria-hidden className="size-4" />
        {/* On a phone the icon alone; the accessible name always says which project. */}
        <span className="sr-only sm:not-sr-only">{form.pending ? t("removing") : t("button")}</span>
      </Button>
      <InlineRefusal id={feedbackId} state={form.state} className="max-w-48" />
    </form>
  );
}
