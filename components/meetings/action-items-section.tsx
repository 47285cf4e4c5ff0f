import { useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import type { MemberOption, ProjectOption } from "@/lib/meetings/queries";
import { actionItemBase } from "@/lib/meetings/writes";
import { type ActionItemEntry, ActionItemView } from "./action-item-view";
import { ActionItemsEditor } from "./action-items-editor";
import { MeetingSection } from "./section";

/** What the meeting asked of whom, by when; owners mark their items done here too. */
export function ActionItemsSection({
  items,
  editor,
  groupPath,
  locale,
}: {
  items: ActionItemEntry[];
  editor: {
    refs: { groupId: string; meetingId: string };
    members: MemberOption[];
    projects: ProjectOption[];
  } | null;
  groupPath: string;
  locale: Locale;
}) {
  const t = useTranslations("meetings.actionItems");
  const open = items.filter((item) => !item.doneAt).length;
  return (
    <MeetingSection
      id="action-items"
      title={t("heading")}
      aside={
        <span className="text-sm text-muted">{t("count", { count: items.length, open })}</span>
      }
    >
      {editor ? (
        <ActionItemsEditor
          items={items}
          bases={Object.fromEntries(
            items.map((item) => [
              item.id,
              actionItemBase({
                text: item.text,
                ownerId: item.ownerId,
                dueOn: item.dueOn,
                projectId: item.project?.id ?? null,
              }),
            ]),
          )}
          refs={editor.refs}
          members={editor.members}
          projects={editor.projects}
          groupPath={groupPath}
        />
      ) : items.length ? (
        <ul className="space-y-2">
          {items.map((item) => (
            <li key={item.id} className="rounded-md border border-line p-3">
              <ActionItemView item={item} groupPath={groupPath} locale={locale} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-muted">{t("empty")}</p>
      )}
    </MeetingSection>
  );
}
