import "server-only";
import { geoPath } from "d3-geo";
import { merge, mesh } from "topojson-client";
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from "topojson-specification";
import countries50m from "world-atlas/countries-50m.json";
import { MAP_HEIGHT, MAP_WIDTH, regionProjection } from "@/lib/map/rules";

/**
 * The base map: land, coastlines and borders from Natural Earth's 1:50 million countries
 * (the world-atlas package), projected once per process and kept — it does not depend on any
 * data. Paths are simplified to what the frame shows (half a unit, a thousandth of its width),
 * in whole units and relative steps, so the whole drawing weighs a few kilobytes.
 */
export interface BaseMap {
  /** Land of Norway, Sweden, Finland and Russia (filled; its outline is the coast). */
  land: string;
  /** The Norwegian–Russian border. */
  borderNoRu: string;
  /** The other borders between those four countries, for orientation. */
  borders: string;
}

const NORWAY = "578";
const RUSSIA = "643";
const SHOWN = new Set([NORWAY, RUSSIA, "246", "752"]);
const TOLERANCE = 0.5;

type Ring = [number, number][];
type Geometry = { id?: string | number };

/** The projected rings (or lines) of a GeoJSON object, clipped just outside the frame. */
function projectedRings(object: Parameters<ReturnType<typeof geoPath>>[0]): Ring[] {
  const projection = regionProjection().clipExtent([
    [-2, -2],
    [MAP_WIDTH + 2, MAP_HEIGHT + 2],
  ]);
  const rings: Ring[] = [];
  let current: Ring = [];
  const context = {
    moveTo(x: number, y: number) {
      current = [[x, y]];
      rings.push(current);
    },
    lineTo(x: number, y: number) {
      current.push([x, y]);
    },
    closePath() {},
    arc() {},
    beginPath() {},
  };
  geoPath(projection, context as never)(object);
  projection.clipExtent(null);
  return rings;
}

/** Douglas–Peucker: the points that keep the line within `tolerance` of where it was. */
function simplify(points: Ring, tolerance: number): Ring {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop() as [number, number];
    const [ax, ay] = points[a] as [number, number];
    const [bx, by] = points[b] as [number, number];
    const dx = bx - ax;
    const dy = by - ay;
    const length = Math.hypot(dx, dy) || 1;
    let furthest = -1;
    let distance = 0;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i] as [number, number];
      const d = Math.abs(dy * px - dx * py + bx * ay - by * ax) / length;
      if (d > distance) {
        distance = d;
        furthest = i;
      }
    }
    if (furthest > 0 && distance > tolerance) {
      keep[furthest] = 1;
      stack.push([a, furthest], [furthest, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/** Rings as one SVG path: whole units, relative steps, islands smaller than `minSize` left out. */
function pathData(rings: Ring[], { closed, minSize = 0 }: { closed: boolean; minSize?: number }) {
  let d = "";
  for (const ring of rings) {
    const xs = ring.map((p) => p[0]);
    const ys = ring.map((p) => p[1]);
    const size = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    if (size < minSize) continue;
    const points = simplify(ring, TOLERANCE).map(([x, y]) => [Math.round(x), Math.round(y)]);
    const [first] = points;
    if (!first || points.length < 2) continue;
    let [px, py] = first as [number, number];
    let part = `M${px} ${py}`;
    let steps = 0;
    for (const [x, y] of points.slice(1) as [number, number][]) {
      const dx = x - px;
      const dy = y - py;
      if (!dx && !dy) continue;
      part += `${steps ? (dx < 0 ? "" : " ") : "l"}${dx}${dy < 0 ? "" : " "}${dy}`;
      steps++;
      px = x;
      py = y;
    }
    if (steps) d += closed ? `${part}z` : part;
  }
  return d;
}

function computeBaseMap(): BaseMap {
  const world = countries50m as unknown as Topology<{ countries: GeometryCollection }>;
  const countries = world.objects.countries;
  const shown = countries.geometries.filter((g): g is Polygon | MultiPolygon =>
    SHOWN.has(String(g.id)),
  );
  const between = (test: (a: string, b: string) => boolean) =>
    mesh(world, countries, (a: Geometry, b: Geometry) => {
      const ids = [String(a.id), String(b.id)];
      return a !== b && ids.every((id) => SHOWN.has(id)) && test(ids[0] ?? "", ids[1] ?? "");
    });
  const noRu = (a: string, b: string) =>
    (a === NORWAY && b === RUSSIA) || (a === RUSSIA && b === NORWAY);
  return {
    land: pathData(projectedRings(merge(world, shown)), { closed: true, minSize: 2 }),
    borderNoRu: pathData(projectedRings(between(noRu)), { closed: false }),
    borders: pathData(projectedRings(between((a, b) => !noRu(a, b))), { closed: false }),
  };
}

let kept: BaseMap | undefined;

/** The base map, computed on first use (about 0.1 s) and kept for the life of the process. */
export function baseMap(): BaseMap {
  kept ??= computeBaseMap();
  return kept;
}
