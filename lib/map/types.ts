import type { MapFeatureKey, MarkerHealth, MarkerShape } from "@/lib/map/rules";
import type { PlaceFigure } from "@/lib/places/types";

/** What the map draws, worked out on the server; components and documents only render it. Types only. */

export interface MapMarker {
  key: string;
  /** The place's name in the reader's language. */
  name: string;
  /** Where the marker stands (moved aside when it would cover another, kept inside the frame). */
  x: number;
  y: number;
  r: number;
  /** The place's own spot; differs from (x, y) when the marker was moved or the place is off the map. */
  spot: { x: number; y: number };
  /** The place lies outside the frame: the marker stands at its edge, pointing towards it. */
  offMap: boolean;
  health: MarkerHealth;
  shape: MarkerShape;
  figure: PlaceFigure;
  /** The name beside the marker, or null where it would cover another one (the table has it). */
  label: { x: number; y: number; anchor: "start" | "end" } | null;
  /** The project list of this place, filtered as the map is; null where the map links nowhere. */
  href: string | null;
}

export interface MapDrawing {
  width: number;
  height: number;
  land: string;
  borderNoRu: string;
  borders: string;
  features: { key: MapFeatureKey; x: number; y: number }[];
  /** Largest first: smaller markers are drawn last, on top. */
  markers: MapMarker[];
  /** Places with projects but no point yet: in the table, not on the map. */
  unlocated: PlaceFigure[];
}

/** A map ready for a page: the drawing, and its background as SVG markup (lib/map/svg.ts). */
export interface RegionMapView {
  drawing: MapDrawing;
  /** Land, coast, borders and the names of seas and countries: drawn on the server, no links. */
  background: string;
}
