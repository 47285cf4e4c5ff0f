import { Clock, FolderOpen } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { ActionItemToggle } from "@/components/action-items/action-item-toggle";
import { DoneState } from "@/components/action-items/done-state";
import { formatDay } from "@/components/projects/format";
import { LocalizedText } from "@/components/ui/localized-text";
import type { Locale } from "@/lib/i18n/locales";
import { type LocalizedValues, pickLocalized } from "@/lib/i18n/localized";
import type {
  ActionItemEntry,
  AgendaEntry,
  DecisionEntry,
  LinkedProject,
} from "@/lib/meetings/types";
import { LinkedProjects } from "../linked-projects";

/**
 * How an item reads, for everyone. `nameId` goes on the element that names the item: the
 * editor's buttons point at it (aria-describedby), so each says which item it is for.
 */
export interface ItemViewProps<T> {
  item: T;
  nameId: string;
  groupPath: string;
  locale: Locale;
}

/** How an item that is a text and the projects it concerns reads (an agenda item, a decision). */
interface TextLook<T> {
  className: string;
  text: (item: T) => LocalizedValues;
  projects: (item: T) => LinkedProject[];
  label: "agenda.projectsOf" | "decisions.projectOf";
}

/** The item's text names it; its projects follow as links. */
function TextView<T extends { position: number }>({
  item,
  nameId,
  groupPath,
  locale,
  look,
}: ItemViewProps<T> & { look: TextLook<T> }) {
  const t = useTranslations("meetings");
  return (
    <>
      <p id={nameId} className={look.className}>
        <LocalizedText value={pickLocalized(look.text(item), locale)} />
      </p>
      <LinkedProjects
        projects={look.projects(item)}
        groupPath={groupPath}
        locale={locale}
        label={t(look.label, { position: item.position })}
      />
    </>
  );
}

const AGENDA_LOOK: TextLook<AgendaEntry> = {
  className: "font-medium",
  text: (item) => item.title,
  projects: (item) => item.projects,
  label: "agenda.projectsOf",
};

const DECISION_LOOK: TextLook<DecisionEntry> = {
  className: "whitespace-pre-line",
  text: (item) => item.text,
  projects: (item) => (item.project ? [item.project] : []),
  label: "decisions.projectOf",
};

/** An agenda item: its title and the projects it is about. */
export function AgendaItemView(props: ItemViewProps<AgendaEntry>) {
  return <TextView {...props} look={AGENDA_LOOK} />;
}

/** A decision: its text (line breaks kept) and the project it concerns. */
export function DecisionView(props: ItemViewProps<DecisionEntry>) {
  return <TextView {...props} look={DECISION_LOOK} />;
}

/** An action item: what, who, by when, for which project; done or open, as icon and word. */
export function ActionItemView({
  item,
  nameId,
  groupPath,
  locale,
}: ItemViewProps<ActionItemEntry>) {
  const t = useTranslations("meetings.actionItems");
  const a = useTranslations("actionItems");
  const sides = useTranslations("sides");
  const format = useFormatter();
  const done = item.doneAt !== null;
  return (
    <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
      <div className="min-w-0 space-y-1 [overflow-wrap:anywhere]">
        <p id={nameId} className="whitespace-pre-line">
          <LocalizedText value={pickLocalized(item.text, locale)} />
        </p>
        <p className="flex flex-wrap gap-x-3 gap-y-0.5 text-sm text-muted">
          <span>{t("owner", { name: item.ownerName, side: sides(item.ownerDelegation) })}</span>
          {item.dueOn ? (
            <span
              className={
                item.overdue ? "inline-flex items-center gap-1 font-medium text-bad" : undefined
              }
            >
              {item.overdue ? <Clock aria-hidden className="size-3.5 shrink-0" /> : null}
              {a("due", { date: formatDay(format, item.dueOn) })}
              {item.overdue ? ` · ${a("overdue")}` : null}
            </span>
          ) : (
            <span>{a("noDueDate")}</span>
          )}
          {item.project ? (
            <Link
              href={`${groupPath}/projects/${encodeURIComponent(item.project.code)}`}
              className="inline-flex items-center gap-1 text-accent-strong underline-offset-2 hover:underline"
            >
              <FolderOpen aria-hidden className="size-3.5 shrink-0" />
              <span className="font-mono text-xs">{item.project.code}</span>
            </Link>
          ) : null}
        </p>
      </div>
      <div className="flex shrink-0 flex-col items-start gap-1.5 sm:items-end">
        <DoneState done={done} className="text-sm">
          {item.doneAt ? (
            <span className="text-muted">
              {" · "}
              {format.dateTime(new Date(item.doneAt), { dateStyle: "medium" })}
            </span>
          ) : null}
        </DoneState>
        {item.canComplete ? (
          <ActionItemToggle
            key={`${item.id}:${done}`}
            actionItemId={item.id}
            done={done}
            describedBy={nameId}
          />
        ) : null}
      </div>
    </div>
  );
}
