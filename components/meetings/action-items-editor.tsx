"use client";

import { Pencil } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { useAppLocale } from "@/lib/i18n/client";
import { pickLocalized } from "@/lib/i18n/localized";
import { deleteActionItemAction } from "@/lib/meetings/items/form-actions";
import type { MemberOption, ProjectOption } from "@/lib/meetings/queries";
import { ActionItemForm } from "./action-item-form";
import { type ActionItemEntry, ActionItemView } from "./action-item-view";
import { AddDisclosure } from "./add-disclosure";
import { DeleteButton } from "./delete-button";

/** The meeting's action items as coordinators keep them: add, edit, delete (and mark done). */
export function ActionItemsEditor({
  items,
  bases,
  refs,
  members,
  projects,
  groupPath,
}: {
  items: ActionItemEntry[];
  bases: Record<string, string>;
  refs: { groupId: string; meetingId: string };
  members: MemberOption[];
  projects: ProjectOption[];
  groupPath: string;
}) {
  const t = useTranslations("meetings");
  const locale = useAppLocale();
  const [editing, setEditing] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const removing = useRef<{ id: string; title: string } | null>(null);
  useEffect(() => {
    const gone = removing.current;
    if (!gone || items.some((item) => item.id === gone.id)) return;
    removing.current = null;
    setAnnouncement(t("list.deleted", { title: gone.title }));
    document.getElementById("action-items-heading")?.focus();
  });
  const close = (id: string) => {
    setEditing(null);
    requestAnimationFrame(() => document.getElementById(`action-item-${id}-edit`)?.focus());
  };
  return (
    <div className="space-y-4">
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {items.length ? (
        <ul className="space-y-2">
          {items.map((item) => (
            <li key={item.id} className="rounded-md border border-line bg-surface p-3">
              <ActionItemView item={item} groupPath={groupPath} locale={locale} />
              <div className="mt-2 flex flex-wrap justify-end gap-1 border-t border-line pt-2">
                <Button
                  id={`action-item-${item.id}-edit`}
                  variant="ghost"
                  size="sm"
                  aria-expanded={editing === item.id}
                  aria-describedby={`action-item-${item.id}`}
                  onClick={() => (editing === item.id ? close(item.id) : setEditing(item.id))}
                >
                  <Pencil aria-hidden className="size-4" />
                  {t("list.edit")}
                </Button>
                <DeleteButton
                  action={deleteActionItemAction}
                  refs={{ ...refs, itemId: item.id }}
                  describedBy={`action-item-${item.id}`}
                  onConfirm={() => {
                    removing.current = {
                      id: item.id,
                      title: pickLocalized(item.text, locale)?.text ?? "",
                    };
                  }}
                />
              </div>
              {editing === item.id ? (
                <div className="mt-3 border-t border-line pt-3">
                  <ActionItemForm
                    refs={refs}
                    item={item}
                    base={bases[item.id]}
                    members={members}
                    projects={projects}
                    onSaved={() => close(item.id)}
                    onCancel={() => close(item.id)}
                  />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-muted">{t("actionItems.empty")}</p>
      )}
      <AddDisclosure label={t("actionItems.add")}>
        {() => <ActionItemForm refs={refs} members={members} projects={projects} />}
      </AddDisclosure>
    </div>
  );
}
