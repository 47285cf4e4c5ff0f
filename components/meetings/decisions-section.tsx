import { useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import type { DecisionEntry, ProjectOption } from "@/lib/meetings/queries";
import { decisionBase } from "@/lib/meetings/writes";
import { DecisionView } from "./decision-view";
import { DecisionsEditor } from "./decisions-editor";
import { MeetingSection } from "./section";

/** The meeting's decisions, in order; coordinators record them until the meeting is closed. */
export function DecisionsSection({
  items,
  editor,
  groupPath,
  locale,
}: {
  items: DecisionEntry[];
  editor: { refs: { groupId: string; meetingId: string }; projects: ProjectOption[] } | null;
  groupPath: string;
  locale: Locale;
}) {
  const t = useTranslations("meetings.decisions");
  return (
    <MeetingSection
      id="decisions"
      title={t("heading")}
      aside={<span className="text-sm text-muted">{t("count", { count: items.length })}</span>}
    >
      {editor ? (
        <DecisionsEditor
          items={items}
          bases={Object.fromEntries(
            items.map((item) => [item.id, decisionBase(item.text, item.project?.id ?? null)]),
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
                <DecisionView item={item} groupPath={groupPath} locale={locale} />
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
