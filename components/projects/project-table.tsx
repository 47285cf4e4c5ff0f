import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { Icon } from "@/components/ui/icon";
import type { Locale } from "@/lib/i18n/locales";
import { localizedField, pickLocalized } from "@/lib/i18n/localized";
import { filtersToQuery, type ProjectFilters, type SortKey } from "@/lib/projects/list/input";
import type { ProjectRow } from "@/lib/projects/list/types";
import { DELEGATIONS, PROJECT_HEALTHS, PROJECT_STATUSES } from "@/lib/vocabulary";
import { type CompactRow, ProjectRows, type RowLabels } from "./project-rows";
import { ARCHIVED, OVERDUE, STALE } from "./row-flags";

interface Props {
  rows: ProjectRow[];
  /** The list's filters, for sortable column headers; without them the headers are plain. */
  filters?: ProjectFilters;
  basePath: string;
  locale: Locale;
  caption?: string;
  /** Added to each project's link: "?update=1" opens its update form (My projects). */
  linkQuery?: string;
}

function SortHeader({
  label,
  sortKey,
  filters,
  basePath,
}: {
  label: string;
  sortKey: SortKey;
  filters?: ProjectFilters;
  basePath: string;
}) {
  if (!filters) return <th scope="col">{label}</th>;
  const active = filters.sort === sortKey;
  const dir = active && filters.dir === "asc" ? "desc" : "asc";
  return (
    <th
      scope="col"
      aria-sort={active ? (filters.dir === "asc" ? "ascending" : "descending") : undefined}
    >
      <Link
        href={`${basePath}${filtersToQuery({ ...filters, sort: sortKey, dir, page: 1 })}`}
        className="inline-flex items-center gap-1 hover:text-accent"
      >
        {label}
        {active ? <Icon name={filters.dir === "asc" ? "arrow-up" : "arrow-down"} /> : null}
      </Link>
    </th>
  );
}

/**
 * Projects as a table: the header here, the rows in a client component that renders them from
 * compact data (project-rows.tsx), so that a page of 50 rows stays small.
 */
export function ProjectTable({ rows, filters, basePath, locale, caption, linkQuery }: Props) {
  const t = useTranslations();
  const format = useFormatter();
  const header = { filters, basePath };
  const areas: string[] = [];
  const areaIndex = new Map<string, number>();
  const compact = rows.map((row): CompactRow => {
    const title = pickLocalized(localizedField(row, "title"), locale);
    const area = { nb: row.areaNb, ru: row.areaRu, en: row.areaEn }[locale];
    let index = areaIndex.get(area);
    if (index === undefined) {
      index = areas.push(area) - 1;
      areaIndex.set(area, index);
    }
    return [
      row.code,
      title?.text ?? "",
      title?.fallback ? title.lang : "",
      index,
      row.status,
      row.health ?? 0,
      row.progress,
      (row.archived ? ARCHIVED : 0) | (row.overdue ? OVERDUE : 0) | (row.stale ? STALE : 0),
      row.awaitingConfirmationFrom ?? 0,
      row.contactNoName ?? "",
      row.contactRuName ?? "",
      row.lastUpdateAt ? format.dateTime(row.lastUpdateAt, { dateStyle: "medium" }) : "",
    ];
  });
  const labels: RowLabels = {
    status: Object.fromEntries(
      PROJECT_STATUSES.map((s) => [s, t(`status.${s}`)]),
    ) as RowLabels["status"],
    health: Object.fromEntries(
      PROJECT_HEALTHS.map((h) => [h, t(`health.${h}`)]),
    ) as RowLabels["health"],
    awaiting: Object.fromEntries(
      DELEGATIONS.map((side) => [side, t("projectList.awaiting", { side })]),
    ) as RowLabels["awaiting"],
    archived: t("fields.archived"),
    overdue: t("projectList.overdue"),
    stale: t("projectList.stale"),
    never: t("projectList.never"),
    progress: t("fields.progress"),
    missingTitle: t("content.missing"),
    translationMissing: t("content.translationMissing"),
  };
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="plist">
        <caption className="sr-only">{caption ?? t("projectList.caption")}</caption>
        <thead>
          <tr>
            <SortHeader label={t("fields.code")} sortKey="code" {...header} />
            <SortHeader label={t("projectList.title")} sortKey="title" {...header} />
            <SortHeader label={t("fields.status")} sortKey="status" {...header} />
            <SortHeader label={t("fields.health")} sortKey="health" {...header} />
            <SortHeader label={t("fields.progress")} sortKey="progress" {...header} />
            <th scope="col">{t("projectList.contacts")}</th>
            <SortHeader label={t("fields.lastUpdate")} sortKey="updated" {...header} />
          </tr>
        </thead>
        <ProjectRows
          rows={compact}
          areas={areas}
          labels={labels}
          basePath={basePath}
          linkQuery={linkQuery}
        />
      </table>
    </div>
  );
}
