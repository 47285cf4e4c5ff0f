import type { Locale } from "@/lib/vocabulary";

/**
 * A small, format-neutral description of a printed document: what the PDF and the Word
 * writers both lay out. Builders of briefs, minutes and reports produce it; the writers
 * only decide how it looks on the page.
 */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  muted?: boolean;
  /** A web address the text links to (underlined; clickable in the PDF, Word file and page). */
  link?: string;
}

export type ParaStyle = "kicker" | "title" | "subtitle" | "h1" | "h2" | "h3" | "body" | "small";

export interface Para {
  runs: Run[];
  style?: ParaStyle;
  align?: "left" | "right" | "center";
  /** Indentation in levels (a level is about 12 pt). */
  indent?: number;
  /** The language of the text, for the Word spell checker and screen readers. */
  lang?: Locale;
}

export interface Column {
  /** A share of the text width; the shares of a table need not add up to 1. */
  width: number;
  align?: "left" | "right" | "center";
  /** The language of the column's text (the two originals of a bilingual table). */
  lang?: Locale;
}

/** A table cell is a stack of paragraphs. */
export type Cell = Para[];

export interface Table {
  kind: "table";
  columns: Column[];
  /** Repeated at the top of every page the table runs over. */
  header: Cell[];
  rows: Cell[][];
  /** Rows are separated by a line only (a text laid out in columns rather than a grid). */
  plain?: boolean;
}

/**
 * A drawing (the map of the projects' places), as a standalone SVG document: the PDF draws it
 * as vectors, the Word file as an image rendered on the server, the page as an image.
 */
export interface Figure {
  kind: "figure";
  svg: string;
  /** The drawing's own size (its viewBox); it is scaled to the text width. */
  width: number;
  height: number;
  /** What it shows, in words (the table after it has the figures). */
  alt: string;
}

export type Block = { kind: "para"; para: Para } | Table | Figure | { kind: "pageBreak" };

export interface DocSpec {
  /** Document title for the file's metadata. */
  title: string;
  subject?: string;
  /** The main language of the document (the first, for a bilingual one). */
  lang: Locale;
  /** Text at the left of every page footer (e.g. the document's short name). */
  footer: string;
  /** "Page {page} of {pages}" in the document's language(s); page and pages are filled in. */
  pageLabel: (page: string, pages: string) => string;
  blocks: Block[];
}
