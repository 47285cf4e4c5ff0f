"use client";

import { useTranslations } from "next-intl";
import { useForm } from "@/components/forms/use-form";
import type {
  MeetingEditorOptions,
  MeetingItemKind,
  MeetingItems,
  MeetingRefs,
} from "@/lib/meetings/types";
import { PartForm } from "../part-form";
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
    <PartForm
      form={form}
      refs={refs}
      hidden={{ itemId: item?.id, base: item ? form.base : undefined }}
      saved={item ? undefined : t(`${texts}.added`)}
      submit={item ? t("form.save") : t(`${texts}.addSubmit`)}
      onCancel={onCancel}
      className="space-y-3"
      fieldsClassName="space-y-4"
    >
      <Fields form={form} item={item} options={options} />
    </PartForm>
  );
}
