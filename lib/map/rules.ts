import { type GeoProjection, geoConicConformal } from "d3-geo";
import type { MapMarker } from "@/lib/map/types";
import type { ProjectHealth } from "@/lib/vocabulary";

/**
 * The map of the Barents region every page, form and document draws: a conformal conic
 * projection centred on the region (standard parallels 64° and 69° N, central meridian 35° E),
 * fitted to a fixed frame from Nordland to Nenets and from Karelia to the Barents Sea. Pure and
 * client-safe: the server draws with it, the place picker turns a click back into coordinates.
 */
export const MAP_WIDTH = 1000;
export const MAP_HEIGHT = 560;
const PADDING = 8;

/** The frame: the corners (and the bulges of the conic's curved edges) it must hold. */
const FRAME = {
  type: "MultiPoint" as const,
  coordinates: [
    [11, 61],
    [60, 61],
    [60, 71.6],
    [11, 71.6],
    [35, 72],
    [35, 60.6],
  ],
};

let cached: GeoProjection | undefined;

export function regionProjection(): GeoProjection {
  if (!cached) {
    cached = geoConicConformal()
      .parallels([64, 69])
      .rotate([-35, 0])
      .fitExtent(
        [
          [PADDING, PADDING],
          [MAP_WIDTH - PADDING, MAP_HEIGHT - PADDING],
        ],
        FRAME,
      );
  }
  return cached;
}

/** A point on the map (SVG user units) for a longitude and latitude. */
export function projectPoint(longitude: number, latitude: number): [number, number] {
  const [x, y] = regionProjection()([longitude, latitude]) ?? [Number.NaN, Number.NaN];
  return [x, y];
}

/** The longitude and latitude of a point on the map, to five decimals (about a metre). */
export function invertPoint(x: number, y: number): { latitude: number; longitude: number } | null {
  const lonLat = regionProjection().invert?.([x, y]);
  if (!lonLat) return null;
  const round = (v: number) => Math.round(v * 1e5) / 1e5;
  return { longitude: round(lonLat[0]), latitude: round(lonLat[1]) };
}

/** Whether a point lies on the drawn map, `margin` units inside its edge. */
export function onMap(x: number, y: number, margin = 0): boolean {
  return x >= margin && y >= margin && x <= MAP_WIDTH - margin && y <= MAP_HEIGHT - margin;
}

/** A marker's worst health: the projects at a place, the worst rated first; "unrated" when none is. */
export type MarkerHealth = ProjectHealth | "unrated";
export const MARKER_HEALTHS: readonly MarkerHealth[] = [
  "off_track",
  "at_risk",
  "on_track",
  "unrated",
];

/** The order tables list them in (as the dashboard and the brief do): good to bad, unrated last. */
export const TABLE_HEALTHS: readonly MarkerHealth[] = [
  "on_track",
  "at_risk",
  "off_track",
  "unrated",
];

export function worstHealth(health: Record<ProjectHealth, number>): MarkerHealth {
  if (health.off_track) return "off_track";
  if (health.at_risk) return "at_risk";
  if (health.on_track) return "on_track";
  return "unrated";
}

/** Colour and shape say the same (a shape for those who cannot tell the colours apart). */
export const MARKER_STYLE: Record<MarkerHealth, { fill: string; ink: string; shape: MarkerShape }> =
  {
    off_track: { fill: "#a3262a", ink: "#ffffff", shape: "triangle" },
    at_risk: { fill: "#f0b64a", ink: "#16202c", shape: "diamond" },
    on_track: { fill: "#2e7d4f", ink: "#ffffff", shape: "circle" },
    unrated: { fill: "#5b6470", ink: "#ffffff", shape: "square" },
  };
export type MarkerShape = "circle" | "diamond" | "triangle" | "square";

export const MAP_COLORS = {
  sea: "#dfeaf4",
  land: "#f6f3ec",
  coast: "#8ea3b5",
  border: "#46505c",
  leader: "#46505c",
  label: "#16202c",
  halo: "#ffffff",
  feature: "#6b7785",
} as const;

/** A marker's radius by its number of projects: the area grows with the count, up to a cap. */
export function markerRadius(total: number): number {
  return Math.min(26, 8 + 3.2 * Math.sqrt(Math.max(0, total - 1)));
}

/** The SVG path of a marker's shape around (x, y), about as large as a circle of radius r. */
export function markerPath(shape: MarkerShape, x: number, y: number, r: number): string {
  const f = (v: number) => Math.round(v * 10) / 10;
  switch (shape) {
    case "circle":
      return `M${f(x - r)} ${f(y)}a${f(r)} ${f(r)} 0 1 0 ${f(2 * r)} 0a${f(r)} ${f(r)} 0 1 0 ${f(-2 * r)} 0z`;
    case "diamond": {
      const d = r * 1.25;
      return `M${f(x)} ${f(y - d)}L${f(x + d)} ${f(y)}L${f(x)} ${f(y + d)}L${f(x - d)} ${f(y)}z`;
    }
    case "triangle": {
      const d = r * 1.35;
      return `M${f(x)} ${f(y - d)}L${f(x + d * 0.95)} ${f(y + d * 0.65)}L${f(x - d * 0.95)} ${f(y + d * 0.65)}z`;
    }
    case "square": {
      const d = r * 0.9;
      return `M${f(x - d)} ${f(y - d)}h${f(2 * d)}v${f(2 * d)}h${f(-2 * d)}z`;
    }
  }
}

/** Font size of a place's name, in map units (the layout estimates its width from the letters). */
export const LABEL_SIZE = 14;

/** The line back to a moved marker's spot, or the arrow of a place beyond the frame. */
export function pointerPath(m: MapMarker): string | null {
  const dx = m.spot.x - m.x;
  const dy = m.spot.y - m.y;
  const distance = Math.hypot(dx, dy);
  if (distance < 0.5) return null;
  const ux = dx / distance;
  const uy = dy / distance;
  const f = (v: number) => Math.round(v * 10) / 10;
  if (!m.offMap) return `M${f(m.x + ux * m.r)} ${f(m.y + uy * m.r)}L${m.spot.x} ${m.spot.y}`;
  // An arrowhead just outside the marker, pointing where the place lies.
  const base = m.r + 3;
  const tip = m.r + 11;
  const side = 5;
  return `M${f(m.x + ux * tip)} ${f(m.y + uy * tip)}L${f(m.x + ux * base - uy * side)} ${f(m.y + uy * base + ux * side)}L${f(m.x + ux * base + uy * side)} ${f(m.y + uy * base - ux * side)}z`;
}

/** Names of the seas and countries drawn for orientation, with where their label stands. */
export const MAP_FEATURES = [
  { key: "barentsSea", longitude: 43, latitude: 71.2 },
  { key: "norwegianSea", longitude: 13.5, latitude: 70.3 },
  { key: "whiteSea", longitude: 38.2, latitude: 65.8 },
  { key: "norway", longitude: 15.8, latitude: 66.9 },
  { key: "sweden", longitude: 18.5, latitude: 65.6 },
  { key: "finland", longitude: 26.6, latitude: 66.7 },
  { key: "russia", longitude: 47, latitude: 63.4 },
] as const;
export type MapFeatureKey = (typeof MAP_FEATURES)[number]["key"];

/**
 * The part of the map its markers and names take, padded and widened to at least `minWidth`
 * units, in the map's proportions and inside its frame: a small map (one project's places)
 * shows its corner of the region large enough to read.
 */
export function focusBox(
  markers: readonly Pick<MapMarker, "x" | "y" | "r" | "name" | "label">[],
  { minWidth = 320, pad = 24 }: { minWidth?: number; pad?: number } = {},
): { x: number; y: number; width: number; height: number } {
  const full = { x: 0, y: 0, width: MAP_WIDTH, height: MAP_HEIGHT };
  if (!markers.length) return full;
  let [x0, y0, x1, y1] = [MAP_WIDTH, MAP_HEIGHT, 0, 0];
  for (const m of markers) {
    x0 = Math.min(x0, m.x - m.r);
    x1 = Math.max(x1, m.x + m.r);
    y0 = Math.min(y0, m.y - m.r * 1.4);
    y1 = Math.max(y1, m.y + m.r);
    if (m.label) {
      // The name's width as the layout estimates it (lib/map/draw.ts).
      const width = m.name.length * LABEL_SIZE * 0.56;
      x0 = Math.min(x0, m.label.anchor === "end" ? m.label.x - width : m.label.x);
      x1 = Math.max(x1, m.label.anchor === "end" ? m.label.x : m.label.x + width);
      y0 = Math.min(y0, m.label.y - LABEL_SIZE);
      y1 = Math.max(y1, m.label.y + 3);
    }
  }
  const ratio = MAP_HEIGHT / MAP_WIDTH;
  const width = Math.min(
    MAP_WIDTH,
    Math.max(minWidth, x1 - x0 + 2 * pad, (y1 - y0 + 2 * pad) / ratio),
  );
  const height = width * ratio;
  const clamp = (v: number, size: number, limit: number) => Math.max(0, Math.min(limit - size, v));
  const round = (v: number) => Math.round(v);
  return {
    x: round(clamp((x0 + x1) / 2 - width / 2, width, MAP_WIDTH)),
    y: round(clamp((y0 + y1) / 2 - height / 2, height, MAP_HEIGHT)),
    width: round(width),
    height: round(height),
  };
}
