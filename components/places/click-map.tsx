"use client";

import type { MouseEvent } from "react";
import { MAP_COLORS, MAP_HEIGHT, MAP_WIDTH } from "@/lib/map/rules";
import type { PlacePicker } from "@/lib/places/types";

export interface MapDot {
  key: string;
  x: number;
  y: number;
  /** Drawn larger and darker: chosen, or the point being set. */
  strong?: boolean;
}

/**
 * The base map to click on (the region as every page draws it): a click gives the point in map
 * units to `onPick`. For pointer users alongside a keyboard way of doing the same (a search box,
 * coordinate fields), so the drawing itself is hidden from assistive technology.
 */
export function ClickMap({
  base,
  dots,
  caption,
  onPick,
}: {
  base: PlacePicker["base"];
  dots: readonly MapDot[];
  caption: string;
  onPick: (x: number, y: number) => void;
}) {
  const click = (event: MouseEvent<SVGSVGElement>) => {
    const svg = event.currentTarget;
    const matrix = svg.getScreenCTM();
    if (!matrix) return;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    onPick(point.x, point.y);
  };
  return (
    <figure className="space-y-1">
      <svg
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        aria-hidden="true"
        className="h-auto w-full cursor-crosshair rounded-md border border-line"
        onClick={click}
      >
        <rect width={MAP_WIDTH} height={MAP_HEIGHT} fill={MAP_COLORS.sea} />
        <path d={base.land} fill={MAP_COLORS.land} stroke={MAP_COLORS.coast} strokeWidth={0.8} />
        <path d={base.borders} fill="none" stroke={MAP_COLORS.border} strokeDasharray="5 3" />
        <path
          d={base.borderNoRu}
          fill="none"
          stroke={MAP_COLORS.border}
          strokeWidth={2}
          strokeDasharray="7 3"
        />
        {dots.map((d) => (
          <circle
            key={d.key}
            data-place={d.key}
            cx={d.x}
            cy={d.y}
            r={d.strong ? 7 : 4}
            fill={d.strong ? "#1d4ed8" : "#475569"}
            stroke="#fff"
            strokeWidth={1.5}
          />
        ))}
      </svg>
      <figcaption className="text-xs text-muted">{caption}</figcaption>
    </figure>
  );
}
