"use client";

import { useTranslations } from "next-intl";
import type { FormHandle } from "@/components/forms/use-form";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { MEETING_LIMITS } from "@/lib/meetings/rules";
import type {
  ActionItemEntry,
  AgendaEntry,
  DecisionEntry,
  MeetingEditorOptions,
} from "@/lib/meetings/types";
import { LanguageFields } from "../language-fields";
import { OwnerSelect, ProjectPicker, ProjectSelect } from "../project-choices";

/** One kind's fields inside the item form: a new item's when `item` is absent. */
export interface ItemFieldsProps<T> {
  form: Pick<FormHandle<unknown>, "value" | "values" | "errors">;
  item?: T;
  options: MeetingEditorOptions;
}

/** The one project a decision or an action item concerns, if any. */
function ConcernedProject({
  form,
  item,
  options,
}: ItemFieldsProps<DecisionEntry | ActionItemEntry>) {
  return (
    <ProjectSelect
      projects={options.projects}
      initial={form.value("projectId", item?.project?.id)}
      errors={form.errors("projectId")}
    />
  );
}

/** Titles side by side, and the projects the item is about. */
export function AgendaFields({ form, item, options }: ItemFieldsProps<AgendaEntry>) {
  const t = useTranslations("meetings.agenda");
  return (
    <>
      <LanguageFields
        form={form}
        prefix="title"
        legend={t("titleLegend")}
        initial={item?.title}
        maxLength={MEETING_LIMITS.title}
      />
      <ProjectPicker
        projects={options.projects}
        initial={form.values(
          "projectIds",
          item?.projects.map((p) => p.id),
        )}
        errors={form.errors("projectIds")}
      />
    </>
  );
}

/** Texts side by side, and the one project the decision concerns, if any. */
export function DecisionFields({ form, item, options }: ItemFieldsProps<DecisionEntry>) {
  const t = useTranslations("meetings.decisions");
  return (
    <>
      <LanguageFields
        form={form}
        prefix="text"
        legend={t("textLegend")}
        initial={item?.text}
        maxLength={MEETING_LIMITS.decision}
        rows={3}
      />
      <div className="sm:w-1/2">
        <ConcernedProject form={form} item={item} options={options} />
      </div>
    </>
  );
}

/** What is to be done, by whom (a coordinator or delegate), by when, for which project. */
export function ActionItemFields({ form, item, options }: ItemFieldsProps<ActionItemEntry>) {
  const t = useTranslations("meetings");
  return (
    <>
      <LanguageFields
        form={form}
        prefix="text"
        legend={t("actionItems.textLegend")}
        initial={item?.text}
        maxLength={MEETING_LIMITS.actionText}
        rows={2}
      />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <OwnerSelect
          members={options.members}
          initial={form.value("ownerId", item?.ownerId)}
          current={item ? { id: item.ownerId, name: item.ownerName } : undefined}
          errors={form.errors("ownerId")}
        />
        <Field label={t("form.dueOn")} errors={form.errors("dueOn")}>
          <Input name="dueOn" type="date" defaultValue={form.value("dueOn", item?.dueOn)} />
        </Field>
        <ConcernedProject form={form} item={item} options={options} />
      </div>
    </>
  );
}
