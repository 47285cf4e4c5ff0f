import { type DocFormat, documentFormat } from "@/lib/print/i18n";
import { type DocLang, docLocales } from "@/lib/print/languages";
import { para } from "@/lib/print/model";
import type { Block, Cell, DocSpec, Table } from "@/lib/print/types";

/** A row of a side-by-side document: the same content laid out once per language. */
export type PairRow = (f: DocFormat) => Cell;

/**
 * The two originals side by side: one column per language, each headed by its own
 * language's name, every row the same content in both.
 */
export function pairTable(formats: DocFormat[], rows: PairRow[]): Table {
  return {
    kind: "table",
    plain: true,
    columns: formats.map((f) => ({ width: 1, lang: f.lang })),
    header: formats.map((f) => [para(f.t("brief.ownText"), { style: "small", lang: f.lang })]),
    rows: rows.map((row) => formats.map((f) => row(f).map((p) => ({ ...p, lang: f.lang })))),
  };
}

/** The formats of a document's language(s). */
export function formatsFor(lang: DocLang, timeZone: string): DocFormat[] {
  return docLocales(lang).map((l) => documentFormat(l, timeZone));
}

/** Footer and page label in every language of the document, joined. */
export function frame(
  formats: DocFormat[],
  footer: (f: DocFormat) => string,
): Pick<DocSpec, "footer" | "pageLabel" | "lang"> {
  return {
    lang: formats[0]?.lang ?? "en",
    footer: formats.map(footer).join(" / "),
    pageLabel: (page, pages) => formats.map((f) => f.t("brief.page", { page, pages })).join(" / "),
  };
}

/** Blocks for one language, or the same rows side by side for two. */
export function sections(
  formats: DocFormat[],
  single: (f: DocFormat) => Block[],
  pairs: PairRow[],
): Block[] {
  const [only] = formats;
  if (formats.length === 1 && only) return single(only);
  return pairs.length ? [pairTable(formats, pairs)] : [];
}
