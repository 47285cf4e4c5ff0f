import { Clock } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { formatDay } from "@/components/projects/format";
import { DataTable, shownFrom } from "@/components/ui/data-table";
import { LocalizedText } from "@/components/ui/localized-text";
import type { ActionItemRow } from "@/lib/action-items/types";
import type { Locale } from "@/lib/i18n/locales";
import { localizedField, pickLocalized } from "@/lib/i18n/localized";
import { ActionItemToggle } from "./action-item-toggle";
import { DoneState } from "./done-state";

export type ActionItemTableRow = ActionItemRow & { canComplete: boolean };

interface Props {
  rows: ActionItemTableRow[];
  /** The group's base path, /g/[group]. */
  groupPath: string;
  locale: Locale;
}

/** The due date, with "overdue" as icon and word (never colour alone). */
function DueDate({ row, prefixed = false }: { row: ActionItemRow; prefixed?: boolean }) {
  const t = useTranslations("actionItems");
  const format = useFormatter();
  if (!row.dueOn) return <span className="text-muted">{t("noDueDate")}</span>;
  const date = formatDay(format, row.dueOn);
  if (!row.overdue) return <span>{prefixed ? t("due", { date }) : date}</span>;
  return (
    <span className="inline-flex flex-wrap items-center gap-x-1 font-medium text-bad">
      <Clock aria-hidden className="size-3.5 shrink-0" />
      <span>{prefixed ? t("due", { date }) : date}</span>
      <span>{t("overdue")}</span>
    </span>
  );
}

function ProjectLink({ row, groupPath }: { row: ActionItemRow; groupPath: string }) {
  if (!row.projectCode) return null;
  return (
    <Link
      href={`${groupPath}/projects/${encodeURIComponent(row.projectCode)}`}
      className="font-mono text-xs text-accent-strong hover:underline"
    >
      {row.projectCode}
    </Link>
  );
}

function Status({ row }: { row: ActionItemTableRow }) {
  const format = useFormatter();
  const done = row.doneAt !== null;
  return (
    <div className="space-y-1.5">
      <DoneState done={done} />
      {row.doneAt ? (
        <p className="text-xs text-muted">
          {format.dateTime(row.doneAt, { dateStyle: "medium" })}
          {row.doneByName ? <span className="block">{row.doneByName}</span> : null}
        </p>
      ) : null}
      {row.canComplete ? (
        <ActionItemToggle
          key={`${row.id}:${done}`}
          actionItemId={row.id}
          done={done}
          describedBy={`action-item-${row.id}`}
        />
      ) : null}
    </div>
  );
}

/** A dense table that folds its secondary columns into the first one on narrow screens. */
export function ActionItemTable({ rows, groupPath, locale }: Props) {
  const t = useTranslations();
  return (
    <DataTable
      caption={t("actionItems.caption")}
      columns={[
        { key: "item", label: t("actionItems.columns.item") },
        { key: "owner", label: t("actionItems.columns.owner"), from: "md" },
        { key: "due", label: t("actionItems.columns.due"), from: "sm" },
        { key: "project", label: t("projectList.title"), from: "lg" },
        { key: "meeting", label: t("actionItems.columns.meeting"), from: "lg" },
        { key: "status", label: t("fields.status") },
      ]}
    >
      {rows.map((row) => {
        const text = pickLocalized(localizedField(row, "text"), locale);
        const projectTitle = pickLocalized(localizedField(row, "projectTitle"), locale);
        const city = pickLocalized(localizedField(row, "meetingCity"), locale)?.text ?? "";
        return (
          <tr key={row.id} className="hover:bg-canvas/60">
            <td className="[overflow-wrap:anywhere] sm:min-w-64">
              <p id={`action-item-${row.id}`}>
                <LocalizedText value={text} />
              </p>
              <div className="mt-0.5 flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-muted">
                <span className="md:hidden">{row.ownerName}</span>
                <span className="sm:hidden">
                  <DueDate row={row} prefixed />
                </span>
                <span className="lg:hidden">
                  <ProjectLink row={row} groupPath={groupPath} />
                </span>
                {row.meetingNumber !== null ? (
                  <span className="lg:hidden">
                    {t("actionItems.meetingShort", { number: row.meetingNumber })}
                  </span>
                ) : null}
              </div>
            </td>
            <td className={shownFrom("md")}>
              <div>{row.ownerName}</div>
              <div className="text-xs text-muted">{t(`sides.${row.ownerDelegation}`)}</div>
            </td>
            <td className={shownFrom("sm", "whitespace-nowrap")}>
              <DueDate row={row} />
            </td>
            <td className={shownFrom("lg")}>
              {row.projectCode ? (
                <>
                  <ProjectLink row={row} groupPath={groupPath} />
                  <div className="text-xs text-muted">
                    <LocalizedText value={projectTitle} />
                  </div>
                </>
              ) : (
                <span className="text-muted">–</span>
              )}
            </td>
            <td className={shownFrom("lg", "whitespace-nowrap")}>
              {row.meetingNumber !== null
                ? t("actionItems.meeting", { number: row.meetingNumber, city })
                : "–"}
            </td>
            <td>
              <Status row={row} />
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
