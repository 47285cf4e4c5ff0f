"use client";

import { BellRing } from "lucide-react";
import { useTranslations } from "next-intl";
import { sendRemindersAction } from "@/lib/meetings/reminders/form-actions";
import type { MeetingRefs } from "@/lib/meetings/types";
import { ConfirmStep } from "./confirm-step";

/** "Send reminder now", confirmed first; says how many contacts were reminded. */
export function SendReminder({
  refs,
  contacts,
  hint,
  disabled,
}: {
  refs: MeetingRefs;
  /** How many contacts would be reminded now. */
  contacts: number;
  hint: string;
  disabled: boolean;
}) {
  const t = useTranslations("meetings.reminders");
  return (
    <ConfirmStep
      action={sendRemindersAction}
      refs={refs}
      Icon={BellRing}
      label={t("send")}
      hint={hint}
      question={t("sendConfirm", { count: contacts })}
      confirm={t("sendConfirmed")}
      dismiss={t("notNow")}
      disabled={disabled}
      done={(sent) => t("sent", { count: sent.contacts })}
    />
  );
}
