/** The database's own time for a page: its queries run directly, N times, after a warm-up. */
import type { DatabaseHandle } from "@/db/client";
import { percentile } from "./load";

export interface QueryTiming {
  runs: number;
  p50: number;
  p95: number;
}

export async function timeQueries(
  handle: DatabaseHandle,
  queries: (handle: DatabaseHandle) => Promise<unknown>,
  runs: number,
): Promise<QueryTiming> {
  for (let i = 0; i < Math.min(3, runs); i++) await queries(handle);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await queries(handle);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return { runs, p50: round(percentile(times, 0.5)), p95: round(percentile(times, 0.95)) };
}
