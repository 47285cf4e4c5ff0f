import type { PlaceCountry, PlaceKind, PlaceSource, ProjectHealth } from "@/lib/vocabulary";

/** The shapes the places' queries return and components render. Types only. */

/** A place's names: one per language, and the official Sámi name where there is one. */
export interface PlaceNames {
  nb: string;
  ru: string;
  en: string;
  se: string | null;
}

/** A place as a project names it: where it is (null: no point yet) and what it is called. */
export interface PlaceRef {
  key: string;
  names: PlaceNames;
  latitude: number | null;
  longitude: number | null;
}

/** A place the project form offers: its names and aliases to search, and its spot on the map. */
export interface PlaceOption extends PlaceRef {
  aliases: string[];
  kind: PlaceKind;
}

/** A place of the gazetteer as the administration lists it. */
export interface AdminPlace extends PlaceOption {
  id: string;
  country: PlaceCountry | null;
  region: string | null;
  source: PlaceSource;
  /** Projects of every group that name it. */
  projects: number;
}

/** How many of a set of projects are at a place, by their health (the map's markers). */
export interface PlaceFigure extends PlaceRef {
  total: number;
  health: Record<ProjectHealth, number>;
}

/** A place the form's map offers to click: where it is drawn (null: off the map or no point). */
export interface PickerPlace extends PlaceOption {
  x: number | null;
  y: number | null;
}

/** What the place picker needs: every place, and the base map to click on. */
export interface PlacePicker {
  places: PickerPlace[];
  base: { land: string; borderNoRu: string; borders: string };
}
