import type { ReactNode } from "react";

/**
 * A chart with its text equivalent: the SVG is a summary image for sighted readers; the
 * table carries the exact values for screen readers and is printed under the chart.
 */
export function ChartFrame({
  title,
  summary,
  chart,
  table,
}: {
  title: string;
  summary: string;
  chart: ReactNode;
  table: ReactNode;
}) {
  return (
    <figure className="break-inside-avoid space-y-2 rounded-lg border border-line bg-surface p-4">
      <figcaption className="font-semibold">{title}</figcaption>
      <div role="img" aria-label={summary}>
        {chart}
      </div>
      <div className="sr-only print:not-sr-only print:text-xs">{table}</div>
    </figure>
  );
}

export function Legend({ items }: { items: { key: string; label: string; color: string }[] }) {
  return (
    <ul aria-hidden className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
      {items.map((item) => (
        <li key={item.key} className="inline-flex items-center gap-1.5">
          <span className="inline-block size-2.5 rounded-sm" style={{ background: item.color }} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
