/** Composes texts of realistic lengths from the phrase banks. */
import type { Locale } from "../../../lib/vocabulary";
import {
  COMMENTS,
  MINUTES,
  NEXT_STEPS,
  NOTE_FILLERS,
  NOTE_OPENERS,
  type Place,
  type Situation,
  SUMMARY_OPENERS,
  SUMMARY_SENTENCES,
  TITLE_SUFFIXES,
  TITLE_TEMPLATES,
  type Topic,
  type Tri,
} from "./banks";
import type { Rng } from "./rng";

export const LANGS = ["nb", "ru", "en"] as const satisfies readonly Locale[];
const INDEX: Record<Locale, 0 | 1 | 2> = { nb: 0, ru: 1, en: 2 };

/** A text in each language; null where the translation is missing. */
export type Texts = Record<Locale, string | null>;

export type Vars = Record<string, string | number>;

export const tri = (entry: Tri, lang: Locale): string => entry[INDEX[lang]];

/** Replaces {slots}; an unknown slot is a bug in the banks. */
export function fill(template: string, vars: Vars): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = vars[key];
    if (value === undefined) throw new Error(`no value for {${key}} in "${template}"`);
    return String(value);
  });
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "i Kirkenes", "в Киркенесе", "in Kirkenes". */
export function inPlace(place: Place, lang: Locale): string {
  if (lang === "ru") return `в ${place.ruIn}`;
  return lang === "nb" ? `i ${place.nb}` : `in ${place.en}`;
}

/** "i Kirkenes og Murmansk", "в Киркенесе и Мурманске", "in Kirkenes and Murmansk". */
export function inPlaces(places: readonly Place[], lang: Locale): string {
  const [first, second] = places;
  if (!first) throw new Error("no place");
  if (!second) return inPlace(first, lang);
  if (lang === "ru") return `в ${first.ruIn} и ${second.ruIn}`;
  return lang === "nb" ? `i ${first.nb} og ${second.nb}` : `in ${first.en} and ${second.en}`;
}

/** The slots of a project's texts in one language. */
export function projectVars(
  lang: Locale,
  words: {
    topic: Topic;
    places: readonly Place[];
    orgNo: string;
    orgRu: string;
    partner: string;
    phase: number;
    year: number;
  },
): Vars {
  const [nb, ruNom, ruGen, en] = words.topic;
  const first = words.places[0];
  if (!first) throw new Error("a project needs a place");
  return {
    T: lang === "nb" ? nb : lang === "en" ? en : ruNom,
    Tn: ruNom,
    Tg: ruGen,
    in: inPlace(first, lang),
    in2: inPlaces(words.places, lang),
    n: words.phase,
    y1: words.year,
    y2: words.year + 1,
    orgNo: words.orgNo,
    orgRu: words.orgRu,
    partner: words.partner,
  };
}

const TITLE_MIN = 40;
const TITLE_MAX = 120;

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(" ", max - 1);
  return `${text.slice(0, space > max / 2 ? space : max - 1).replace(/[\s,:;–-]+$/, "")}…`;
}

/** A title in all three languages, each 40–120 characters. */
export function composeTitle(rng: Rng, vars: Record<Locale, Vars>): Record<Locale, string> {
  let best: Record<Locale, string> | undefined;
  for (let attempt = 0; attempt < 8; attempt++) {
    const template = rng.pick(TITLE_TEMPLATES);
    const texts = {} as Record<Locale, string>;
    for (const lang of LANGS) texts[lang] = capitalise(fill(tri(template, lang), vars[lang]));
    if (LANGS.some((lang) => texts[lang].length < TITLE_MIN)) {
      const suffix = rng.pick(TITLE_SUFFIXES);
      for (const lang of LANGS)
        if (texts[lang].length < TITLE_MIN) texts[lang] += tri(suffix, lang);
    }
    if (LANGS.every((lang) => texts[lang].length >= TITLE_MIN && texts[lang].length <= TITLE_MAX))
      return texts;
    best ??= texts;
  }
  const fallback = best as Record<Locale, string>;
  for (const lang of LANGS) {
    let text = fallback[lang];
    while (text.length < TITLE_MIN) text += tri(TITLE_SUFFIXES[1] as Tri, lang);
    fallback[lang] = cut(text, TITLE_MAX);
  }
  return fallback;
}

const SUMMARY_MIN = 200;
const SUMMARY_MAX = 800;

/** A summary in all three languages, each 200–800 characters. */
export function composeSummary(rng: Rng, vars: Record<Locale, Vars>): Record<Locale, string> {
  const sentences: Tri[] = [rng.pick(SUMMARY_OPENERS), ...rng.shuffled(SUMMARY_SENTENCES)];
  const target = rng.int(230, 720);
  const render = (count: number) => {
    const texts = {} as Record<Locale, string>;
    for (const lang of LANGS)
      texts[lang] = sentences
        .slice(0, count)
        .map((s) => fill(tri(s, lang), vars[lang]))
        .join(" ");
    return texts;
  };
  let count = 2;
  let texts = render(count);
  while (count < sentences.length && texts.en.length < target) texts = render(++count);
  while (count > 2 && LANGS.some((lang) => texts[lang].length > SUMMARY_MAX))
    texts = render(--count);
  while (count < sentences.length && LANGS.some((lang) => texts[lang].length < SUMMARY_MIN))
    texts = render(++count);
  for (const lang of LANGS) texts[lang] = cut(texts[lang], SUMMARY_MAX);
  return texts;
}

/** Adds up to three more sentences (no repeats), towards a target length within [min, max]. */
function growText(
  rng: Rng,
  first: string,
  pool: readonly string[],
  vars: Vars,
  min: number,
  max: number,
  target: number,
): string {
  let text = fill(first, vars);
  const used = new Set<string>([first]);
  let added = 0;
  for (
    let guard = 0;
    guard < 12 && (text.length < min || (text.length < target && added < 3));
    guard++
  ) {
    const next = rng.pick(pool);
    if (used.has(next)) continue;
    used.add(next);
    const sentence = fill(next, vars);
    if (text.length + 1 + sentence.length > max) {
      if (text.length >= min) break;
      continue;
    }
    text = `${text} ${sentence}`;
    added++;
  }
  return text.length > max ? cut(text, max) : text;
}

/** A status note in one language, 40–400 characters, mostly 80–250. */
export function composeNote(rng: Rng, lang: Locale, situation: Situation, vars: Vars): string {
  const target = Math.round(Math.min(400, Math.max(40, Math.exp(rng.normal(Math.log(150), 0.55)))));
  const opener = rng.pick(NOTE_OPENERS[situation][lang]);
  return growText(rng, opener, NOTE_FILLERS[lang], vars, 40, 400, target);
}

/** Next steps in one language, 40–300 characters. */
export function composeNextSteps(rng: Rng, lang: Locale, vars: Vars): string {
  const pool = NEXT_STEPS[lang];
  return growText(rng, rng.pick(pool), pool, vars, 40, 300, rng.int(40, 180));
}

/** A comment in one language, 40–600 characters. */
export function composeComment(rng: Rng, lang: Locale, vars: Vars): string {
  const pool = COMMENTS[lang];
  return growText(rng, rng.pick(pool), pool, vars, 40, 600, rng.int(40, 260));
}

const MONTHS: Record<Locale, readonly string[]> = {
  nb: [
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
  ],
  ru: [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};

/** "15. mars 2018", "15 марта 2018 г.", "15 March 2018". */
export function longDate(ms: number, lang: Locale): string {
  const d = new Date(ms);
  const day = d.getUTCDate();
  const month = MONTHS[lang][d.getUTCMonth()];
  const year = d.getUTCFullYear();
  if (lang === "nb") return `${day}. ${month} ${year}`;
  return lang === "ru" ? `${day} ${month} ${year} г.` : `${day} ${month} ${year}`;
}

/** Minutes of a held meeting in all three languages. */
export function composeMinutes(
  rng: Rng,
  meeting: { city: Tri; cityIn: string; startsOn: number },
): Record<Locale, string> {
  const body = rng.sample(MINUTES.slice(0, -1), rng.int(2, 4));
  const signed = MINUTES[MINUTES.length - 1] as Tri;
  const texts = {} as Record<Locale, string>;
  for (const lang of LANGS) {
    const where =
      lang === "nb"
        ? `Møtet ble holdt i ${meeting.city[0]} ${longDate(meeting.startsOn, lang)}.`
        : lang === "ru"
          ? `Заседание состоялось в ${meeting.cityIn} ${longDate(meeting.startsOn, lang)}`
          : `The meeting was held in ${meeting.city[2]} on ${longDate(meeting.startsOn, lang)}.`;
    texts[lang] = [where, ...body.map((s) => tri(s, lang)), tri(signed, lang)].join(" ");
  }
  return texts;
}
