import { ArrowDown, ArrowUp, Clock, Hourglass } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { LocalizedText } from "@/components/ui/localized-text";
import type { Locale } from "@/lib/i18n/locales";
import { localizedField, pickLocalized } from "@/lib/i18n/localized";
import { filtersToQuery, type ProjectFilters, type SortKey } from "@/lib/projects/filters";
import type { ProjectRow } from "@/lib/projects/list";
import { HealthBadge, ProgressBar, StatusBadge } from "./badges";

interface Props {
  rows: ProjectRow[];
  /** The list's filters, for sortable column headers; without them the headers are plain. */
  filters?: ProjectFilters;
  basePath: string;
  locale: Locale;
  caption?: string;
}

function SortHeader({
  label,
  sortKey,
  filters,
  basePath,
  className,
}: {
  label: string;
  sortKey: SortKey;
  filters?: ProjectFilters;
  basePath: string;
  className?: string;
}) {
  if (!filters) {
    return (
      <th scope="col" className={className}>
        {label}
      </th>
    );
  }
  const active = filters.sort === sortKey;
  const dir = active && filters.dir === "asc" ? "desc" : "asc";
  const Icon = filters.dir === "asc" ? ArrowUp : ArrowDown;
  return (
    <th
      scope="col"
      aria-sort={active ? (filters.dir === "asc" ? "ascending" : "descending") : undefined}
      className={className}
    >
      <Link
        href={`${basePath}${filtersToQuery({ ...filters, sort: sortKey, dir, page: 1 })}`}
        className="inline-flex items-center gap-1 hover:text-accent"
      >
        {label}
        {active ? <Icon aria-hidden className="size-3.5" /> : null}
      </Link>
    </th>
  );
}

export function ProjectTable({ rows, filters, basePath, locale, caption }: Props) {
  const t = useTranslations();
  const format = useFormatter();
  const header = { filters, basePath };
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{caption ?? t("projectList.caption")}</caption>
        <thead className="border-b border-line bg-canvas text-left text-xs font-semibold uppercase tracking-wide text-muted [&_th]:px-3 [&_th]:py-2">
          <tr>
            <SortHeader
              label={t("fields.code")}
              sortKey="code"
              {...header}
              className="hidden sm:table-cell"
            />
            <SortHeader label={t("projectList.title")} sortKey="title" {...header} />
            <SortHeader
              label={t("fields.status")}
              sortKey="status"
              {...header}
              className="hidden sm:table-cell"
            />
            <SortHeader
              label={t("fields.health")}
              sortKey="health"
              {...header}
              className="hidden sm:table-cell"
            />
            <SortHeader
              label={t("fields.progress")}
              sortKey="progress"
              {...header}
              className="hidden sm:table-cell"
            />
            <th scope="col" className="hidden lg:table-cell">
              {t("projectList.contacts")}
            </th>
            <SortHeader
              label={t("fields.lastUpdate")}
              sortKey="updated"
              {...header}
              className="hidden md:table-cell"
            />
          </tr>
        </thead>
        <tbody className="divide-y divide-line [&_td]:px-3 [&_td]:py-2 [&_td]:align-top">
          {rows.map((row) => {
            const title = pickLocalized(localizedField(row, "title"), locale);
            const area = { nb: row.areaNb, ru: row.areaRu, en: row.areaEn }[locale];
            const href = `${basePath}/${encodeURIComponent(row.code)}`;
            return (
              <tr key={row.id} className="hover:bg-canvas/60">
                <td className="hidden whitespace-nowrap font-mono text-xs sm:table-cell">
                  <Link href={href} className="text-accent-strong hover:underline">
                    {row.code}
                  </Link>
                </td>
                <td className="sm:min-w-56">
                  <span className="block font-mono text-xs text-muted sm:hidden">{row.code}</span>
                  <Link
                    href={href}
                    className="font-medium text-ink hover:text-accent hover:underline"
                  >
                    <LocalizedText value={title} />
                  </Link>
                  <div className="mt-0.5 flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-muted">
                    <span>{area}</span>
                    {row.archived ? (
                      <span className="font-medium">{t("fields.archived")}</span>
                    ) : null}
                    {row.overdue ? (
                      <span className="inline-flex items-center gap-1 font-medium text-bad">
                        <Clock aria-hidden className="size-3" />
                        {t("projectList.overdue")}
                      </span>
                    ) : null}
                    {row.stale ? (
                      <span className="font-medium text-warn">{t("projectList.stale")}</span>
                    ) : null}
                    {row.awaitingConfirmationFrom ? (
                      <span className="inline-flex items-center gap-1">
                        <Hourglass aria-hidden className="size-3" />
                        {t("projectList.awaiting", { side: row.awaitingConfirmationFrom })}
                      </span>
                    ) : null}
                    <span className="flex w-full flex-wrap items-center gap-x-3 gap-y-1 pt-1 sm:hidden">
                      <StatusBadge status={row.status} />
                      <HealthBadge health={row.health} />
                      <ProgressBar value={row.progress} label={t("fields.progress")} />
                    </span>
                    <span className="lg:hidden">
                      {[row.contactNoName, row.contactRuName].filter(Boolean).join(" · ")}
                    </span>
                  </div>
                </td>
                <td className="hidden sm:table-cell">
                  <StatusBadge status={row.status} />
                </td>
                <td className="hidden sm:table-cell">
                  <HealthBadge health={row.health} />
                </td>
                <td className="hidden sm:table-cell">
                  <ProgressBar value={row.progress} label={t("fields.progress")} />
                </td>
                <td className="hidden whitespace-nowrap lg:table-cell">
                  <div>{row.contactNoName ?? "–"}</div>
                  <div>{row.contactRuName ?? "–"}</div>
                </td>
                <td className="hidden whitespace-nowrap md:table-cell">
                  {row.lastUpdateAt
                    ? format.dateTime(row.lastUpdateAt, { dateStyle: "medium" })
                    : t("projectList.never")}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
