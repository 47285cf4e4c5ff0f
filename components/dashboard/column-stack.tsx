import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { BarStack } from "@visx/shape";
import { Drawing, PeriodLabels, round as r, ValueGrid, WIDTH } from "./drawing";

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
    <Drawing height={HEIGHT}>
      <Group left={M.left} top={M.top}>
        <ValueGrid
          ticks={y.ticks(4)}
          y={y}
          width={WIDTH - M.left - M.right}
          label={(tick) => tick}
        />
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
                  x={r(bar.x)}
                  y={r(bar.y)}
                  width={r(bar.width)}
                  height={r(Math.max(0, bar.height))}
                  fill={bar.color}
                />
              )),
            )
          }
        </BarStack>
        <PeriodLabels
          labels={labels
            .filter((_, i) => i % tickEvery === 0)
            .map((label) => ({ label, x: (x(label) ?? 0) + x.bandwidth() / 2 }))}
          y={HEIGHT - M.top - M.bottom + 16}
        />
      </Group>
    </Drawing>
  );
}
