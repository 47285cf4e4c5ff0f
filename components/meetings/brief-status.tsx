"use client";

import { CircleCheck, Send } from "lucide-react";
import { useTranslations } from "next-intl";
import { publishBriefAction } from "@/lib/meetings/form-actions";
import type { MeetingRefs } from "@/lib/meetings/types";
import { ConfirmStep } from "./confirm-step";

/**
 * Whether the brief has been published to the group; for coordinators of a planned meeting
 * whose brief is not yet published, the step that tells the group it is ready.
 */
export function BriefStatus({
  readyOn,
  publish,
}: {
  /** When the brief was published, formatted; null while it is not. */
  readyOn: string | null;
  /** The meeting, when the viewer may publish its brief now. */
  publish: MeetingRefs | null;
}) {
  const t = useTranslations("meetings.brief");
  if (readyOn)
    return (
      <p className="inline-flex items-center gap-1.5 text-sm text-muted">
        <CircleCheck aria-hidden className="size-4 shrink-0 text-ok" />
        {t("readyOn", { date: readyOn })}
      </p>
    );
  if (!publish) return null;
  return (
    <ConfirmStep
      action={publishBriefAction}
      refs={publish}
      Icon={Send}
      label={t("publish")}
      hint={t("publishHint")}
      question={t("publishConfirm")}
      confirm={t("publishConfirmed")}
      dismiss={t("notYet")}
    />
  );
}
