"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { addAgendaItemAction, updateAgendaItemAction } from "@/lib/meetings/items/form-actions";
import type { AgendaEntry, ProjectOption } from "@/lib/meetings/queries";
import { MEETING_LIMITS } from "@/lib/meetings/rules";
import { FormStatus, RecordFields, useMeetingForm } from "./form-kit";
import { LanguageFields } from "./language-fields";
import { ProjectPicker } from "./project-choices";

/** A new agenda item, or an existing one edited in place: titles side by side, linked projects. */
export function AgendaItemForm({
  refs,
  item,
  base,
  projects,
  onSaved,
  onCancel,
}: {
  refs: { groupId: string; meetingId: string };
  item?: AgendaEntry;
  base?: string;
  projects: ProjectOption[];
  onSaved?: () => void;
  onCancel?: () => void;
}) {
  const t = useTranslations("meetings");
  const form = useMeetingForm(item ? updateAgendaItemAction : addAgendaItemAction, onSaved);
  const initial: Record<string, string | null | undefined> = {
    titleNb: item?.title.nb,
    titleRu: item?.title.ru,
    titleEn: item?.title.en,
  };
  return (
    <form action={form.formAction} noValidate className="space-y-3">
      <FormStatus state={form.state} saved={item ? undefined : t("agenda.added")} />
      <RecordFields {...refs} itemId={item?.id} base={base} />
      <div key={form.formKey} className="space-y-4">
        <LanguageFields
          prefix="title"
          legend={t("agenda.titleLegend")}
          value={(field) => form.value(field, initial[field])}
          errors={form.errors}
          maxLength={MEETING_LIMITS.title}
        />
        <ProjectPicker
          projects={projects}
          initial={form.values(
            "projectIds",
            item?.projects.map((p) => p.id),
          )}
          errors={form.errors("projectIds")}
        />
      </div>
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        {onCancel ? (
          <Button variant="secondary" size="sm" onClick={onCancel}>
            {t("form.cancel")}
          </Button>
        ) : null}
        <Button type="submit" size="sm" disabled={form.pending}>
          {form.pending ? t("form.saving") : item ? t("form.save") : t("agenda.addSubmit")}
        </Button>
      </div>
    </form>
  );
}
