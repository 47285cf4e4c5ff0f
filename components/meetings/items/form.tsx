"use client";

import { useTranslations } from "next-intl";
import { FormFeedback } from "@/components/forms/form-feedback";
import { SubmitButton } from "@/components/forms/submit";
import { useForm } from "@/components/forms/use-form";
import { Button } from "@/components/ui/button";
import type {
  MeetingEditorOptions,
  MeetingItemKind,
  MeetingItems,
  MeetingRefs,
} from "@/lib/meetings/types";
import { ITEM_KINDS } from "./kinds";

/**
 * A new meeting item, or an existing one edited in place: the kind's fields between the one
 * feedback and the one pair of buttons. An edit sends the fingerprint it was opened on.
 */
export function ItemForm<K extends MeetingItemKind>({
  kind,
  refs,
  item,
  base,
  options,
  onSaved,
  onCancel,
}: {
  kind: K;
  refs: MeetingRefs;
  item?: MeetingItems[K];
  base?: string;
  options: MeetingEditorOptions;
  onSaved?: () => void;
  onCancel?: () => void;
}) {
  const { texts, actions, Fields } = ITEM_KINDS[kind];
  const t = useTranslations("meetings");
  const form = useForm(item ? actions.update : actions.add, { base, onSuccess: onSaved });
  return (
    <form action={form.action} noValidate className="space-y-3">
      <FormFeedback state={form.state} saved={item ? undefined : t(`${texts}.added`)} />
      <input type="hidden" name="groupId" value={refs.groupId} />
      <input type="hidden" name="meetingId" value={refs.meetingId} />
      {item ? (
        <>
          <input type="hidden" name="itemId" value={item.id} />
          <input type="hidden" name="base" value={form.base} />
        </>
      ) : null}
      <div key={form.key} className="space-y-4">
        <Fields form={form} item={item} options={options} />
      </div>
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        {onCancel ? (
          <Button variant="secondary" size="sm" onClick={onCancel}>
            {t("form.cancel")}
          </Button>
        ) : null}
        <SubmitButton pending={form.pending} busy={t("form.saving")} size="sm">
          {item ? t("form.save") : t(`${texts}.addSubmit`)}
        </SubmitButton>
      </div>
    </form>
  );
}
