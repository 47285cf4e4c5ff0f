import { CircleCheck, CircleDashed, Clock, FolderOpen } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { ActionItemToggle } from "@/components/action-items/action-item-toggle";
import { formatDay } from "@/components/projects/format";
import { LocalizedText } from "@/components/ui/localized-text";
import type { Locale } from "@/lib/i18n/locales";
import { pickLocalized } from "@/lib/i18n/localized";
import type { ActionItemEntry, AgendaEntry, DecisionEntry } from "@/lib/meetings/types";
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

/** An agenda item: its title and the projects it is about. */
export function AgendaItemView({ item, nameId, groupPath, locale }: ItemViewProps<AgendaEntry>) {
  const t = useTranslations("meetings.agenda");
  return (
    <>
      <p id={nameId} className="font-medium">
        <LocalizedText value={pickLocalized(item.title, locale)} />
      </p>
      <LinkedProjects
        projects={item.projects}
        groupPath={groupPath}
        locale={locale}
        label={t("projectsOf", { position: item.position })}
      />
    </>
  );
}

/** A decision: its text (line breaks kept) and the project it concerns. */
export function DecisionView({ item, nameId, groupPath, locale }: ItemViewProps<DecisionEntry>) {
  const t = useTranslations("meetings.decisions");
  return (
    <>
      <p id={nameId} className="whitespace-pre-line">
        <LocalizedText value={pickLocalized(item.text, locale)} />
      </p>
      <LinkedProjects
        projects={item.project ? [item.project] : []}
        groupPath={groupPath}
        locale={locale}
        label={t("projectOf", { position: item.position })}
      />
    </>
  );
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
        <p className="inline-flex items-center gap-1 whitespace-nowrap text-sm">
          {done ? (
            <CircleCheck aria-hidden className="size-4 shrink-0 text-ok" />
          ) : (
            <CircleDashed aria-hidden className="size-4 shrink-0 text-muted" />
          )}
          {a(done ? "done" : "open")}
          {item.doneAt ? (
            <span className="text-muted">
              {" · "}
              {format.dateTime(new Date(item.doneAt), { dateStyle: "medium" })}
            </span>
          ) : null}
        </p>
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
