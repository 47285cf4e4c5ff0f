import type { ReactNode } from "react";

/** Every drawing is this wide in its own units and scales with its box. */
export const WIDTH = 640;

/** Coordinates to a tenth of a unit: a 640-wide drawing needs no more, and markup stays short. */
export const round = (n: number) => Math.round(n * 10) / 10;

const INK = "#4e5b6a";

/** The SVG of a chart: an image for sighted readers only (the chart's table has the values). */
export function Drawing({ height, children }: { height: number; children: ReactNode }) {
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} className="h-auto w-full" aria-hidden>
      {children}
    </svg>
  );
}

/** Horizontal grid lines across `width`, each with its value written at the left. */
export function ValueGrid({
  ticks,
  y,
  width,
  label,
}: {
  ticks: number[];
  y: (value: number) => number;
  width: number;
  label: (value: number) => ReactNode;
}) {
  return (
    <>
      <g stroke="#e5e9ee">
        {ticks.map((tick) => (
          <line key={tick} x2={width} y1={round(y(tick))} y2={round(y(tick))} />
        ))}
      </g>
      <g textAnchor="end" fontSize={10} fill={INK}>
        {ticks.map((tick) => (
          <text key={tick} x={-6} y={round(y(tick))} dy=".35em">
            {label(tick)}
          </text>
        ))}
      </g>
    </>
  );
}

/** The periods' names along the bottom, each centred on its x. */
export function PeriodLabels({ labels, y }: { labels: { label: string; x: number }[]; y: number }) {
  return (
    <g textAnchor="middle" fontSize={10} fill={INK}>
      {labels.map(({ label, x }) => (
        <text key={label} x={round(x)} y={y}>
          {label}
        </text>
      ))}
    </g>
  );
}
