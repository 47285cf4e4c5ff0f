/**
 * Reads one upload in a process of its own and reports what the reader answered, how long it
 * took and how much the process's memory grew (tests/integration/spreadsheet-limits.test.ts).
 * Started with --max-old-space-size, so a reader that builds too much dies here, not in the
 * test run: node --expose-gc --import tsx --import ./scripts/bench/server-only.mjs <this> <file>
 */
import { readFileSync } from "node:fs";
import { readSpreadsheet } from "@/lib/spreadsheets/read";

const bytes = new Uint8Array(readFileSync(process.argv[2] ?? ""));
// Warm up the reader's code paths on a tiny file, so their loading is not counted.
await readSpreadsheet(new Uint8Array(Buffer.from("Code\nX-1\n")));
(globalThis as { gc?: () => void }).gc?.();
const before = process.memoryUsage().rss;
let peak = before;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 5);
const started = performance.now();
const result = await readSpreadsheet(bytes);
const ms = performance.now() - started;
clearInterval(sampler);
// Sampled every 5 ms while the reader runs (it streams: the event loop turns between chunks),
// and once more at the end, before anything is collected.
peak = Math.max(peak, process.memoryUsage().rss);
process.stdout.write(
  JSON.stringify({
    answer: result.ok ? { ok: true, rows: result.sheet.rows.length } : result.problem,
    ms: Math.round(ms),
    growthMb: Math.round((peak - before) / 1024 / 1024),
  }),
);
