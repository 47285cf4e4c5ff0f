import Link from "next/link";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/cn";
import { filtersToQuery, PAGE_SIZE, type ProjectFilters } from "@/lib/projects/filters";

export function Pagination({
  filters,
  total,
  basePath,
}: {
  filters: ProjectFilters;
  total: number;
  basePath: string;
}) {
  const t = useTranslations("projectList");
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const from = total === 0 ? 0 : (filters.page - 1) * PAGE_SIZE + 1;
  const to = Math.min(total, filters.page * PAGE_SIZE);
  const link = (page: number) => `${basePath}${filtersToQuery({ ...filters, page })}`;
  const shown = [...new Set([1, filters.page - 1, filters.page, filters.page + 1, pages])]
    .filter((p) => p >= 1 && p <= pages)
    .sort((a, b) => a - b);
  return (
    <nav
      aria-label={t("pagination")}
      className="no-print flex flex-wrap items-center justify-between gap-3 text-sm"
    >
      <p className="text-muted" aria-live="polite">
        {t("range", { from, to, total })}
      </p>
      {pages > 1 ? (
        <ul className="flex items-center gap-1">
          {filters.page > 1 ? (
            <li>
              <Link href={link(filters.page - 1)} className="rounded px-2 py-1 hover:bg-canvas">
                {t("previous")}
              </Link>
            </li>
          ) : null}
          {shown.map((page, index) => (
            <li key={page} className="flex items-center gap-1">
              {index > 0 && page - (shown[index - 1] ?? page) > 1 ? (
                <span aria-hidden className="text-muted">
                  …
                </span>
              ) : null}
              <Link
                href={link(page)}
                aria-current={page === filters.page ? "page" : undefined}
                className={cn(
                  "rounded px-2 py-1",
                  page === filters.page ? "bg-accent text-white" : "hover:bg-canvas",
                )}
              >
                {page}
              </Link>
            </li>
          ))}
          {filters.page < pages ? (
            <li>
              <Link href={link(filters.page + 1)} className="rounded px-2 py-1 hover:bg-canvas">
                {t("next")}
              </Link>
            </li>
          ) : null}
        </ul>
      ) : null}
    </nav>
  );
}
