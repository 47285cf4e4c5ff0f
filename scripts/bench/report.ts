/** The bench's results: JSON file, Markdown table in docs/performance.md, targets, baseline check. */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { PageWeight } from "./browser";
import type { QueryTiming } from "./floor";
import type { LoadResult } from "./load";
import type { TargetKind } from "./targets";

export interface TargetResult {
  name: string;
  label: string;
  kind: TargetKind;
  path: string;
  queries?: QueryTiming;
  levels: Record<string, LoadResult>;
  /** Empty page p50 + queries p50, in ms. */
  floor?: number;
  /** 1-client p50 ÷ floor (with --quick, the fastest round of each over three). */
  ratio?: number;
  /** The server's CPU time a request ÷ the floor page's (the least of the rounds of each). */
  cpuRatio?: number;
  /** Rounds measured (3 with --quick, else 1). */
  rounds?: number;
  weight?: PageWeight;
}

export interface ExportSum {
  format: "csv" | "xlsx";
  groups: number;
  projects: number;
  seconds: number;
  megabytes: number;
}

export interface BenchResults {
  date: string;
  machine: {
    cpus: number;
    model: string;
    memoryGb: number;
    node: string;
    database: string;
    loadBefore: number[];
    loadAfter: number[];
  };
  backend: "postgres" | "pglite";
  quick: boolean;
  note: string;
  data: { source: string; copied: boolean; projects: number; statusUpdates: number };
  buildSeconds: number;
  floorPage: { path: string; level: LoadResult; weight?: PageWeight };
  targets: TargetResult[];
  exportsAll: ExportSum[];
}

const ms = (n: number | undefined) =>
  n === undefined || Number.isNaN(n)
    ? "–"
    : n >= 1000
      ? `${(n / 1000).toFixed(2)} s`
      : `${n.toFixed(1)}`;
const kb = (n: number | undefined) => (n === undefined ? "–" : (n / 1024).toFixed(1));

export function markdownTable(r: BenchResults): string {
  const lines = [
    `Run of ${r.date} on ${r.machine.cpus} × ${r.machine.model}, ${r.machine.memoryGb} GB, Node ${r.machine.node}, ${r.machine.database}; ` +
      `${r.data.projects.toLocaleString("en-US")} projects, ${r.data.statusUpdates.toLocaleString("en-US")} status updates. ` +
      `Load average before / after: ${r.machine.loadBefore.map((n) => n.toFixed(2)).join(" ")} / ${r.machine.loadAfter.map((n) => n.toFixed(2)).join(" ")}.` +
      (r.note ? ` ${r.note}` : ""),
    "",
    `Floor page \`${r.floorPage.path}\` (signed-in shell, the viewer's query only): p50 ${ms(r.floorPage.level.p50)} ms, ` +
      `p95 ${ms(r.floorPage.level.p95)} ms, ${r.floorPage.level.rps} req/s at 1 client.`,
    "",
    "| target | 1 client p50 / p95 / p99 ms | req/s | 10 clients p50 / p95 / p99 ms | req/s | errors | queries p50 ms | floor ms | ratio | HTML kB (gzip) | JS gzip kB |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const t of r.targets) {
    const one = t.levels["1"];
    const ten = t.levels["10"];
    const errors = (one?.errors ?? 0) + (ten?.errors ?? 0);
    lines.push(
      `| ${t.label} | ${one ? `${ms(one.p50)} / ${ms(one.p95)} / ${ms(one.p99)}` : "–"} | ${one?.rps ?? "–"} | ` +
        `${ten ? `${ms(ten.p50)} / ${ms(ten.p95)} / ${ms(ten.p99)}` : "–"} | ${ten?.rps ?? "–"} | ${errors} | ` +
        `${t.queries ? ms(t.queries.p50) : "–"} | ${ms(t.floor)} | ${t.ratio?.toFixed(2) ?? "–"} | ` +
        `${t.weight ? `${kb(t.weight.htmlRaw)} (${kb(t.weight.htmlGzip)})` : "–"} | ${t.weight ? kb(t.weight.jsGzip) : "–"} |`,
    );
  }
  if (r.floorPage.weight)
    lines.push(
      `| (floor page) | ${ms(r.floorPage.level.p50)} / ${ms(r.floorPage.level.p95)} / ${ms(r.floorPage.level.p99)} | ${r.floorPage.level.rps} | – | – | ${r.floorPage.level.errors} | – | – | – | ` +
        `${kb(r.floorPage.weight.htmlRaw)} (${kb(r.floorPage.weight.htmlGzip)}) | ${kb(r.floorPage.weight.jsGzip)} |`,
    );
  for (const e of r.exportsAll)
    lines.push(
      "",
      `Export of all ${e.groups} large groups one after the other (${e.projects.toLocaleString("en-US")} projects), ${e.format.toUpperCase()}: ` +
        `${e.seconds.toFixed(2)} s in total, ${e.megabytes.toFixed(1)} MB.`,
    );
  return lines.join("\n");
}

export interface Goal {
  goal: string;
  limit: string;
  value: string;
  met: boolean;
}

/** The issue's targets, checked against this run. */
export function goals(r: BenchResults): Goal[] {
  const out: Goal[] = [];
  const find = (name: string) => r.targets.find((t) => t.name === name);
  const add = (
    goal: string,
    value: number | undefined,
    limit: number,
    unit: string,
    higher = false,
  ) => {
    if (value === undefined || Number.isNaN(value)) return;
    out.push({
      goal,
      limit: `${higher ? "≥" : "≤"} ${limit} ${unit}`,
      // ms() writes seconds itself ("1.36 s") from a second up.
      value:
        unit === "ms"
          ? value >= 1000
            ? ms(value)
            : `${ms(value)} ms`
          : `${value.toFixed(unit === "×" ? 2 : 1)} ${unit}`,
      met: higher ? value >= limit : value <= limit,
    });
  };
  for (const name of ["dashboard", "list", "list-filtered", "list-search"]) {
    const t = find(name);
    if (!t) continue;
    add(`${name}: p50 at 1 client`, t.levels["1"]?.p50, 25, "ms");
    add(`${name}: p95 at 1 client`, t.levels["1"]?.p95, 50, "ms");
    add(`${name}: ratio to its floor`, t.ratio, 3, "×");
  }
  add("project page: p95 at 1 client", find("project")?.levels["1"]?.p95, 60, "ms");
  add("posting a status update: p95 at 1 client", find("post")?.levels["1"]?.p95, 50, "ms");
  const dash10 = find("dashboard")?.levels["10"];
  if (dash10) {
    add("dashboard: req/s at 10 clients", dash10.rps, 100, "req/s", true);
    add("dashboard: errors at 10 clients", dash10.errors, 0, "errors");
  }
  for (const t of r.targets)
    if (t.weight) add(`${t.name}: first-load JS`, t.weight.jsGzip / 1024, 150, "kB");
  add("50-row list: HTML", (find("list")?.weight?.htmlRaw ?? Number.NaN) / 1024, 80, "kB");
  add("brief PDF (nb): p50", find("brief-pdf")?.levels["1"]?.p50, 3000, "ms");
  add("brief PDF (nb + ru): p50", find("brief-pdf-nb-ru")?.levels["1"]?.p50, 3000, "ms");
  add("brief DOCX (nb): p50", find("brief-docx")?.levels["1"]?.p50, 2000, "ms");
  add("brief DOCX (nb + ru): p50", find("brief-docx-nb-ru")?.levels["1"]?.p50, 2000, "ms");
  return out;
}

export function goalsTable(list: Goal[]): string {
  return [
    "| target | limit | this run | met |",
    "| --- | --- | --- | --- |",
    ...list.map((g) => `| ${g.goal} | ${g.limit} | ${g.value} | ${g.met ? "yes" : "**no**"} |`),
  ].join("\n");
}

const DOCS = "docs/performance.md";

/** Replaces the run's section (between its markers) in docs/performance.md. */
export function updateDocs(r: BenchResults) {
  // The quick run (small set) has its own section: it never replaces the large set's table.
  const key = `${r.backend}${r.quick ? "-quick" : ""}`;
  const start = `<!-- bench:${key}:start -->`;
  const end = `<!-- bench:${key}:end -->`;
  const body = [
    start,
    markdownTable(r),
    "",
    ...(key === "postgres"
      ? ["Targets of issue 9, checked by this run:", "", goalsTable(goals(r)), ""]
      : []),
    end,
  ].join("\n");
  const text = existsSync(DOCS) ? readFileSync(DOCS, "utf8") : "# Performance\n";
  const at = text.indexOf(start);
  const stop = text.indexOf(end);
  const next =
    at >= 0 && stop > at
      ? `${text.slice(0, at)}${body}${text.slice(stop + end.length)}`
      : `${text.trimEnd()}\n\n${body}\n`;
  writeFileSync(DOCS, next);
}

/**
 * Replaces what stands between `<!-- bench:KEY:start -->` and `<!-- bench:KEY:end -->` in
 * docs/performance.md with `body`; false (and nothing written) when the markers are missing.
 */
export function replaceDocsSection(key: string, body: string): boolean {
  const start = `<!-- bench:${key}:start -->`;
  const end = `<!-- bench:${key}:end -->`;
  const text = existsSync(DOCS) ? readFileSync(DOCS, "utf8") : "";
  const at = text.indexOf(start);
  const stop = text.indexOf(end);
  if (at < 0 || stop < at) return false;
  writeFileSync(DOCS, `${text.slice(0, at + start.length)}\n${body}\n${text.slice(stop)}`);
  return true;
}

export const BASELINE = "docs/bench-baseline.json";
/**
 * A page fails --quick when its wall-time ratio to the floor and its CPU ratio both worsened by
 * more than 20 %, or either alone by more than 50 %. The machine's noise moves the wall time
 * (another process takes the CPU) far more than the server's own CPU time a request; a real
 * regression of the page's work moves both. The spread of five runs on unchanged code is in
 * docs/performance.md ("Regression guard").
 */
export const TOLERANCE = 1.2;
export const ALONE = 1.5;

export interface Baseline {
  date: string;
  machine: string;
  rounds: number;
  ratios: Record<string, { wall: number; cpu: number }>;
}

export function writeBaseline(r: BenchResults) {
  const ratios: Baseline["ratios"] = {};
  for (const t of r.targets)
    if (t.ratio !== undefined && t.cpuRatio !== undefined)
      ratios[t.name] = { wall: t.ratio, cpu: t.cpuRatio };
  const baseline: Baseline = {
    date: r.date,
    machine: `${r.machine.cpus} × ${r.machine.model}`,
    rounds: Math.max(...r.targets.map((t) => t.rounds ?? 1)),
    ratios,
  };
  writeFileSync(BASELINE, `${JSON.stringify(baseline, null, 2)}\n`);
}

const change = (now: number, before: number) => {
  const c = now / before;
  return `${c >= 1 ? "+" : ""}${((c - 1) * 100).toFixed(0)} %`;
};

/** Each page's ratios against the baseline; failures as TOLERANCE and ALONE say. */
export function compareBaseline(r: BenchResults): { failures: string[]; lines: string[] } {
  if (!existsSync(BASELINE))
    return { failures: [`no ${BASELINE}: run with --write-baseline`], lines: [] };
  const baseline = JSON.parse(readFileSync(BASELINE, "utf8")) as Baseline;
  const failures: string[] = [];
  const lines: string[] = [];
  for (const t of r.targets) {
    const before = baseline.ratios[t.name];
    if (t.ratio === undefined || t.cpuRatio === undefined || !before) continue;
    const wall = t.ratio / before.wall;
    const cpu = t.cpuRatio / before.cpu;
    const line =
      `${t.name.padEnd(18)} wall ${t.ratio.toFixed(2)} (baseline ${before.wall.toFixed(2)}, ${change(t.ratio, before.wall)})  ` +
      `CPU ${t.cpuRatio.toFixed(2)} (baseline ${before.cpu.toFixed(2)}, ${change(t.cpuRatio, before.cpu)})`;
    lines.push(line);
    if ((wall > TOLERANCE && cpu > TOLERANCE) || wall > ALONE || cpu > ALONE) failures.push(line);
  }
  return { failures, lines };
}
