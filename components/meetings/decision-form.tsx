"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { addDecisionAction, updateDecisionAction } from "@/lib/meetings/items/form-actions";
import type { DecisionEntry, ProjectOption } from "@/lib/meetings/queries";
import { MEETING_LIMITS } from "@/lib/meetings/rules";
import { FormStatus, RecordFields, useMeetingForm } from "./form-kit";
import { LanguageFields } from "./language-fields";
import { ProjectSelect } from "./project-choices";

/** A new decision, or an existing one edited in place: texts side by side, optional project. */
export function DecisionForm({
  refs,
  item,
  base,
  projects,
  onSaved,
  onCancel,
}: {
  refs: { groupId: string; meetingId: string };
  item?: DecisionEntry;
  base?: string;
  projects: ProjectOption[];
  onSaved?: () => void;
  onCancel?: () => void;
}) {
  const t = useTranslations("meetings");
  const form = useMeetingForm(item ? updateDecisionAction : addDecisionAction, onSaved);
  const initial: Record<string, string | null | undefined> = {
    textNb: item?.text.nb,
    textRu: item?.text.ru,
    textEn: item?.text.en,
    projectId: item?.project?.id,
  };
  const value = (field: string) => form.value(field, initial[field]);
  return (
    <form action={form.formAction} noValidate className="space-y-3">
      <FormStatus state={form.state} saved={item ? undefined : t("decisions.added")} />
      <RecordFields {...refs} itemId={item?.id} base={base} />
      <div key={form.formKey} className="space-y-4">
        <LanguageFields
          prefix="text"
          legend={t("decisions.textLegend")}
          value={value}
          errors={form.errors}
          maxLength={MEETING_LIMITS.decision}
          rows={3}
        />
        <div className="sm:w-1/2">
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
          {form.pending ? t("form.saving") : item ? t("form.save") : t("decisions.addSubmit")}
        </Button>
      </div>
    </form>
  );
}
