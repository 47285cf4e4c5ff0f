import { describe, expect, it } from "vitest";
import { GAZETTEER } from "@/db/seed/gazetteer";
import { drawMap } from "@/lib/map/draw";
import { focusBox, MAP_HEIGHT, MAP_WIDTH } from "@/lib/map/rules";
import type { PlaceFigure } from "@/lib/places/types";

/** Every place of the gazetteer with a number of projects, the first ones the most. */
const figures = (n: number): PlaceFigure[] =>
  GAZETTEER.slice(0, n).map((p, i) => ({
    key: p.key,
    names: { nb: p.nb, ru: p.ru, en: p.en, se: p.se },
    latitude: p.lat,
    longitude: p.lon,
    total: Math.max(1, 40 - i),
    health: { on_track: 1, at_risk: i % 3 === 0 ? 1 : 0, off_track: i % 7 === 0 ? 1 : 0 },
  }));

describe("the map's layout", () => {
  it("gives every located place one marker, and draws the same map for the same figures", () => {
    const all = figures(GAZETTEER.length);
    const drawing = drawMap(all, { locale: "ru" });
    expect(drawing.markers).toHaveLength(all.length);
    expect(JSON.stringify(drawMap(all, { locale: "ru" }))).toBe(JSON.stringify(drawing));
  });

  it("lays out the whole gazetteer well within the bench's 10 ms once warm", () => {
    const all = figures(GAZETTEER.length);
    drawMap(all, { locale: "nb" });
    const start = performance.now();
    for (let i = 0; i < 5; i++) drawMap(all, { locale: "nb" });
    // Generous for a loaded test machine: the bench measures it properly (docs/performance.md).
    expect((performance.now() - start) / 5).toBeLessThan(50);
  });

  it("frames a small map around its markers, in the map's proportions, inside the frame", () => {
    const drawing = drawMap(
      figures(GAZETTEER.length).filter((f) => ["kirkenes", "murmansk"].includes(f.key)),
      { locale: "nb" },
    );
    const box = focusBox(drawing.markers);
    expect(box.width).toBeLessThan(MAP_WIDTH / 2);
    expect(Math.abs(box.height / box.width - MAP_HEIGHT / MAP_WIDTH)).toBeLessThan(0.01);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(MAP_WIDTH);
    expect(box.y + box.height).toBeLessThanOrEqual(MAP_HEIGHT);
    for (const m of drawing.markers) {
      expect(m.x - m.r).toBeGreaterThanOrEqual(box.x);
      expect(m.x + m.r).toBeLessThanOrEqual(box.x + box.width);
      expect(m.y - m.r).toBeGreaterThanOrEqual(box.y);
      expect(m.y + m.r).toBeLessThanOrEqual(box.y + box.height);
    }
    expect(focusBox([])).toEqual({ x: 0, y: 0, width: MAP_WIDTH, height: MAP_HEIGHT });
  });
});
