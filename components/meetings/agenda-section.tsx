import { useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import type { AgendaEntry, ProjectOption } from "@/lib/meetings/queries";
import { agendaItemBase } from "@/lib/meetings/writes";
import { AgendaEditor } from "./agenda-editor";
import { AgendaItemView } from "./agenda-item-view";
import { MeetingSection } from "./section";

/** The agenda: read by everyone, worked on by coordinators until the meeting is closed. */
export function AgendaSection({
  items,
  editor,
  groupPath,
  locale,
}: {
  items: AgendaEntry[];
  editor: { refs: { groupId: string; meetingId: string }; projects: ProjectOption[] } | null;
  groupPath: string;
  locale: Locale;
}) {
  const t = useTranslations("meetings.agenda");
  return (
    <MeetingSection
      id="agenda"
      title={t("heading")}
      aside={<span className="text-sm text-muted">{t("count", { count: items.length })}</span>}
    >
      {editor ? (
        <AgendaEditor
          items={items}
          bases={Object.fromEntries(
            items.map((item) => [
              item.id,
              agendaItemBase(
                item.title,
                item.projects.map((p) => p.id),
              ),
            ]),
          )}
          refs={editor.refs}
          projects={editor.projects}
          groupPath={groupPath}
        />
      ) : items.length ? (
        <ol aria-label={t("heading")} className="divide-y divide-line">
          {items.map((item) => (
            <li key={item.id} className="flex gap-3 py-2.5 first:pt-0 last:pb-0">
              <span className="w-6 shrink-0 text-right font-semibold tabular-nums text-muted">
                {item.position}.
              </span>
              <div className="min-w-0 flex-1 [overflow-wrap:anywhere]">
                <AgendaItemView item={item} groupPath={groupPath} locale={locale} />
              </div>
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-muted">{t("empty")}</p>
      )}
    </MeetingSection>
  );
}
