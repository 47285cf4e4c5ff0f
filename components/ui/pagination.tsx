import Link from "next/link";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/cn";

/**
 * Page links for a list of `total` items, `pageSize` at a time; `href(page)` builds each link
 * and `range` says what is shown (e.g. "Projects 51–100 of 120").
 */
export function Pagination({
  page,
  total,
  pageSize,
  href,
  range,
}: {
  page: number;
  total: number;
  pageSize: number;
  href: (page: number) => string;
  range: (span: { from: number; to: number; total: number }) => string;
}) {
  const t = useTranslations("projectList");
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  const shown = [...new Set([1, page - 1, page, page + 1, pages])]
    .filter((p) => p >= 1 && p <= pages)
    .sort((a, b) => a - b);
  return (
    <nav
      aria-label={t("pagination")}
      className="no-print flex flex-wrap items-center justify-between gap-3 text-sm"
    >
      <p className="text-muted" aria-live="polite">
        {range({ from, to, total })}
      </p>
      {pages > 1 ? (
        <ul className="flex flex-wrap items-center gap-1">
          {page > 1 ? (
            <li>
              <Link href={href(page - 1)} className="rounded px-2 py-1 hover:bg-canvas">
                {t("previous")}
              </Link>
            </li>
          ) : null}
          {shown.map((p, index) => (
            <li key={p} className="flex items-center gap-1">
              {index > 0 && p - (shown[index - 1] ?? p) > 1 ? (
                <span aria-hidden className="text-muted">
                  …
                </span>
              ) : null}
              <Link
                href={href(p)}
                aria-current={p === page ? "page" : undefined}
                className={cn(
                  "rounded px-2 py-1",
                  p === page ? "bg-accent text-white" : "hover:bg-canvas",
                )}
              >
                {p}
              </Link>
            </li>
          ))}
          {page < pages ? (
            <li>
              <Link href={href(page + 1)} className="rounded px-2 py-1 hover:bg-canvas">
                {t("next")}
              </Link>
            </li>
          ) : null}
        </ul>
      ) : null}
    </nav>
  );
}
