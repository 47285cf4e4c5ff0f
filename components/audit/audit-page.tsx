import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { type AuditFilters, auditFiltersToQuery } from "@/lib/audit/input";
import { AUDIT_PAGE_SIZE } from "@/lib/audit/rules";
import type { AuditActor, AuditRow } from "@/lib/audit/types";
import { AuditFiltersForm } from "./audit-filters";
import { AuditTable } from "./audit-table";

/** The audit log for one group or the whole installation: filters, events, pages. */
export async function AuditPage({
  title,
  basePath,
  filters,
  rows,
  total,
  actors,
  showProject,
}: {
  title: string;
  basePath: string;
  filters: AuditFilters;
  rows: AuditRow[];
  total: number;
  actors: AuditActor[];
  showProject: boolean;
}) {
  const t = await getTranslations("auditLog");
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  return (
    <div className="space-y-4">
      <PageHeader title={title} description={t("count", { count: total })} />
      <AuditFiltersForm
        filters={filters}
        actors={actors}
        action={basePath}
        showProject={showProject}
      />
      {rows.length ? (
        <AuditTable rows={rows} groupPath={(slug) => `/g/${slug}`} />
      ) : (
        <EmptyState>{t("empty")}</EmptyState>
      )}
      {pages > 1 ? (
        <nav aria-label={t("pages")} className="flex items-center justify-between text-sm">
          <span className="text-muted">{t("page", { page: filters.page, pages })}</span>
          <span className="flex gap-3">
            {filters.page > 1 ? (
              <Link
                className="underline"
                href={`${basePath}${auditFiltersToQuery(filters, filters.page - 1)}`}
              >
                {t("newer")}
              </Link>
            ) : null}
            {filters.page < pages ? (
              <Link
                className="underline"
                href={`${basePath}${auditFiltersToQuery(filters, filters.page + 1)}`}
              >
                {t("older")}
              </Link>
            ) : null}
          </span>
        </nav>
      ) : null}
    </div>
  );
}
