import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { BarStack } from "@visx/shape";

const WIDTH = 640;
const HEIGHT = 200;
const M = { top: 12, right: 8, bottom: 28, left: 32 };

/** Vertical stacked columns over time (e.g. updates, confirmations and comments per month). */
export function ColumnStack({
  labels,
  rows,
  keys,
  colors,
  tickEvery = 3,
}: {
  labels: string[];
  rows: Record<string, number>[];
  keys: string[];
  colors: Record<string, string>;
  tickEvery?: number;
}) {
  const data = rows.map((r, i) => ({ ...r, label: labels[i] ?? "" }));
  const max = Math.max(1, ...rows.map((r) => keys.reduce((sum, k) => sum + (r[k] ?? 0), 0)));
  const x = scaleBand<string>({
    domain: labels,
    range: [0, WIDTH - M.left - M.right],
    padding: 0.2,
  });
  const y = scaleLinear<number>({
    domain: [0, max],
    range: [HEIGHT - M.top - M.bottom, 0],
    nice: true,
  });
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full" aria-hidden>
      <Group left={M.left} top={M.top}>
        {y.ticks(4).map((tick) => (
          <g key={tick}>
            <line x1={0} x2={WIDTH - M.left - M.right} y1={y(tick)} y2={y(tick)} stroke="#e5e9ee" />
            <text x={-6} y={y(tick)} dy="0.35em" textAnchor="end" fontSize={10} fill="#4e5b6a">
              {tick}
            </text>
          </g>
        ))}
        <BarStack<Record<string, string | number>, string>
          data={data}
          keys={keys}
          x={(d) => String(d.label)}
          xScale={x}
          yScale={y}
          color={(key) => colors[key] ?? "#999"}
        >
          {(stacks) =>
            stacks.flatMap((stack) =>
              stack.bars.map((bar) => (
                <rect
                  key={`${stack.key}-${bar.index}`}
                  x={bar.x}
                  y={bar.y}
                  width={bar.width}
                  height={Math.max(0, bar.height)}
                  fill={bar.color}
                />
              )),
            )
          }
        </BarStack>
        {labels.map((label, i) =>
          i % tickEvery === 0 ? (
            <text
              key={label}
              x={(x(label) ?? 0) + x.bandwidth() / 2}
              y={HEIGHT - M.top - M.bottom + 16}
              textAnchor="middle"
              fontSize={10}
              fill="#4e5b6a"
            >
              {label}
            </text>
          ) : null,
        )}
      </Group>
    </svg>
  );
}
