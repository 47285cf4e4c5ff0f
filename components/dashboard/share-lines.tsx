import { Group } from "@visx/group";
import { scaleLinear, scalePoint } from "@visx/scale";
import { LinePath } from "@visx/shape";
import { Drawing, PeriodLabels, round as r, ValueGrid, WIDTH } from "./drawing";

export interface ShareSeries {
  key: string;
  color: string;
  /** Per point, a share from 0 to 1. */
  values: number[];
}

const HEIGHT = 220;
const M = { top: 12, right: 44, bottom: 28, left: 40 };

/** Shares over time (e.g. completed / on track per quarter) as lines with the last value written. */
export function ShareLines({ labels, series }: { labels: string[]; series: ShareSeries[] }) {
  const x = scalePoint<string>({
    domain: labels,
    range: [0, WIDTH - M.left - M.right],
    padding: 0.2,
  });
  const y = scaleLinear<number>({ domain: [0, 1], range: [HEIGHT - M.top - M.bottom, 0] });
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  return (
    <Drawing height={HEIGHT}>
      <Group left={M.left} top={M.top}>
        <ValueGrid
          ticks={ticks}
          y={y}
          width={WIDTH - M.left - M.right}
          label={(tick) => `${Math.round(tick * 100)} %`}
        />
        <PeriodLabels
          labels={labels.map((label) => ({ label, x: x(label) ?? 0 }))}
          y={HEIGHT - M.top - M.bottom + 16}
        />
        {series.map((s) => {
          const points = s.values.map((v, i) => ({ x: r(x(labels[i] ?? "") ?? 0), y: r(y(v)) }));
          const last = points.at(-1);
          return (
            <g key={s.key}>
              <LinePath
                data={points}
                x={(p) => p.x}
                y={(p) => p.y}
                stroke={s.color}
                strokeWidth={2.5}
              />
              {points.map((p) => (
                <circle key={`${p.x}`} cx={p.x} cy={p.y} r={3} fill={s.color} />
              ))}
              {last ? (
                <text
                  x={last.x + 8}
                  y={last.y}
                  dy="0.35em"
                  fontSize={10}
                  fill={s.color}
                  fontWeight={600}
                >
                  {`${Math.round((s.values.at(-1) ?? 0) * 100)} %`}
                </text>
              ) : null}
            </g>
          );
        })}
      </Group>
    </Drawing>
  );
}
