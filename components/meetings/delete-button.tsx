"use client";

import { Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useForm, useMessage } from "@/components/forms/use-form";
import { Button } from "@/components/ui/button";
import type { FormAction } from "@/lib/forms/state";
import type { MeetingRefs } from "@/lib/meetings/types";

/** Deletes after a second, explicit confirmation; focus moves to the confirmation and back. */
export function DeleteButton({
  action,
  refs,
  describedBy,
  onConfirm,
}: {
  action: FormAction<{ itemId: string }>;
  refs: MeetingRefs & { itemId: string };
  /** The id of the element naming the item, so the buttons say which item they are for. */
  describedBy: string;
  onConfirm?: () => void;
}) {
  const t = useTranslations("meetings.list");
  const [confirming, setConfirming] = useState(false);
  const form = useForm(action);
  const message = useMessage();
  const confirm = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (confirming) confirm.current?.focus();
    else if (wasConfirming.current) start.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  if (!confirming)
    return (
      <Button
        ref={start}
        variant="ghost"
        size="sm"
        aria-describedby={describedBy}
        onClick={() => setConfirming(true)}
      >
        <Trash2 aria-hidden className="size-4" />
        {t("delete")}
      </Button>
    );
  return (
    <form
      action={form.action}
      onSubmit={onConfirm}
      className="flex flex-wrap items-center justify-end gap-2 rounded-md bg-bad-soft px-2 py-1"
    >
      <input type="hidden" name="groupId" value={refs.groupId} />
      <input type="hidden" name="meetingId" value={refs.meetingId} />
      <input type="hidden" name="itemId" value={refs.itemId} />
      <span className="text-sm font-medium text-bad">{t("confirmDelete")}</span>
      <Button
        ref={confirm}
        type="submit"
        variant="danger"
        size="sm"
        disabled={form.pending}
        aria-describedby={describedBy}
      >
        {form.pending ? t("deleting") : t("deleteConfirmed")}
      </Button>
      <Button variant="secondary" size="sm" onClick={() => setConfirming(false)}>
        {t("cancel")}
      </Button>
      {form.state.status === "error" ? (
        <p role="alert" className="basis-full text-right text-sm text-bad">
          {message(form.state.message)}
        </p>
      ) : null}
    </form>
  );
}
