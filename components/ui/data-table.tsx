import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

/** From which width a secondary column shows; below it the row's first cell carries its content. */
export type Breakpoint = "sm" | "md" | "lg";

const SHOWN_FROM: Record<Breakpoint, string> = {
  sm: "hidden sm:table-cell",
  md: "hidden md:table-cell",
  lg: "hidden lg:table-cell",
};

/** The classes of a cell (header or body) that shows only from `from` up. */
export function shownFrom(from: Breakpoint | undefined, className?: string) {
  return cn(from && SHOWN_FROM[from], className) || undefined;
}

export interface DataColumn {
  key: string;
  label: ReactNode;
  /** A secondary column: hidden on narrower screens (fold its content into the first cell). */
  from?: Breakpoint;
  /** Said to screen readers only (a column of buttons). */
  hiddenLabel?: boolean;
  className?: string;
}

/**
 * The shell of a dense table: a framed, horizontally scrollable box, a caption for screen
 * readers, one header row of column names and a body of rows (the caller's `<tr>`s). Secondary
 * columns hide below their breakpoint; each row then shows their content in its first cell.
 * The list's empty state is `<EmptyState>`, shown instead of the table.
 */
export function DataTable({
  caption,
  columns,
  children,
  roomy = false,
  className,
}: {
  caption: ReactNode;
  columns: DataColumn[];
  children: ReactNode;
  /** Taller rows (lists with two-line cells). */
  roomy?: boolean;
  className?: string;
}) {
  return (
    <div className={cn("overflow-x-auto rounded-lg border border-line bg-surface", className)}>
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-line bg-canvas text-left text-xs font-semibold uppercase tracking-wide text-muted [&_th]:px-3 [&_th]:py-2">
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={shownFrom(column.from, column.className)}>
                {column.hiddenLabel ? (
                  <span className="sr-only">{column.label}</span>
                ) : (
                  column.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody
          className={cn(
            "divide-y divide-line [&_td]:px-3 [&_td]:align-top",
            roomy ? "[&_td]:py-2.5" : "[&_td]:py-2",
          )}
        >
          {children}
        </tbody>
      </table>
    </div>
  );
}

/** What a list says when it has nothing to show (in place of its table or list). */
export function EmptyState({
  children,
  compact = false,
  className,
}: {
  children: ReactNode;
  /** Inside a card or form section: smaller, left-aligned, on the section's own background. */
  compact?: boolean;
  className?: string;
}) {
  return (
    <p
      className={cn(
        "border border-dashed border-line text-muted",
        compact ? "rounded-md p-4 text-sm" : "rounded-lg bg-surface p-6 text-center",
        className,
      )}
    >
      {children}
    </p>
  );
}
