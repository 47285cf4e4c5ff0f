"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { addActionItemAction, updateActionItemAction } from "@/lib/meetings/items/form-actions";
import type { MeetingActionItem, MemberOption, ProjectOption } from "@/lib/meetings/queries";
import { MEETING_LIMITS } from "@/lib/meetings/rules";
import { FormStatus, RecordFields, useMeetingForm } from "./form-kit";
import { LanguageFields } from "./language-fields";
import { OwnerSelect, ProjectSelect } from "./project-choices";

/** A new action item of the meeting, or an existing one edited in place. */
export function ActionItemForm({
  refs,
  item,
  base,
  members,
  projects,
  onSaved,
  onCancel,
}: {
  refs: { groupId: string; meetingId: string };
  item?: MeetingActionItem;
  base?: string;
  members: MemberOption[];
  projects: ProjectOption[];
  onSaved?: () => void;
  onCancel?: () => void;
}) {
  const t = useTranslations("meetings");
  const form = useMeetingForm(item ? updateActionItemAction : addActionItemAction, onSaved);
  const initial: Record<string, string | null | undefined> = {
    textNb: item?.text.nb,
    textRu: item?.text.ru,
    textEn: item?.text.en,
    ownerId: item?.ownerId,
    dueOn: item?.dueOn,
    projectId: item?.project?.id,
  };
  const value = (field: string) => form.value(field, initial[field]);
  return (
    <form action={form.formAction} noValidate className="space-y-3">
      <FormStatus state={form.state} saved={item ? undefined : t("actionItems.added")} />
      <RecordFields {...refs} itemId={item?.id} base={base} />
      <div key={form.formKey} className="space-y-4">
        <LanguageFields
          prefix="text"
          legend={t("actionItems.textLegend")}
          value={value}
          errors={form.errors}
          maxLength={MEETING_LIMITS.actionText}
          rows={2}
        />
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
          <OwnerSelect
            members={members}
            initial={value("ownerId")}
            current={item ? { id: item.ownerId, name: item.ownerName } : undefined}
            errors={form.errors("ownerId")}
          />
          <Field label={t("form.dueOn")} errors={form.errors("dueOn")}>
            <Input name="dueOn" type="date" defaultValue={value("dueOn")} />
          </Field>
          <ProjectSelect
            projects={projects}
            initial={value("projectId")}
            errors={form.errors("projectId")}
          />
        </div>
      </div>
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        {onCancel ? (
          <Button variant="secondary" size="sm" onClick={onCancel}>
            {t("form.cancel")}
          </Button>
        ) : null}
        <Button type="submit" size="sm" disabled={form.pending}>
          {form.pending ? t("form.saving") : item ? t("form.save") : t("actionItems.addSubmit")}
        </Button>
      </div>
    </form>
  );
}
