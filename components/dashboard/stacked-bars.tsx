import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { BarStackHorizontal } from "@visx/shape";

export interface StackRow {
  label: string;
  values: Record<string, number>;
}

const WIDTH = 640;
const LABEL = 200;
const ROW = 26;

/** Horizontal stacked bars, one per row, each segment labelled with its count when it fits. */
export function StackedBars({
  rows,
  keys,
  colors,
}: {
  rows: StackRow[];
  keys: string[];
  colors: Record<string, string>;
}) {
  const height = rows.length * ROW + 8;
  const max = Math.max(1, ...rows.map((r) => keys.reduce((sum, k) => sum + (r.values[k] ?? 0), 0)));
  const x = scaleLinear<number>({ domain: [0, max], range: [0, WIDTH - LABEL - 8] });
  const y = scaleBand<string>({
    domain: rows.map((r) => r.label),
    range: [0, height - 8],
    padding: 0.25,
  });
  const data = rows.map((r) => ({ label: r.label, ...r.values }));
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} className="h-auto w-full" aria-hidden>
      {rows.map((r) => (
        <text
          key={r.label}
          x={LABEL - 8}
          y={(y(r.label) ?? 0) + y.bandwidth() / 2}
          dy="0.35em"
          textAnchor="end"
          fontSize={11}
          fill="#4e5b6a"
        >
          {r.label.length > 30 ? `${r.label.slice(0, 29)}…` : r.label}
        </text>
      ))}
      <Group left={LABEL}>
        <BarStackHorizontal<Record<string, string | number>, string>
          data={data}
          keys={keys}
          y={(d) => String(d.label)}
          xScale={x}
          yScale={y}
          color={(key) => colors[key] ?? "#999"}
        >
          {(stacks) =>
            stacks.flatMap((stack) =>
              stack.bars.map((bar) => (
                <g key={`${stack.key}-${bar.index}`}>
                  <rect
                    x={bar.x}
                    y={bar.y}
                    width={Math.max(0, bar.width)}
                    height={bar.height}
                    fill={bar.color}
                  />
                  {bar.width > 16 ? (
                    <text
                      x={bar.x + bar.width / 2}
                      y={bar.y + bar.height / 2}
                      dy="0.35em"
                      textAnchor="middle"
                      fontSize={10}
                      fill={
                        stack.key === "proposed" ||
                        stack.key === "unrated" ||
                        stack.key === "planned"
                          ? "#16202c"
                          : "#fff"
                      }
                    >
                      {bar.bar[1] - bar.bar[0]}
                    </text>
                  ) : null}
                </g>
              )),
            )
          }
        </BarStackHorizontal>
      </Group>
    </svg>
  );
}
