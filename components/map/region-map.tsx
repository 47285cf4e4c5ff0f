import { useTranslations } from "next-intl";
import { cn } from "@/lib/cn";
import type { Locale } from "@/lib/i18n/locales";
import {
  focusBox,
  LABEL_SIZE,
  MAP_COLORS,
  MARKER_STYLE,
  type MarkerHealth,
  markerPath,
  pointerPath,
  TABLE_HEALTHS,
} from "@/lib/map/rules";
import type { MapMarker, RegionMapView } from "@/lib/map/types";
import type { PlaceFigure } from "@/lib/places/types";
import { PROJECT_HEALTHS } from "@/lib/vocabulary";

const cell = "border-b border-line px-2 py-1 text-right tabular-nums";
const unrated = (f: PlaceFigure) =>
  f.total - PROJECT_HEALTHS.reduce((sum, h) => sum + f.health[h], 0);

/**
 * The map of the region with the places of a set of projects, drawn on the server as inline
 * SVG (no client JavaScript, no tiles, no request to another host): the background comes
 * ready from lib/map/svg.ts; each place is a marker — sized by its number of projects, its
 * colour and shape the worst health there — and a link to the project list of that place,
 * named in words ("Мурманск: 7 проектов, 2 с риском"). The table under it carries the exact
 * figures, and is what a narrow screen reads (the drawing scales down with its viewBox).
 */
export function RegionMap({
  view,
  locale,
  compact = false,
  className,
}: {
  view: RegionMapView;
  locale: Locale;
  /** A small map (the project page): the table under the drawing, without the key's text. */
  compact?: boolean;
  className?: string;
}) {
  const t = useTranslations();
  const { drawing } = view;
  const healthName = (h: MarkerHealth) => (h === "unrated" ? t("map.unrated") : t(`health.${h}`));
  const markerName = (f: PlaceFigure, name: string) =>
    t("map.marker", {
      name,
      count: f.total,
      risk: f.health.at_risk + f.health.off_track,
    });
  const rows = [
    ...drawing.markers.map((m) => ({ figure: m.figure, name: m.name, href: m.href, m })),
    ...drawing.unlocated.map((figure) => ({
      figure,
      name: figure.names[locale],
      href: null,
      m: null,
    })),
  ];
  if (!rows.length) return <p className="text-sm text-muted">{t("map.empty")}</p>;
  // A small map shows the corner its places are in; a large one, the whole region.
  const box = compact
    ? focusBox(drawing.markers)
    : { x: 0, y: 0, width: drawing.width, height: drawing.height };
  return (
    <div
      className={cn(
        "space-y-3",
        !compact && "xl:grid xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] xl:gap-4 xl:space-y-0",
        className,
      )}
    >
      <svg
        viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
        className="block h-auto w-full rounded-md border border-line"
      >
        <title>{t("map.label", { count: drawing.markers.length })}</title>
        {/* The background is SVG markup made on the server from our own paths and escaped names (lib/map/svg.ts). */}
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: server-made markup, no user input unescaped */}
        <g aria-hidden dangerouslySetInnerHTML={{ __html: view.background }} />
        <g aria-hidden>
          {drawing.markers.map((m) => (
            <Marker key={m.key} marker={m} />
          ))}
        </g>
        {/* The links, over the drawing: on a phone the markers are too small to tap (under
            24 px) and the table's place links, the same links, take their place. */}
        {drawing.markers.map((m) =>
          m.href ? (
            <a
              key={m.key}
              href={m.href}
              aria-label={markerName(m.figure, m.name)}
              data-place={m.key}
              className="max-sm:hidden"
            >
              <rect {...hitArea(m)} fill="transparent" />
            </a>
          ) : null,
        )}
      </svg>
      <div className="min-w-0 space-y-3">
        <MapKey text={compact ? null : t("map.key")} healthName={healthName} />
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{t("map.table.caption")}</caption>
            <thead>
              <tr className="text-xs text-muted">
                <th scope="col" className="border-b border-line px-2 py-1 text-left font-semibold">
                  {t("map.table.place")}
                </th>
                <th scope="col" className={cn(cell, "font-semibold")}>
                  {t("map.table.projects")}
                </th>
                {compact
                  ? null
                  : TABLE_HEALTHS.map((h) => (
                      <th key={h} scope="col" className={cn(cell, "font-semibold")}>
                        {/* On a phone the column is headed by the marker's shape; its name stays for screen readers. */}
                        <span className="max-sm:sr-only">{healthName(h)}</span>
                        <Shape health={h} className="inline size-3.5 sm:hidden" />
                      </th>
                    ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.figure.key}>
                  <th scope="row" className="border-b border-line px-2 py-1 text-left font-normal">
                    {row.href ? (
                      <a
                        href={row.href}
                        className="text-accent-strong underline underline-offset-2"
                      >
                        {row.name}
                      </a>
                    ) : (
                      row.name
                    )}
                    {row.m?.offMap ? (
                      <span className="sr-only">{` ${t("map.offMap", { name: row.name })}`}</span>
                    ) : null}
                  </th>
                  <td className={cell}>{row.figure.total}</td>
                  {compact
                    ? null
                    : TABLE_HEALTHS.map((h) => (
                        <td key={h} className={cell}>
                          {h === "unrated" ? unrated(row.figure) : row.figure.health[h]}
                        </td>
                      ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </div>
  );
}

/** The area a marker's link takes: its shape and its name. */
function hitArea(m: MapMarker) {
  const d = m.r * 1.4;
  let [x0, y0, x1, y1] = [m.x - d, m.y - d, m.x + d, m.y + d];
  if (m.label) {
    // The name's width as the layout estimates it (lib/map/draw.ts).
    const width = m.name.length * LABEL_SIZE * 0.56;
    const left = m.label.anchor === "end" ? m.label.x - width : m.label.x;
    [x0, x1] = [Math.min(x0, left), Math.max(x1, left + width)];
    [y0, y1] = [Math.min(y0, m.label.y - LABEL_SIZE), Math.max(y1, m.label.y + 3)];
  }
  const r = (v: number) => Math.round(v);
  return { x: r(x0), y: r(y0), width: r(x1 - x0), height: r(y1 - y0) };
}

/** One place as drawn: pointer, shape, count and name (its link lies over it). */
function Marker({ marker: m }: { marker: MapMarker }) {
  const style = MARKER_STYLE[m.health];
  const pointer = pointerPath(m);
  return (
    <>
      {pointer ? (
        m.offMap ? (
          <path d={pointer} fill={MAP_COLORS.leader} />
        ) : (
          <>
            <path d={pointer} stroke={MAP_COLORS.leader} strokeWidth={1} />
            <circle cx={m.spot.x} cy={m.spot.y} r={2.5} fill={MAP_COLORS.leader} />
          </>
        )
      ) : null}
      <path
        d={markerPath(m.shape, m.x, m.y, m.r)}
        fill={style.fill}
        stroke="#ffffff"
        strokeWidth={1.5}
      />
      <text
        x={m.x}
        y={Math.round((m.y + 4.5) * 10) / 10}
        textAnchor="middle"
        fontSize={12}
        fontWeight="bold"
        fill={style.ink}
      >
        {m.figure.total}
      </text>
      {m.label ? (
        <text
          x={m.label.x}
          y={m.label.y}
          textAnchor={m.label.anchor}
          fontSize={LABEL_SIZE}
          fill={MAP_COLORS.label}
          stroke={MAP_COLORS.halo}
          strokeWidth={3.5}
          strokeLinejoin="round"
          paintOrder="stroke"
        >
          {m.name}
        </text>
      ) : null}
    </>
  );
}

/** What size, colour and shape say: one shape per health, beside its name. */
function MapKey({
  text,
  healthName,
}: {
  text: string | null;
  healthName: (h: MarkerHealth) => string;
}) {
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-muted">
      {text ? <span>{text}</span> : null}
      <ul className="flex flex-wrap gap-x-3 gap-y-1">
        {TABLE_HEALTHS.map((h) => (
          <li key={h} className="inline-flex items-center gap-1">
            <Shape health={h} className="size-3.5" />
            {healthName(h)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A health's marker shape in its colour, as the key and the table's phone headings show it. */
function Shape({ health, className }: { health: MarkerHealth; className?: string }) {
  return (
    <svg viewBox="0 0 20 20" className={className} aria-hidden>
      <path
        d={markerPath(MARKER_STYLE[health].shape, 10, 10, 6.5)}
        fill={MARKER_STYLE[health].fill}
      />
    </svg>
  );
}
