"use client";

import { useTranslations } from "next-intl";
import { useAppLocale } from "@/lib/i18n/client";
import { pickLocalized } from "@/lib/i18n/localized";
import { deleteDecisionAction, reorderDecisionsAction } from "@/lib/meetings/items/form-actions";
import type { DecisionEntry, ProjectOption } from "@/lib/meetings/queries";
import { AddDisclosure } from "./add-disclosure";
import { DecisionForm } from "./decision-form";
import { DecisionView } from "./decision-view";
import { SortableList } from "./sortable-list";

const short = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

/** The decisions as coordinators record them: add, edit, delete and move. */
export function DecisionsEditor({
  items,
  bases,
  refs,
  projects,
  groupPath,
}: {
  items: DecisionEntry[];
  bases: Record<string, string>;
  refs: { groupId: string; meetingId: string };
  projects: ProjectOption[];
  groupPath: string;
}) {
  const t = useTranslations("meetings.decisions");
  const locale = useAppLocale();
  return (
    <div className="space-y-4">
      <SortableList
        name="decision"
        items={items}
        label={t("heading")}
        empty={t("empty")}
        refs={refs}
        nameOf={(item) => short(pickLocalized(item.text, locale)?.text ?? "")}
        renderItem={(item) => <DecisionView item={item} groupPath={groupPath} locale={locale} />}
        renderEditor={(item, close) => (
          <DecisionForm
            refs={refs}
            item={item}
            base={bases[item.id]}
            projects={projects}
            onSaved={close}
            onCancel={close}
          />
        )}
        reorder={reorderDecisionsAction}
        remove={deleteDecisionAction}
        afterRemoveId="decisions-heading"
      />
      <AddDisclosure label={t("add")}>
        {() => <DecisionForm refs={refs} projects={projects} />}
      </AddDisclosure>
    </div>
  );
}
