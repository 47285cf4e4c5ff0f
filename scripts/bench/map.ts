/**
 * The map's benchmark (issue 17):
 *
 * - drawing the map of 1,000 projects on the server: their places counted by health (what
 *   placeFigures returns), laid out with the page's background (lib/map/view.ts
 *   `regionMapView`) and as the documents' whole SVG (`regionMapSvg`) — p50/p95/max over
 *   --rounds, after the first call, which computes the base map once per process (also shown);
 * - with --base=http://127.0.0.1:PORT (a running server with the demo accounts, e.g. the e2e
 *   server): the dashboard's HTML, gzipped, whole and without the map — its server-rendered
 *   section and its copy in the React Server Components payload cut out.
 *
 *   tsx --import ./scripts/bench/server-only.mjs scripts/bench/map.ts [--rounds=500] [--base=URL]
 */
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { GAZETTEER } from "@/db/seed/gazetteer";
import { regionMapSvg, regionMapView } from "@/lib/map/view";
import type { PlaceFigure } from "@/lib/places/types";
import { PROJECT_HEALTHS, type ProjectHealth } from "@/lib/vocabulary";
import { signIn } from "./server";

const args = process.argv.slice(2);
const arg = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const rounds = Number(arg("rounds") ?? 500);
const base = arg("base");
const PROJECTS = 1000;

/** A fixed pseudo-random sequence: every run draws the same map. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

/** 1,000 projects at one to three places each (the region's towns far more often), by health. */
function figuresOf1000(): PlaceFigure[] {
  const next = random(17);
  const byKey = new Map<string, PlaceFigure>();
  const places = GAZETTEER;
  for (let i = 0; i < PROJECTS; i++) {
    const health: ProjectHealth | null =
      next() < 0.2 ? null : (PROJECT_HEALTHS[Math.floor(next() * 3)] ?? null);
    const count = 1 + Math.floor(next() * 3);
    for (let k = 0; k < count; k++) {
      // Skewed towards the first places: a few towns have most projects, as in the demo.
      const place = places[Math.floor(next() ** 2 * places.length)];
      if (!place) continue;
      let figure = byKey.get(place.key);
      if (!figure) {
        figure = {
          key: place.key,
          names: { nb: place.nb, ru: place.ru, en: place.en, se: place.se },
          latitude: place.lat,
          longitude: place.lon,
          total: 0,
          health: { on_track: 0, at_risk: 0, off_track: 0 },
        };
        byKey.set(place.key, figure);
      }
      figure.total++;
      if (health) figure.health[health]++;
    }
  }
  return [...byKey.values()].sort((a, b) => b.total - a.total);
}

function timed(label: string, work: () => unknown) {
  const first = performance.now();
  work();
  const cold = performance.now() - first;
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  const ms = (v: number | undefined) => `${(v ?? 0).toFixed(2)} ms`;
  console.info(
    `${label}: p50 ${ms(at(0.5))}, p95 ${ms(at(0.95))}, max ${ms(samples.at(-1))} (first call ${ms(cold)})`,
  );
}

/** The React Server Components payload as rows by id (text rows carry their length in bytes). */
function flightRows(flight: string): Map<string, string> {
  const rows = new Map<string, string>();
  const bytes = Buffer.from(flight);
  let at = 0;
  while (at < bytes.length) {
    const colon = bytes.indexOf(":", at);
    if (colon < 0) break;
    const id = bytes.subarray(at, colon).toString();
    let end: number;
    if (bytes[colon + 1] === 0x54 /* T */) {
      const comma = bytes.indexOf(",", colon);
      end = comma + 1 + Number.parseInt(bytes.subarray(colon + 2, comma).toString(), 16);
    } else {
      end = bytes.indexOf("\n", colon);
      if (end < 0) end = bytes.length;
      else end += 1;
    }
    rows.set(id, bytes.subarray(at, end).toString());
    at = end;
  }
  return rows;
}

/**
 * The dashboard's HTML gzipped, with and without the map: its server-rendered section cut out,
 * and the rows of the flight data only the map's subtree refers to left out.
 */
async function dashboardSize(url: string) {
  const { cookie } = await signIn(url, "coordinator.no@workplan.test");
  const response = await fetch(`${url}/g/regional-cooperation`, { headers: { cookie } });
  const html = await response.text();
  const start = html.indexOf('<section aria-labelledby="map-heading"');
  const end = html.indexOf("</section>", start) + "</section>".length;
  if (start < 0) throw new Error("no map on the dashboard");
  const script = /self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g;
  const flight = [...html.matchAll(script)].map((m) => JSON.parse(m[1] ?? '""') as string).join("");
  const rows = flightRows(flight);
  // The map's rows: those reachable from the section's children, and referred to by nothing else.
  const section = [...rows.values()].find((row) => row.includes('"aria-labelledby":"map-heading"'));
  const refs = (row: string) => [...row.matchAll(/"\$L?([0-9a-f]+)"/g)].map((m) => m[1] ?? "");
  const mapRows = new Set<string>();
  const sectionJson = section?.slice(section.indexOf('"aria-labelledby":"map-heading"')) ?? "";
  const mapChildren = sectionJson.slice(0, sectionJson.indexOf('"]}]') + 1);
  const queue = refs(mapChildren);
  while (queue.length) {
    const id = queue.shift() ?? "";
    if (mapRows.has(id) || !rows.has(id)) continue;
    mapRows.add(id);
    queue.push(...refs(rows.get(id) ?? ""));
  }
  const elsewhere = new Set(
    [...rows]
      .filter(([id]) => !mapRows.has(id))
      .flatMap(([, row]) => refs(row === section ? row.replace(mapChildren, "") : row)),
  );
  for (const id of [...mapRows]) if (elsewhere.has(id)) mapRows.delete(id);
  const page = (withMap: boolean) => {
    const body = withMap ? html : html.slice(0, start) + html.slice(end);
    const kept = [...rows].filter(([id]) => withMap || !mapRows.has(id)).map(([, row]) => row);
    return `${body.replace(script, "")}<script>self.__next_f.push([1,${JSON.stringify(kept.join(""))}])</script>`;
  };
  const gz = (text: string) => gzipSync(Buffer.from(text)).length;
  const [withMap, without] = [gz(page(true)), gz(page(false))];
  const mapFlight = [...mapRows].reduce((n, id) => n + (rows.get(id)?.length ?? 0), 0);
  console.info(
    `dashboard HTML: ${(html.length / 1024).toFixed(0)} KB (gzip ${(gz(html) / 1024).toFixed(1)} KB);` +
      ` the map: its section ${((end - start) / 1024).toFixed(1)} KB and ${mapRows.size} flight rows of ${(mapFlight / 1024).toFixed(1)} KB`,
  );
  console.info(
    `the map adds ${((withMap - without) / 1024).toFixed(1)} KB gzip to the dashboard's HTML (${(without / 1024).toFixed(1)} → ${(withMap / 1024).toFixed(1)} KB)`,
  );
}

const figures = figuresOf1000();
console.info(
  `${PROJECTS} projects at ${figures.length} places (${figures.reduce((n, f) => n + f.total, 0)} project–place pairs)`,
);
const featureName = (key: string) => key;
timed("page map (layout + background SVG)", () =>
  regionMapView(figures, { locale: "nb", featureName, href: (key) => `/p?place=${key}` }),
);
timed("document map (whole SVG)", () =>
  regionMapSvg(figures, { locale: "ru", title: "map", featureName }),
);
if (base) await dashboardSize(base);
