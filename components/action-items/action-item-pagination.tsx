import Link from "next/link";
import { useTranslations } from "next-intl";
import {
  ACTION_ITEMS_PAGE_SIZE,
  type ActionItemFilters,
  actionItemFiltersToQuery,
} from "@/lib/action-items/filters";
import { cn } from "@/lib/cn";

export function ActionItemPagination({
  filters,
  total,
  basePath,
}: {
  filters: ActionItemFilters;
  total: number;
  basePath: string;
}) {
  const t = useTranslations();
  const current = filters.page;
  const pages = Math.max(1, Math.ceil(total / ACTION_ITEMS_PAGE_SIZE));
  const from = total === 0 ? 0 : (current - 1) * ACTION_ITEMS_PAGE_SIZE + 1;
  const to = Math.min(total, current * ACTION_ITEMS_PAGE_SIZE);
  const link = (page: number) => `${basePath}${actionItemFiltersToQuery({ ...filters, page })}`;
  const shown = [...new Set([1, current - 1, current, current + 1, pages])]
    .filter((p) => p >= 1 && p <= pages)
    .sort((a, b) => a - b);
  return (
    <nav
      aria-label={t("projectList.pagination")}
      className="no-print flex flex-wrap items-center justify-between gap-3 text-sm"
    >
      <p className="text-muted" aria-live="polite">
        {t("actionItems.range", { from, to, total })}
      </p>
      {pages > 1 ? (
        <ul className="flex flex-wrap items-center gap-1">
          {current > 1 ? (
            <li>
              <Link href={link(current - 1)} className="rounded px-2 py-1 hover:bg-canvas">
                {t("projectList.previous")}
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
                aria-current={page === current ? "page" : undefined}
                className={cn(
                  "rounded px-2 py-1",
                  page === current ? "bg-accent text-white" : "hover:bg-canvas",
                )}
              >
                {page}
              </Link>
            </li>
          ))}
          {current < pages ? (
            <li>
              <Link href={link(current + 1)} className="rounded px-2 py-1 hover:bg-canvas">
                {t("projectList.next")}
              </Link>
            </li>
          ) : null}
        </ul>
      ) : null}
    </nav>
  );
}
