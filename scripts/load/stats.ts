import type { Kind, Sample } from "./client";

export interface KindSummary {
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  statuses: Record<string, number>;
  errors: Record<string, number>;
}

const KINDS: Kind[] = ["dashboard", "projects", "project", "my", "update"];

export function percentile(sorted: number[], q: number): number {
  if (!sorted.length) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return Math.round((sorted[index] ?? 0) * 10) / 10;
}

/** Latency and statuses per kind of request, over the samples given. */
export function summarise(samples: Sample[], seconds: number) {
  const kinds: Partial<Record<Kind | "all", KindSummary>> = {};
  for (const kind of [...KINDS, "all" as const]) {
    const mine = kind === "all" ? samples : samples.filter((s) => s.kind === kind);
    if (!mine.length) continue;
    const times = mine.map((s) => s.end - s.start).sort((a, b) => a - b);
    const statuses: Record<string, number> = {};
    const errors: Record<string, number> = {};
    for (const s of mine) {
      statuses[s.status] = (statuses[s.status] ?? 0) + 1;
      if (s.error) errors[s.error] = (errors[s.error] ?? 0) + 1;
    }
    kinds[kind] = {
      requests: mine.length,
      perSecond: Math.round((mine.length / seconds) * 10) / 10,
      p50: percentile(times, 0.5),
      p95: percentile(times, 0.95),
      p99: percentile(times, 0.99),
      max: percentile(times, 1),
      statuses,
      errors,
    };
  }
  return kinds;
}

export function count5xx(samples: Sample[]) {
  const fiveHundreds = samples.filter((s) => s.status >= 500);
  return {
    total: fiveHundreds.length,
    status503: fiveHundreds.filter((s) => s.status === 503).length,
    other: fiveHundreds.filter((s) => s.status !== 503).length,
    byStatus: Object.fromEntries(
      [...new Set(fiveHundreds.map((s) => s.status))].map((st) => [
        st,
        fiveHundreds.filter((s) => s.status === st).length,
      ]),
    ),
  };
}

export function printKinds(title: string, kinds: ReturnType<typeof summarise>) {
  console.info(`\n${title}`);
  console.info(
    `${"kind".padEnd(10)}${"requests".padStart(9)}${"req/s".padStart(8)}${"p50 ms".padStart(9)}${"p95 ms".padStart(9)}${"p99 ms".padStart(9)}  statuses`,
  );
  for (const [kind, k] of Object.entries(kinds)) {
    if (!k) continue;
    const statuses = Object.entries(k.statuses)
      .map(([st, n]) => `${st === "0" ? "no answer" : st}×${n}`)
      .join(" ");
    console.info(
      `${kind.padEnd(10)}${String(k.requests).padStart(9)}${String(k.perSecond).padStart(8)}${String(k.p50).padStart(9)}${String(k.p95).padStart(9)}${String(k.p99).padStart(9)}  ${statuses}`,
    );
  }
}
