import {
  LABEL_SIZE,
  MAP_COLORS,
  MARKER_STYLE,
  type MapFeatureKey,
  markerPath,
  pointerPath,
} from "@/lib/map/rules";
import type { MapDrawing, MapMarker } from "@/lib/map/types";
import { escapeMarkup } from "@/lib/markup";

/**
 * The map as SVG text: its background (land, borders, the names of seas and countries) for
 * pages, which add their markers as links, and the whole map for documents (the PDF draws it
 * as vectors, the Word file as an image rendered from it).
 */

/** Land, coast, borders and the orientation names, without markers. */
export function backgroundSvg(
  drawing: MapDrawing,
  featureName: (key: MapFeatureKey) => string,
  font: string,
): string {
  const { width, height } = drawing;
  const features = drawing.features
    .map(
      (f) =>
        `<text x="${f.x}" y="${f.y}" text-anchor="middle" font-family="${font}" font-size="15" font-style="italic" letter-spacing="1" fill="${MAP_COLORS.feature}">${escapeMarkup(featureName(f.key))}</text>`,
    )
    .join("");
  return [
    `<rect width="${width}" height="${height}" fill="${MAP_COLORS.sea}"/>`,
    `<path d="${drawing.land}" fill="${MAP_COLORS.land}" stroke="${MAP_COLORS.coast}" stroke-width="0.8" stroke-linejoin="round"/>`,
    `<path d="${drawing.borders}" fill="none" stroke="${MAP_COLORS.border}" stroke-width="1" stroke-dasharray="5 3"/>`,
    `<path d="${drawing.borderNoRu}" fill="none" stroke="${MAP_COLORS.border}" stroke-width="2" stroke-dasharray="7 3"/>`,
    features,
  ].join("");
}

/** A marker as documents draw it: pointer, shape, count, and the name with a white halo. */
function markerSvg(m: MapMarker, font: string): string {
  const style = MARKER_STYLE[m.health];
  const pointer = pointerPath(m);
  const parts = [
    pointer
      ? m.offMap
        ? `<path d="${pointer}" fill="${MAP_COLORS.leader}"/>`
        : `<path d="${pointer}" stroke="${MAP_COLORS.leader}" stroke-width="1"/><circle cx="${m.spot.x}" cy="${m.spot.y}" r="2.5" fill="${MAP_COLORS.leader}"/>`
      : "",
    `<path d="${markerPath(m.shape, m.x, m.y, m.r)}" fill="${style.fill}" stroke="#ffffff" stroke-width="1.5"/>`,
    `<text x="${m.x}" y="${Math.round((m.y + 4.5) * 10) / 10}" text-anchor="middle" font-family="${font}" font-size="12" font-weight="bold" fill="${style.ink}">${m.figure.total}</text>`,
  ];
  if (m.label) {
    const text = (extra: string) =>
      `<text x="${m.label?.x}" y="${m.label?.y}" text-anchor="${m.label?.anchor}" font-family="${font}" font-size="${LABEL_SIZE}" ${extra}>${escapeMarkup(m.name)}</text>`;
    parts.push(
      text(`fill="none" stroke="${MAP_COLORS.halo}" stroke-width="3.5" stroke-linejoin="round"`),
      text(`fill="${MAP_COLORS.label}"`),
    );
  }
  return parts.join("");
}

/** The whole map as a standalone SVG document (documents: PDF vectors, the Word file's image). */
export function mapSvg(
  drawing: MapDrawing,
  options: { title: string; featureName: (key: MapFeatureKey) => string; font: string },
): string {
  const { width, height } = drawing;
  const markers = [...drawing.markers].map((m) => markerSvg(m, options.font)).join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><title>${escapeMarkup(options.title)}</title>${backgroundSvg(drawing, options.featureName, options.font)}${markers}</svg>`;
}
