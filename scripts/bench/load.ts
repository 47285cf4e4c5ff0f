/** One load level of one target with autocannon: every response's time kept for percentiles. */
import autocannon, { type Request } from "autocannon";

export interface LoadSpec {
  connections: number;
  /** Seconds, or a number of requests when `amount` is set. */
  seconds?: number;
  amount?: number;
  method?: "GET" | "POST";
  path: string;
  headers: Record<string, string>;
  /** For writes: builds each request from a per-connection context. */
  requests?: Request[];
}

export interface LoadResult {
  connections: number;
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Responses outside 2xx, connection errors and timeouts. */
  errors: number;
  statuses: Record<string, number>;
  /** Average response size in bytes (headers included). */
  bytes: number;
}

export function percentile(sorted: number[], q: number): number {
  if (!sorted.length) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index] as number;
}

const round = (n: number) => Math.round(n * 10) / 10;

export function runLoad(base: string, spec: LoadSpec): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const times: number[] = [];
    const statuses: Record<string, number> = {};
    let bytes = 0;
    let errors = 0;
    const started = performance.now();
    const instance = autocannon(
      {
        url: `${base}${spec.path}`,
        connections: spec.connections,
        ...(spec.amount ? { amount: spec.amount } : { duration: spec.seconds ?? 5 }),
        timeout: 60,
        method: spec.method ?? "GET",
        headers: spec.headers,
        ...(spec.requests ? { requests: spec.requests } : {}),
      },
      (error, result) => {
        if (error) return reject(error);
        const seconds = (performance.now() - started) / 1000;
        times.sort((a, b) => a - b);
        resolve({
          connections: spec.connections,
          requests: times.length,
          seconds: round(seconds),
          rps: round(times.length / seconds),
          p50: round(percentile(times, 0.5)),
          p95: round(percentile(times, 0.95)),
          p99: round(percentile(times, 0.99)),
          max: round(times[times.length - 1] ?? Number.NaN),
          errors: errors + result.errors,
          statuses,
          bytes: times.length ? Math.round(bytes / times.length) : 0,
        });
      },
    );
    instance.on("response", (_client, status, size, responseTime) => {
      times.push(responseTime);
      bytes += size;
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (status < 200 || status >= 300) errors++;
    });
  });
}
