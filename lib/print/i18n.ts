import { createTranslator } from "next-intl";
import { INTL_LOCALE, type Locale } from "@/lib/i18n/locales";
import en from "@/messages/en.json";
import nb from "@/messages/nb.json";
import ru from "@/messages/ru.json";

type Messages = typeof en;
const MESSAGES: Record<Locale, Messages> = { nb, ru, en };

const createDocumentTranslator = (lang: Locale) =>
  createTranslator({ locale: INTL_LOCALE[lang], messages: MESSAGES[lang] });

/**
 * One translator a language for the process: each keeps the messages it has compiled, so a
 * thousand mails or a long document compile each message once (a new one compiles anew).
 */
const translators = new Map<Locale, ReturnType<typeof createDocumentTranslator>>();

/**
 * Labels for documents and mails, resolved without a request: a document's language is chosen
 * by the reader per download (and a bilingual one needs two at once), not the interface's.
 */
export function documentTranslator(lang: Locale) {
  let translator = translators.get(lang);
  if (!translator) {
    translator = createDocumentTranslator(lang);
    translators.set(lang, translator);
  }
  return translator;
}

export type DocTranslator = ReturnType<typeof documentTranslator>;

/** Dates, numbers and labels of one document language. */
export interface DocFormat {
  lang: Locale;
  t: DocTranslator;
  /** "4 February 2020" / "4. februar 2020" / "4 февраля 2020 г." */
  day: (iso: string) => string;
  /** "4 Feb 2020" / "4. feb. 2020" / "4 февр. 2020 г." */
  shortDay: (iso: string) => string;
  /** A moment as a calendar day in the document's time zone. */
  momentDay: (iso: string) => string;
  momentLong: (iso: string) => string;
  /** "4–5 February 2020" / "4.–5. februar 2020" / "4–5 февраля 2020 г." */
  days: (from: string, to: string) => string;
  percent: (value: number) => string;
  /** "+15", "−5", "0" */
  signed: (value: number) => string;
  /** A status or health label inside a sentence (lower case where the language wants it). */
  inSentence: (label: string) => string;
}

const utcDay = (iso: string) => new Date(`${iso.slice(0, 10)}T12:00:00Z`);
/** Keeps the Russian year abbreviation on the line of its year. */
const keep = (text: string) => text.replace(/ (гг?\.)/g, "\u00a0$1");

export function documentFormat(lang: Locale, timeZone: string): DocFormat {
  const tag = INTL_LOCALE[lang];
  const long = new Intl.DateTimeFormat(tag, { dateStyle: "long", timeZone: "UTC" });
  const medium = new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeZone: "UTC" });
  const zoned = new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeZone });
  const zonedLong = new Intl.DateTimeFormat(tag, { dateStyle: "long", timeZone });
  const percent = new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 0 });
  const signed = new Intl.NumberFormat(tag, { signDisplay: "exceptZero" });
  return {
    lang,
    t: documentTranslator(lang),
    day: (iso) => keep(long.format(utcDay(iso))),
    shortDay: (iso) => keep(medium.format(utcDay(iso))),
    momentDay: (iso) => keep(zoned.format(new Date(iso))),
    momentLong: (iso) => keep(zonedLong.format(new Date(iso))),
    days: (from, to) =>
      keep(from === to ? long.format(utcDay(from)) : long.formatRange(utcDay(from), utcDay(to))),
    percent: (value) => percent.format(value / 100),
    signed: (value) => signed.format(value),
    // Russian labels stand in quotes with their capital; Norwegian and English lower-case them.
    inSentence: (label) => (lang === "ru" ? label : label.toLocaleLowerCase(tag)),
  };
}
