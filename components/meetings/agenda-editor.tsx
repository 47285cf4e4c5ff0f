"use client";

import { useTranslations } from "next-intl";
import { useAppLocale } from "@/lib/i18n/client";
import { pickLocalized } from "@/lib/i18n/localized";
import { deleteAgendaItemAction, reorderAgendaAction } from "@/lib/meetings/items/form-actions";
import type { AgendaEntry, ProjectOption } from "@/lib/meetings/queries";
import { AddDisclosure } from "./add-disclosure";
import { AgendaItemForm } from "./agenda-item-form";
import { AgendaItemView } from "./agenda-item-view";
import { SortableList } from "./sortable-list";

/** The agenda as coordinators work on it: add, edit, delete and move items. */
export function AgendaEditor({
  items,
  bases,
  refs,
  projects,
  groupPath,
}: {
  items: AgendaEntry[];
  /** Each item's fingerprint, by id (see lib/meetings/writes.ts). */
  bases: Record<string, string>;
  refs: { groupId: string; meetingId: string };
  projects: ProjectOption[];
  groupPath: string;
}) {
  const t = useTranslations("meetings.agenda");
  const locale = useAppLocale();
  return (
    <div className="space-y-4">
      <SortableList
        name="agenda"
        items={items}
        label={t("heading")}
        empty={t("empty")}
        refs={refs}
        nameOf={(item) => pickLocalized(item.title, locale)?.text ?? ""}
        renderItem={(item) => <AgendaItemView item={item} groupPath={groupPath} locale={locale} />}
        renderEditor={(item, close) => (
          <AgendaItemForm
            refs={refs}
            item={item}
            base={bases[item.id]}
            projects={projects}
            onSaved={close}
            onCancel={close}
          />
        )}
        reorder={reorderAgendaAction}
        remove={deleteAgendaItemAction}
        afterRemoveId="agenda-heading"
      />
      <AddDisclosure label={t("add")}>
        {() => <AgendaItemForm refs={refs} projects={projects} />}
      </AddDisclosure>
    </div>
  );
}
