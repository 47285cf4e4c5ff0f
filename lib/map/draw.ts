import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import { baseMap } from "@/lib/map/base";
import {
  LABEL_SIZE,
  MAP_FEATURES,
  MAP_HEIGHT,
  MAP_WIDTH,
  MARKER_STYLE,
  markerRadius,
  onMap,
  projectPoint,
  worstHealth,
} from "@/lib/map/rules";
import type { MapDrawing, MapMarker } from "@/lib/map/types";
import type { PlaceFigure } from "@/lib/places/types";

const CHAR_WIDTH = LABEL_SIZE * 0.56;
const GAP = 2;
/** How close to the edge a marker may stand (an off-map place's marker stands there). */
const EDGE = 6;

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const circleBox = (x: number, y: number, r: number): Box => ({
  x0: x - r,
  y0: y - r,
  x1: x + r,
  y1: y + r,
});

/**
 * Boxes filed by the cells of a coarse grid they cover: the layout asks "does anything near
 * here collide?" hundreds of times per marker, and a dense cluster (the Kirkenes–Murmansk
 * corner) would otherwise make that a walk over every marker and name laid out so far.
 */
const CELL = 48;
class Grid<T> {
  private readonly cells = new Map<number, T[]>();

  add(box: Box, item: T) {
    for (let cx = Math.floor(box.x0 / CELL); cx <= Math.floor(box.x1 / CELL); cx++)
      for (let cy = Math.floor(box.y0 / CELL); cy <= Math.floor(box.y1 / CELL); cy++) {
        const key = (cx + 1000) * 10000 + cy + 1000;
        const cell = this.cells.get(key);
        if (cell) cell.push(item);
        else this.cells.set(key, [item]);
      }
  }

  /** Whether any item filed in a cell the box x0..x1, y0..y1 covers passes `test`. */
  some(x0: number, y0: number, x1: number, y1: number, test: (item: T) => boolean): boolean {
    for (let cx = Math.floor(x0 / CELL); cx <= Math.floor(x1 / CELL); cx++)
      for (let cy = Math.floor(y0 / CELL); cy <= Math.floor(y1 / CELL); cy++) {
        const cell = this.cells.get((cx + 1000) * 10000 + cy + 1000);
        if (cell) for (const item of cell) if (test(item)) return true;
      }
    return false;
  }
}

/** The point where the line from the frame's centre to (x, y) leaves the frame, `inset` inside it. */
function edgePoint(x: number, y: number, inset: number): [number, number] {
  const cx = MAP_WIDTH / 2;
  const cy = MAP_HEIGHT / 2;
  const dx = x - cx;
  const dy = y - cy;
  const sx = dx ? (dx > 0 ? MAP_WIDTH - inset - cx : inset - cx) / dx : Number.POSITIVE_INFINITY;
  const sy = dy ? (dy > 0 ? MAP_HEIGHT - inset - cy : inset - cy) / dy : Number.POSITIVE_INFINITY;
  const s = Math.min(sx, sy, 1);
  return [cx + dx * s, cy + dy * s];
}

/**
 * The map of a set of places with their projects: a marker per place sized by its number of
 * projects and shaped and coloured by their worst health, moved aside where it would cover a
 * larger one (a line leads back to the spot), labelled where the name fits. Places outside the
 * frame (the capitals) stand at its edge in their direction. Pure but for the base map, which
 * is computed once. Collisions are looked up in a coarse grid: the places of a thousand projects
 * (about ninety) lay out in a few milliseconds (docs/performance.md, "The map").
 */
export function drawMap(
  figures: readonly PlaceFigure[],
  options: { locale: Locale; href?: (key: string) => string | null },
): MapDrawing {
  const base = baseMap();
  const located = figures
    .filter((f) => f.total > 0 && f.latitude !== null && f.longitude !== null)
    .sort((a, b) => b.total - a.total || a.key.localeCompare(b.key));
  const taken: { x: number; y: number; r: number }[] = [];
  const takenGrid = new Grid<{ x: number; y: number; r: number }>();
  const labelGrid = new Grid<Box>();
  // Every place's own spot: no name is written over another place.
  const spots = located.map((f) => projectPoint(f.longitude as number, f.latitude as number));
  // A marker that would touch this circle has its box within r + GAP of it; a name, within r + 1.
  const free = (x: number, y: number, r: number) => {
    if (!onMap(x, y, r + EDGE)) return false;
    const near = r + GAP;
    if (
      takenGrid.some(x - near, y - near, x + near, y + near, (m) => {
        const reach = m.r + near;
        return (m.x - x) ** 2 + (m.y - y) ** 2 < reach * reach;
      })
    )
      return false;
    const a = r + 1;
    return !labelGrid.some(
      x - a,
      y - a,
      x + a,
      y + a,
      (b) => x - a < b.x1 && b.x0 < x + a && y - a < b.y1 && b.y0 < y + a,
    );
  };

  // The largest places first: each takes its spot, or the nearest free one (a line leads back),
  // then the best place for its name; smaller ones make way for both.
  const markers: MapMarker[] = located.map((figure) => {
    const r = markerRadius(figure.total);
    const [sx, sy] = projectPoint(figure.longitude as number, figure.latitude as number);
    const offMap = !onMap(sx, sy, r + EDGE);
    const [x, y] = nearestFree(offMap ? edgePoint(sx, sy, r + EDGE) : [sx, sy], r, taken, free);
    taken.push({ x, y, r });
    takenGrid.add(circleBox(x, y, r), { x, y, r });
    const health = worstHealth(figure.health);
    const name = figure.names[options.locale];
    const label = placeLabel(
      name,
      x,
      y,
      r,
      (box) =>
        inFrame(box) &&
        !labelGrid.some(box.x0, box.y0, box.x1, box.y1, (other) => overlaps(box, other)) &&
        spots.every(
          ([px, py]) => (px === sx && py === sy) || !overlaps(box, circleBox(px, py, 4)),
        ) &&
        taken.every(
          (m) => (m.x === x && m.y === y) || !overlaps(box, circleBox(m.x, m.y, m.r + 1)),
        ),
    );
    if (label) labelGrid.add(label.box, label.box);
    return {
      key: figure.key,
      name,
      x: round(x),
      y: round(y),
      r: round(r),
      spot: { x: round(sx), y: round(sy) },
      offMap,
      health,
      shape: MARKER_STYLE[health].shape,
      figure,
      label: label ? label.at : null,
      href: options.href?.(figure.key) ?? null,
    };
  });

  return {
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    ...base,
    features: MAP_FEATURES.map((f) => {
      const [x, y] = projectPoint(f.longitude, f.latitude);
      return { key: f.key, x: round(x), y: round(y) };
    }),
    // Smaller markers on top: drawn after the larger ones.
    markers,
    unlocated: figures.filter((f) => f.total > 0 && (f.latitude === null || f.longitude === null)),
  };
}

/**
 * The free point nearest to a marker's spot: in widening rings around it, on each ring the
 * direction away from the markers it would cover first.
 */
function nearestFree(
  [x, y]: [number, number],
  r: number,
  taken: readonly { x: number; y: number; r: number }[],
  free: (x: number, y: number, r: number) => boolean,
): [number, number] {
  if (free(x, y, r)) return [x, y];
  const near = taken.filter((m) => Math.hypot(m.x - x, m.y - y) < m.r + r + 40);
  const cx = near.reduce((sum, m) => sum + m.x, 0) / (near.length || 1);
  const cy = near.reduce((sum, m) => sum + m.y, 0) / (near.length || 1);
  const away = near.length ? Math.atan2(y - cy, x - cx) : 0;
  for (let ring = 1; ring <= 24; ring++) {
    const distance = ring * Math.max(4, r * 0.5);
    const steps = Math.min(36, 8 + ring * 4);
    for (let k = 0; k < steps; k++) {
      // 0, +1, -1, +2, -2, … steps from the direction away from the crowd.
      const turn = (k % 2 ? 1 : -1) * Math.ceil(k / 2);
      const angle = away + (turn * 2 * Math.PI) / steps;
      const px = x + distance * Math.cos(angle);
      const py = y + distance * Math.sin(angle);
      if (free(px, py, r)) return [px, py];
    }
  }
  return [x, y];
}

/** Where a place's name goes beside its marker: right, left, above or below, where `fits`. */
function placeLabel(
  name: string,
  x: number,
  y: number,
  r: number,
  fits: (box: Box) => boolean,
): { at: NonNullable<MapMarker["label"]>; box: Box } | null {
  const width = name.length * CHAR_WIDTH;
  const below = y + r + LABEL_SIZE;
  const above = y - r - 3;
  const candidates: NonNullable<MapMarker["label"]>[] = [
    { x: x + r + 3, y: y + LABEL_SIZE * 0.35, anchor: "start" },
    { x: x - r - 3, y: y + LABEL_SIZE * 0.35, anchor: "end" },
    { x: x + r * 0.7, y: above, anchor: "start" },
    { x: x + r * 0.7, y: below, anchor: "start" },
    { x: x - r * 0.7, y: above, anchor: "end" },
    { x: x - r * 0.7, y: below, anchor: "end" },
  ];
  for (const at of candidates) {
    const x0 = at.anchor === "start" ? at.x : at.x - width;
    const box = { x0, y0: at.y - LABEL_SIZE, x1: x0 + width, y1: at.y + 3 };
    if (fits(box)) return { at: { x: round(at.x), y: round(at.y), anchor: at.anchor }, box };
  }
  return null;
}

const inFrame = (box: Box) =>
  box.x0 >= 2 && box.x1 <= MAP_WIDTH - 2 && box.y0 >= 2 && box.y1 <= MAP_HEIGHT;

const round = (v: number) => Math.round(v * 10) / 10;
