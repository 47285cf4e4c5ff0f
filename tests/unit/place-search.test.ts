import { describe, expect, it } from "vitest";
import { GAZETTEER } from "@/db/seed/gazetteer";
import { findPlaces, matchedAlias, placeMatches, searchFold } from "@/lib/places/rules";
import type { PlaceOption } from "@/lib/places/types";

// The gazetteer as the project form's picker gets it.
const places: PlaceOption[] = GAZETTEER.map((p) => ({
  key: p.key,
  names: { nb: p.nb, ru: p.ru, en: p.en, se: p.se },
  aliases: p.aliases,
  kind: p.kind,
  latitude: p.lat,
  longitude: p.lon,
}));
const keys = (query: string, locale: "nb" | "ru" | "en" = "en") =>
  findPlaces(places, query, locale).map((p) => p.key);

describe("the place search finds a place in any script and spelling", () => {
  it.each([
    ["Мурманск", "murmansk"],
    ["Murmansk", "murmansk"],
    ["murm", "murmansk"],
    ["МУРМ", "murmansk"],
    ["Киркенес", "kirkenes"],
    ["kirk", "kirkenes"],
    ["vadso", "vadso"],
    ["Vadsø", "vadso"],
    ["ВАДСЁ", "vadso"],
    ["cahcesuolu", "vadso"],
    ["Girkonjárga", "kirkenes"],
    ["girkonjarga", "kirkenes"],
    ["Petsamo", "pechenga"],
    ["Петс", "pechenga"],
    ["zapoljarny", "zapolyarny"],
  ])("%s finds %s", (query, key) => {
    expect(keys(query)).toContain(key);
  });

  it("matches the start of any word, not the middle of one", () => {
    const varanger = places.find((p) => p.key === "kirkenes");
    if (!varanger) throw new Error("no Kirkenes");
    expect(placeMatches(varanger, "varanger")).toBe(true); // alias "Sør-Varanger"
    expect(placeMatches(varanger, "Варангер")).toBe(true); // alias "Сёр-Варангер"
    expect(placeMatches(varanger, "kenes")).toBe(false);
    expect(placeMatches(varanger, "")).toBe(false);
    expect(placeMatches(varanger, "  – ")).toBe(false);
  });

  it("wants every typed word to start a word of the same name", () => {
    const kirkenes = places.find((p) => p.key === "kirkenes");
    if (!kirkenes) throw new Error("no Kirkenes");
    expect(placeMatches(kirkenes, "sør var")).toBe(true);
    expect(placeMatches(kirkenes, "var sor")).toBe(true);
    expect(placeMatches(kirkenes, "sør murm")).toBe(false);
  });

  it("puts names that start with the query first, then in the reader's alphabetical order", () => {
    const found = keys("murm");
    expect(found[0]).toBe("murmansk");
    expect(keys("", "ru")).toEqual([]);
    expect(findPlaces(places, "a", "en", 3)).toHaveLength(3);
  });

  it("prefers the reader's own name, then the other names, then aliases", () => {
    // "по": Полярный and Полярные Зори by their Russian names before Lakselv by its alias Porsanger.
    const found = keys("по", "ru");
    const lakselv = found.indexOf("lakselv");
    expect(found.indexOf("polyarny")).toBeGreaterThanOrEqual(0);
    if (lakselv >= 0) expect(found.indexOf("polyarny")).toBeLessThan(lakselv);
    const place = (key: string) => places.find((p) => p.key === key) as PlaceOption;
    expect(matchedAlias(place("lakselv"), "porsa")).toBe("Porsanger");
    expect(matchedAlias(place("lakselv"), "laks")).toBeNull();
    expect(matchedAlias(place("kirkenes"), "sør-var")).toBe("Sør-Varanger");
  });

  it("folds case, accents and scripts onto one skeleton", () => {
    expect(searchFold("Vadsø")).toBe("vadso");
    expect(searchFold("Čáhcesuolu")).toBe(searchFold("cahcesuolu"));
    expect(searchFold("Мурманск")).toBe("murmansk");
    expect(searchFold("Unjárga")).toBe(searchFold("unjarga"));
    expect(searchFold("Ŋ")).toBe("n");
  });
});
