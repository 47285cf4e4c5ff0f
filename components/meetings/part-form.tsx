"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { FormFeedback } from "@/components/forms/form-feedback";
import { SubmitButton } from "@/components/forms/submit";
import type { FormHandle } from "@/components/forms/use-form";
import { Button } from "@/components/ui/button";
import { HiddenFields } from "@/components/ui/field";
import type { MeetingRefs } from "@/lib/meetings/types";

/**
 * A form that changes a part of a meeting in place (its attendees, its minutes, an item): the
 * outcome, the meeting's ids and what else the action needs (the fingerprint it was opened on),
 * the fields (re-mounted after each answer), then the way back and the submit button.
 */
export function PartForm<T>({
  form,
  refs,
  hidden,
  saved,
  submit,
  onCancel,
  className,
  fieldsClassName,
  children,
}: {
  form: FormHandle<T>;
  refs: MeetingRefs;
  hidden: Record<string, string | undefined>;
  saved?: string;
  submit: ReactNode;
  onCancel?: () => void;
  className: string;
  fieldsClassName?: string;
  children: ReactNode;
}) {
  const t = useTranslations("meetings.form");
  return (
    <form action={form.action} noValidate className={className}>
      <FormFeedback state={form.state} saved={saved} />
      <HiddenFields values={{ groupId: refs.groupId, meetingId: refs.meetingId, ...hidden }} />
      <div key={form.key} className={fieldsClassName}>
        {children}
      </div>
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        {onCancel ? (
          <Button variant="secondary" size="sm" onClick={onCancel}>
            {t("cancel")}
          </Button>
        ) : null}
        <SubmitButton pending={form.pending} busy={t("saving")} size="sm">
          {submit}
        </SubmitButton>
      </div>
    </form>
  );
}
