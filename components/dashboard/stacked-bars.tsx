import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { BarStackHorizontal } from "@visx/shape";
import { Drawing, round as r, WIDTH } from "./drawing";

export interface StackRow {
  label: string;
  values: Record<string, number>;
}

const LABEL = 200;
const ROW = 26;

/** Light segments, whose counts are written in dark ink. */
const DARK_TEXT = new Set(["proposed", "unrated", "planned"]);

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
    <Drawing height={height}>
      <g textAnchor="end" fontSize={11} fill="#4e5b6a">
        {rows.map((row) => (
          <text
            key={row.label}
            x={LABEL - 8}
            y={r((y(row.label) ?? 0) + y.bandwidth() / 2)}
            dy=".35em"
          >
            {row.label.length > 30 ? `${row.label.slice(0, 29)}…` : row.label}
          </text>
        ))}
      </g>
      <Group left={LABEL}>
        <BarStackHorizontal<Record<string, string | number>, string>
          data={data}
          keys={keys}
          y={(d) => String(d.label)}
          xScale={x}
          yScale={y}
          color={(key) => colors[key] ?? "#999"}
        >
          {(stacks) => (
            <>
              {stacks.flatMap((stack) =>
                stack.bars.map((bar) => (
                  <rect
                    key={`${stack.key}-${bar.index}`}
                    x={r(bar.x)}
                    y={r(bar.y)}
                    width={r(Math.max(0, bar.width))}
                    height={r(bar.height)}
                    fill={bar.color}
                  />
                )),
              )}
              <g textAnchor="middle" fontSize={10} fill="#fff">
                {stacks.flatMap((stack) =>
                  stack.bars.map((bar) =>
                    bar.width > 16 ? (
                      <text
                        key={`${stack.key}-${bar.index}`}
                        x={r(bar.x + bar.width / 2)}
                        y={r(bar.y + bar.height / 2)}
                        dy=".35em"
                        fill={DARK_TEXT.has(stack.key) ? "#16202c" : undefined}
                      >
                        {bar.bar[1] - bar.bar[0]}
                      </text>
                    ) : null,
                  ),
                )}
              </g>
            </>
          )}
        </BarStackHorizontal>
      </Group>
    </Drawing>
  );
}
