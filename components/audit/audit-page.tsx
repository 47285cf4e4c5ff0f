import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AUDIT_PAGE_SIZE, type AuditFilters, type AuditRow } from "@/lib/audit/queries";
import { AuditFiltersForm } from "./audit-filters";
import { AuditTable } from "./audit-table";

function query(filters: AuditFilters, page: number) {
  const params = new URLSearchParams();
  if (filters.actor) params.set("actor", filters.actor);
  if (filters.action) params.set("action", filters.action);
  if (filters.project) params.set("project", filters.project);
  if (page > 1) params.set("page", String(page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

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
  actors: { id: string; name: string }[];
  showProject: boolean;
}) {
  const t = await getTranslations("auditLog");
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  return (
    <div className="space-y-4">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
        <p className="text-muted">{t("count", { count: total })}</p>
      </header>
      <AuditFiltersForm
        filters={filters}
        actors={actors}
        action={basePath}
        showProject={showProject}
      />
      {rows.length ? (
        <AuditTable rows={rows} groupPath={(slug) => `/g/${slug}`} />
      ) : (
        <p className="rounded-lg border border-dashed border-line bg-surface p-6 text-center text-muted">
          {t("empty")}
        </p>
      )}
      {pages > 1 ? (
        <nav aria-label={t("pages")} className="flex items-center justify-between text-sm">
          <span className="text-muted">{t("page", { page: filters.page, pages })}</span>
          <span className="flex gap-3">
            {filters.page > 1 ? (
              <Link className="underline" href={`${basePath}${query(filters, filters.page - 1)}`}>
                {t("newer")}
              </Link>
            ) : null}
            {filters.page < pages ? (
              <Link className="underline" href={`${basePath}${query(filters, filters.page + 1)}`}>
                {t("older")}
              </Link>
            ) : null}
          </span>
        </nav>
      ) : null}
    </div>
  );
}
