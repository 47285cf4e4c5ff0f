import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import { drawMap } from "@/lib/map/draw";
import type { MapFeatureKey } from "@/lib/map/rules";
import { backgroundSvg, mapSvg } from "@/lib/map/svg";
import type { RegionMapView } from "@/lib/map/types";
import type { PlaceFigure } from "@/lib/places/types";

/** The page's font: the map's words are set like the text around them. */
const PAGE_FONT = "inherit";
/** Documents embed Noto Sans (the PDF maps every family to it; the Word file's image uses what the server has). */
export const DOCUMENT_FONT = "Noto Sans, Arial, sans-serif";

/**
 * The map of a set of places for a page (components/map/region-map.tsx draws its markers as
 * links on top of the background made here).
 */
export function regionMapView(
  figures: readonly PlaceFigure[],
  options: {
    locale: Locale;
    featureName: (key: MapFeatureKey) => string;
    href?: (key: string) => string | null;
  },
): RegionMapView {
  const drawing = drawMap(figures, { locale: options.locale, href: options.href });
  return { drawing, background: backgroundSvg(drawing, options.featureName, PAGE_FONT) };
}

/** The whole map as a standalone SVG document, for the brief's PDF (vectors) and Word file (image). */
export function regionMapSvg(
  figures: readonly PlaceFigure[],
  options: { locale: Locale; title: string; featureName: (key: MapFeatureKey) => string },
): { svg: string; width: number; height: number; markers: number } {
  const drawing = drawMap(figures, { locale: options.locale });
  return {
    svg: mapSvg(drawing, { ...options, font: DOCUMENT_FONT }),
    width: drawing.width,
    height: drawing.height,
    markers: drawing.markers.length,
  };
}
