/** Command-line options of `npm run bench`. */
export interface BenchOptions {
  backend: "postgres" | "pglite";
  /** Small data set, short runs, compared with docs/bench-baseline.json. */
  quick: boolean;
  /** Reuse the existing .next-bench build instead of building. */
  build: boolean;
  /** Only the targets whose names contain one of these (empty: all). */
  only: string[];
  /** Seconds per load level for pages (the file targets count requests instead). */
  seconds: number;
  /** Write docs/bench-baseline.json from this run (with --quick). */
  writeBaseline: boolean;
  /** Leave docs/performance.md alone. */
  writeDocs: boolean;
  /** Skip the Chromium measurement of first-load JavaScript. */
  browser: boolean;
  /** Free-text note on the machine's load, written into docs/performance.md. */
  note: string;
}

export const USAGE = `usage: npm run bench -- [--pglite] [--quick] [--no-build] [--only=name,name]
                        [--seconds=N] [--write-baseline] [--no-docs] [--no-browser] [--note="…"]

  (default)         PostgreSQL with the large set (workplan_large, seeded when missing)
  --pglite          embedded PGlite with the tenth-size set (.data/bench-pglite-large)
  --quick           a small set, three rounds of short runs; fails when a page's ratio to
                    its floor worsens against docs/bench-baseline.json by more than 20 % in
                    wall and CPU time both, or by more than 50 % in either
  --no-build        reuse the last build in .next-bench
  --only=…          only the targets whose names contain one of the words
  --write-baseline  (with --quick) store this run as docs/bench-baseline.json
  --no-docs         do not update docs/performance.md`;

export function parseOptions(args: string[]): BenchOptions {
  const options: BenchOptions = {
    backend: "postgres",
    quick: false,
    build: true,
    only: [],
    seconds: 0,
    writeBaseline: false,
    writeDocs: true,
    browser: true,
    note: "",
  };
  for (const arg of args) {
    const [key, value] = arg.includes("=")
      ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
      : [arg, ""];
    if (key === "--pglite") options.backend = "pglite";
    else if (key === "--quick") options.quick = true;
    else if (key === "--no-build") options.build = false;
    else if (key === "--only") options.only = value.split(",").filter(Boolean);
    else if (key === "--seconds" && /^\d+$/.test(value)) options.seconds = Number(value);
    else if (key === "--write-baseline") options.writeBaseline = true;
    else if (key === "--no-docs") options.writeDocs = false;
    else if (key === "--no-browser") options.browser = false;
    else if (key === "--note") options.note = value;
    else throw new Error(`unknown option ${arg}\n${USAGE}`);
  }
  if (!options.seconds) options.seconds = options.quick ? 2 : 8;
  if (options.quick) options.writeDocs = false;
  return options;
}
