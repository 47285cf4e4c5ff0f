import type { ReactNode } from "react";

export interface ChartKey {
  key: string;
  label: string;
}

/** A coloured key of the drawing, as its legend names it. */
export interface LegendItem extends ChartKey {
  color: string;
}

/** The exact values behind a chart: a heading per row (an area, a period), a cell per column. */
export interface ChartTable {
  /** What the rows are: the first column's heading. */
  rowsLabel: string;
  columns: ChartKey[];
  /** `cells` in the order of `columns`. */
  rows: { key: string; label: string; cells: ReactNode[] }[];
}

const cell = "border border-line px-1 text-left";

/**
 * A chart with its text equivalent: the drawing is a summary image for sighted readers; the
 * table carries the exact values for screen readers and is printed under the chart. Each
 * chart supplies only its drawing, its legend and its cells. With `empty`, that text stands
 * where the drawing would be (nothing to draw); the table stays.
 */
export function Chart({
  title,
  summary,
  legend,
  table,
  empty,
  children,
}: {
  title: string;
  summary: string;
  legend: LegendItem[];
  table: ChartTable;
  empty?: string;
  /** The drawing (an SVG). */
  children?: ReactNode;
}) {
  return (
    <figure className="break-inside-avoid space-y-2 rounded-lg border border-line bg-surface p-4">
      <figcaption className="font-semibold">{title}</figcaption>
      <div role="img" aria-label={summary}>
        {empty === undefined ? (
          <>
            {children}
            <Legend items={legend} />
          </>
        ) : (
          <p className="text-sm text-muted">{empty}</p>
        )}
      </div>
      <div className="sr-only print:not-sr-only print:text-xs">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th className={cell} scope="col">
                {table.rowsLabel}
              </th>
              {table.columns.map((column) => (
                <th className={cell} scope="col" key={column.key}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.key}>
                <th className={cell} scope="row">
                  {row.label}
                </th>
                {table.columns.map((column, i) => (
                  <td className={cell} key={column.key}>
                    {row.cells[i]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

function Legend({ items }: { items: LegendItem[] }) {
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
