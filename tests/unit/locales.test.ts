import { describe, expect, it } from "vitest";
import { negotiateLocale } from "@/lib/i18n/locales";
import { pickLocalized } from "@/lib/i18n/localized";
import { timeZoneFor } from "@/lib/i18n/time-zone";

describe("negotiateLocale", () => {
  it.each([
    ["nb-NO,nb;q=0.9,en;q=0.8", "nb"],
    ["no", "nb"],
    ["nn-NO", "nb"],
    ["ru-RU,ru;q=0.9", "ru"],
    ["de-DE,ru;q=0.5,en;q=0.7", "en"],
    ["de-DE,ru;q=0.8,en;q=0.7", "ru"],
    ["en-US", "en"],
    ["fr-FR,de", undefined],
    ["", undefined],
    ["ru;q=0,en", "en"],
    ["*", undefined],
  ])("%s → %s", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});

describe("pickLocalized", () => {
  const all = { nb: "Havbruk", ru: "Аквакультура", en: "Aquaculture" };

  it("uses the reader's language when present", () => {
    expect(pickLocalized(all, "ru")).toEqual({ text: "Аквакультура", lang: "ru", fallback: false });
  });

  it("falls back visibly, never to nothing", () => {
    expect(pickLocalized({ ru: "Аквакультура" }, "nb")).toEqual({
      text: "Аквакультура",
      lang: "ru",
      fallback: true,
    });
    expect(pickLocalized({ nb: "Havbruk", en: "  " }, "en")).toEqual({
      text: "Havbruk",
      lang: "nb",
      fallback: true,
    });
  });

  it("prefers English as the bridge between Norwegian and Russian", () => {
    expect(pickLocalized({ nb: "Havbruk", en: "Aquaculture" }, "ru")?.lang).toBe("en");
  });

  it("returns null when no language has text", () => {
    expect(pickLocalized({ nb: null, ru: "", en: undefined }, "en")).toBeNull();
  });
});

describe("timeZoneFor", () => {
  it("shows each delegation its own capital's time", () => {
    expect(timeZoneFor("NO")).toBe("Europe/Oslo");
    expect(timeZoneFor("RU")).toBe("Europe/Moscow");
  });
});
