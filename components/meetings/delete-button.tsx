"use client";

import { useTranslations } from "next-intl";
import { ConfirmDelete } from "@/components/forms/confirm-delete";
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
  return (
    <ConfirmDelete
      action={action}
      fields={{ groupId: refs.groupId, meetingId: refs.meetingId, itemId: refs.itemId }}
      describedBy={describedBy}
      labels={{
        open: t("delete"),
        question: t("confirmDelete"),
        confirm: t("deleteConfirmed"),
        busy: t("deleting"),
        cancel: t("cancel"),
      }}
      onConfirm={onConfirm}
      end
      className="py-1"
    />
  );
}
