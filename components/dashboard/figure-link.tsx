import { cn } from "@/lib/cn";
import { type FigureKind, figureFilters, type Side } from "@/lib/dashboard/rules";
import { filtersToQuery } from "@/lib/projects/list/input";

export interface FigureScope {
  slug: string;
  plan: number | undefined;
  side: Side | undefined;
}

export function figureHref(scope: FigureScope, areaId: string | null, kind: FigureKind): string {
  return `/g/${scope.slug}/projects${filtersToQuery(figureFilters(scope, areaId, kind))}`;
}

/**
 * A count that opens the project list filtered to exactly those projects (styles: .fig in
 * app/globals.css). A plain link: a dashboard holds some two hundred of them, and a client
 * link component each (router hooks, prefetch observers) cost more to render than the rest.
 */
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
    <a
      href={figureHref(scope, areaId, kind)}
      aria-label={label}
      data-figure={kind}
      className={cn("fig", value === 0 && "zero", className)}
    >
      {children ?? value}
    </a>
  );
}
