import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { INTL_LOCALE, LOCALES } from "@/lib/i18n/locales";

type Tree = { [key: string]: string | Tree };
const load = (locale: string): Tree => JSON.parse(readFileSync(`messages/${locale}.json`, "utf8"));
const flatten = (tree: Tree, prefix = ""): Record<string, string> =>
  Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === "string"
        ? [[`${prefix}${key}`, value]]
        : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  );

const catalogues = Object.fromEntries(LOCALES.map((l) => [l, flatten(load(l))]));
const english = catalogues.en ?? {};

describe("message catalogues", () => {
  it.each(LOCALES)("%s has exactly the same keys as every other language", (locale) => {
    const keys = Object.keys(catalogues[locale] ?? {}).sort();
    expect(keys).toEqual(Object.keys(english).sort());
  });

  it.each(LOCALES)("%s has no empty messages", (locale) => {
    const empty = Object.entries(catalogues[locale] ?? {}).filter(([, v]) => v.trim() === "");
    expect(empty).toEqual([]);
  });

  it.each(LOCALES)("every %s message is valid ICU and formats with sample values", (locale) => {
    for (const [key, message] of Object.entries(catalogues[locale] ?? {})) {
      const format = new IntlMessageFormat(message, INTL_LOCALE[locale]);
      const values = Object.fromEntries([...message.matchAll(/\{(\w+)/g)].map((m) => [m[1], 2]));
      expect(() => format.format(values), key).not.toThrow();
    }
  });

  it("uses all three Russian plural forms wherever a Russian message counts", () => {
    const plural = Object.entries(catalogues.ru ?? {}).filter(([, v]) => /plural,/.test(v));
    expect(plural.length).toBeGreaterThan(0);
    for (const [key, message] of plural) {
      for (const form of ["one {", "few {", "many {"]) expect(message, key).toContain(form);
    }
  });

  it("declines Russian counts correctly: 1 проект, 2 проекта, 5 проектов, 21 проект", () => {
    const format = new IntlMessageFormat(catalogues.ru?.["counts.projects"] ?? "", "ru-RU");
    expect([1, 2, 5, 11, 21, 22].map((count) => format.format({ count }))).toEqual([
      "1 проект",
      "2 проекта",
      "5 проектов",
      "11 проектов",
      "21 проект",
      "22 проекта",
    ]);
  });
});

// Visible words in JSX belong in messages/: a text node with letters in a component is a bug.
describe("no interface text outside messages/", () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? files(join(dir, entry.name))
        : entry.name.endsWith(".tsx")
          ? [join(dir, entry.name)]
          : [],
    );

  it.each([...files("app"), ...files("components")])("%s has no literal text nodes", (file) => {
    const source = readFileSync(file, "utf8");
    const literal = [...source.matchAll(/>\s*([^<>{}\s][^<>{}]*?)\s*</g)]
      .map((m) => m[1] ?? "")
      .filter((text) => /\p{L}{2,}/u.test(text) && !/[=;()]|=>|&&/.test(text));
    expect(literal).toEqual([]);
    const attributes = [
      ...source.matchAll(/\b(aria-label|title|placeholder|alt)="([^"]*\p{L}{2,}[^"]*)"/gu),
    ].map((m) => `${m[1]}="${m[2]}"`);
    expect(attributes).toEqual([]);
  });
});

// The audit viewer renders action codes per language: every code the code writes needs a label.
describe("audit log labels", () => {
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? sources(join(dir, entry.name))
        : /\.(ts|tsx)$/.test(entry.name)
          ? [join(dir, entry.name)]
          : [],
    );
  const codes = new Set(
    ["lib", "db", "scripts"].flatMap(sources).flatMap((file) => {
      const source = readFileSync(file, "utf8");
      return [
        ...source.matchAll(/action: "([a-z_]+\.[a-z_0-9]+)"/g),
        // Audit rows written in raw SQL (bulk seeds).
        ...source.matchAll(/audit_events \(action[^)]*\) values \('([a-z_]+\.[a-z_0-9]+)'/g),
      ].map((m) => m[1] ?? "");
    }),
  );

  it("finds the audit codes in the source", () => {
    expect(codes.size).toBeGreaterThan(40);
  });

  it.each([...codes].sort())("%s has a label in every language", (code) => {
    for (const locale of LOCALES)
      expect(catalogues[locale]?.[`auditLog.actions.${code}`], locale).toBeTruthy();
  });
});
