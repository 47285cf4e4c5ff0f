import type { Locale } from "@/lib/i18n/locales";
import type { PlaceNames, PlaceOption } from "@/lib/places/types";

/** Limits of places, shared by the server schemas and the browser (no zod here). */
export const PLACE_LIMITS = { perProject: 30, name: 120, aliases: 20, key: 64 } as const;

/** A place's key: lowercase ASCII letters, digits and dashes (what `?place=` carries). */
export const PLACE_KEY_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

// The SQL function workplan_fold (migration 0002_search_fold.sql), letter for letter: the
// browser's place search and the import must fold as the database's search does.
const DIGRAPHS: [string, string][] = [
  ["щ", "shch"],
  ["ш", "sh"],
  ["ч", "ch"],
  ["ж", "zh"],
  ["х", "kh"],
  ["ц", "ts"],
  ["ю", "yu"],
  ["я", "ya"],
  ["æ", "ae"],
  ["ß", "ss"],
];
const FROM = "абвгдезийклмнопрстуфыэёøåäöüéèêëáàâóòôíìîúùûçñjywьъ";
const TO = "abvgdeziiklmnoprstufieooaaoueeeeaaaoooiiiuuucniiv";
const SINGLE = new Map([...FROM].map((c, i) => [c, [...TO][i] ?? ""]));

/** Folds Norwegian, Russian and English spellings of a name onto one Latin skeleton. */
export function foldName(input: string): string {
  let text = input.toLowerCase();
  for (const [from, to] of DIGRAPHS) text = text.replaceAll(from, to);
  let out = "";
  for (const c of text) out += SINGLE.has(c) ? SINGLE.get(c) : c;
  return out.replace(/([a-z])\1+/g, "$1");
}

/** The place's name in the reader's language (all three are required). */
export function placeName(names: PlaceNames, locale: Locale): string {
  return names[locale];
}

/** Every name a place is found by: its names in each language, the Sámi one, its aliases. */
export function searchNames(place: Pick<PlaceOption, "names" | "aliases">): string[] {
  const { nb, ru, en, se } = place.names;
  return [nb, ru, en, ...(se ? [se] : []), ...place.aliases];
}

// Letters NFD does not take apart (Sámi đ, ŋ, ŧ; Polish ł), after the marks are gone.
const BARE: Record<string, string> = { đ: "d", ŋ: "n", ŧ: "t", ł: "l", ı: "i" };

/**
 * A name as the place search compares it: folded like the database's search (`foldName`), then
 * without accents and marks, so "Vadsø", "vadso", "Čáhcesuolu" and "cahcesuolu" meet.
 */
export function searchFold(input: string): string {
  return foldName(input.normalize("NFC"))
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đŋŧłı]/g, (c) => BARE[c] ?? c)
    .replace(/([a-z])\1+/g, "$1");
}

/** The words of a folded name: "storskog–borisoglebsky" → ["storskog", "borisoglebsky"]. */
const wordsOf = (folded: string) => folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Whether what was typed (folded) starts a name: 0 the whole name, 1 each typed word a word. */
function nameMatch(name: string, wanted: string, typed: readonly string[]): 0 | 1 | null {
  const folded = searchFold(name);
  if (folded.startsWith(wanted)) return 0;
  const words = wordsOf(folded);
  return typed.every((t) => words.some((w) => w.startsWith(t))) ? 1 : null;
}

/**
 * How well a place answers what was typed, best first (-1: not at all): a name that starts
 * with it before a word that does; the reader's own name before the other languages' names,
 * and those before aliases.
 */
function matchRank(
  place: Pick<PlaceOption, "names" | "aliases">,
  query: string,
  locale: Locale,
): number {
  const wanted = searchFold(query.trim());
  const typed = wordsOf(wanted);
  if (!typed.length) return -1;
  const { nb, ru, en, se } = place.names;
  const own = place.names[locale];
  const tiers = [
    [own],
    [nb, ru, en, se].filter((n): n is string => !!n && n !== own),
    place.aliases,
  ];
  let best = -1;
  tiers.forEach((names, tier) => {
    for (const name of names) {
      const how = nameMatch(name, wanted, typed);
      if (how === null) continue;
      const rank = how * tiers.length + tier;
      if (best < 0 || rank < best) best = rank;
    }
  });
  return best;
}

/** Whether what was typed finds the place: the start of any word of any of its names. */
export function placeMatches(place: Pick<PlaceOption, "names" | "aliases">, query: string) {
  return matchRank(place, query, "en") >= 0;
}

/**
 * The alias a place was found by when none of its names answers what was typed (the picker
 * shows it, so "Porsanger" finding Lakselv makes sense), or null.
 */
export function matchedAlias(
  place: Pick<PlaceOption, "names" | "aliases">,
  query: string,
): string | null {
  if (matchRank({ ...place, aliases: [] }, query, "en") >= 0) return null;
  const nameless = { nb: "", ru: "", en: "", se: null };
  return (
    place.aliases.find(
      (alias) => matchRank({ names: nameless, aliases: [alias] }, query, "en") >= 0,
    ) ?? null
  );
}

/**
 * The places found by what was typed, in any script and spelling ("Мурманск", "Murmansk",
 * "murm", "vadso" for Vadsø): case and accents do not count, and what was typed must start a
 * word of one of the place's names in nb, ru, en or Sámi, or of an alias. Best matches first
 * (see `matchRank`), then the reader's own names in alphabetical order.
 */
export function findPlaces<P extends Pick<PlaceOption, "key" | "names" | "aliases">>(
  places: readonly P[],
  query: string,
  locale: Locale,
  limit = 8,
): P[] {
  const ranked: { place: P; rank: number }[] = [];
  for (const place of places) {
    const rank = matchRank(place, query, locale);
    if (rank >= 0) ranked.push({ place, rank });
  }
  const collator = new Intl.Collator(locale);
  return ranked
    .sort(
      (a, b) => a.rank - b.rank || collator.compare(a.place.names[locale], b.place.names[locale]),
    )
    .slice(0, limit)
    .map((r) => r.place);
}

/** The place a name stands for: one of its names or aliases, folded; or its key. */
export function placeNamed<P extends Pick<PlaceOption, "key" | "names" | "aliases">>(
  places: readonly P[],
  name: string,
): P | undefined {
  const wanted = foldName(name.trim());
  if (!wanted) return undefined;
  return (
    places.find((p) => searchNames(p).some((n) => foldName(n) === wanted)) ??
    places.find((p) => p.key === name.trim().toLowerCase())
  );
}

/** A key for a new place, from its English name: "Murmansk port" → "murmansk-port". */
export function placeKeyFrom(name: string): string {
  return foldName(name)
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 56)
    .replace(/-+$/, "");
}
