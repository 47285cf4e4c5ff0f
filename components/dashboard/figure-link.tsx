import Link from "next/link";
import { cn } from "@/lib/cn";
import { type FigureKind, figureFilters, type Side } from "@/lib/dashboard/figures";
import { filtersToQuery } from "@/lib/projects/filters";

export interface FigureScope {
  slug: string;
  plan: number | undefined;
  side: Side | undefined;
}

export function figureHref(scope: FigureScope, areaId: string | null, kind: FigureKind): string {
  return `/g/${scope.slug}/projects${filtersToQuery(figureFilters(scope, areaId, kind))}`;
}

/** A count that opens the project list filtered to exactly those projects. */
export function FigureLink({
  scope,
  areaId,
  kind,
  value,
  label,
  className,
  children,
}: {
  scope: FigureScope;
  areaId: string | null;
  kind: FigureKind;
  value: number;
  /** The whole phrase for screen readers, e.g. "2 overdue projects". */
  label: string;
  className?: string;
  children?: React.ReactNode;
}) {
  return (
    <Link
      href={figureHref(scope, areaId, kind)}
      aria-label={label}
      title={label}
      data-figure={kind}
      className={cn(
        "tabular-nums underline decoration-line underline-offset-2 hover:decoration-accent",
        value === 0 ? "text-muted" : "font-medium text-ink",
        className,
      )}
    >
      {children ?? value}
    </Link>
  );
}
