import { createHash } from "node:crypto";
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  ImageRun,
  type IParagraphStyleOptions,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from "docx";
import sharp from "sharp";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { DOCX_FONT } from "@/lib/print/fonts";
import type {
  Block,
  Cell,
  DocSpec,
  Figure,
  Para,
  ParaStyle,
  Run,
  Table as TableSpec,
} from "@/lib/print/types";

// Word measures in twentieths of a point (twips) and font sizes in half-points.
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: 1077, bottom: 1134, left: 1134, right: 1134, footer: 567 };
const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const COLOR = { ink: "16202C", muted: "4E5B6A", accent: "174A7D", rule: "C3CCD6", fill: "EAEFF4" };

const STYLE_IDS: Record<ParaStyle, string> = {
  kicker: "Kicker",
  title: "Title",
  subtitle: "Subtitle",
  h1: "Heading1",
  h2: "Heading2",
  h3: "Heading3",
  body: "Normal",
  small: "Small",
};

const HEADINGS: Partial<Record<ParaStyle, (typeof HeadingLevel)[keyof typeof HeadingLevel]>> = {
  title: HeadingLevel.TITLE,
  h1: HeadingLevel.HEADING_1,
  h2: HeadingLevel.HEADING_2,
  h3: HeadingLevel.HEADING_3,
};

function style(
  id: string,
  name: string,
  size: number,
  options: { bold?: boolean; color?: string; before?: number; after?: number; keepNext?: boolean },
): IParagraphStyleOptions {
  return {
    id,
    name,
    basedOn: "Normal",
    next: "Normal",
    quickFormat: true,
    run: { font: DOCX_FONT, size, bold: options.bold, color: options.color ?? COLOR.ink },
    paragraph: {
      spacing: { before: options.before ?? 0, after: options.after ?? 60 },
      keepNext: options.keepNext,
      keepLines: options.keepNext,
    },
  };
}

const PARAGRAPH_STYLES: IParagraphStyleOptions[] = [
  style("Kicker", "Kicker", 17, { bold: true, color: COLOR.muted, after: 40 }),
  style("Title", "Title", 40, { bold: true, color: COLOR.accent, before: 120, after: 80 }),
  style("Subtitle", "Subtitle", 22, { after: 40 }),
  style("Heading1", "heading 1", 28, {
    bold: true,
    color: COLOR.accent,
    before: 280,
    after: 120,
    keepNext: true,
  }),
  style("Heading2", "heading 2", 23, { bold: true, before: 200, after: 80, keepNext: true }),
  style("Heading3", "heading 3", 20, { bold: true, before: 160, after: 40, keepNext: true }),
  style("Small", "Small", 16, { after: 40 }),
];

function textRuns(r: Run, lang: string | undefined): (TextRun | ExternalHyperlink)[] {
  const runs = r.text.split("\n").map(
    (text, i) =>
      new TextRun({
        text,
        break: i > 0 ? 1 : undefined,
        bold: r.bold,
        italics: r.italic,
        color: r.muted ? COLOR.muted : undefined,
        language: lang ? { value: lang } : undefined,
        ...(r.link ? { style: "Hyperlink" } : {}),
      }),
  );
  return r.link ? [new ExternalHyperlink({ link: r.link, children: runs })] : runs;
}

const ALIGN = {
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
  center: AlignmentType.CENTER,
} as const;

function paragraph(p: Para, options: { pageBreakBefore?: boolean; lang?: string } = {}): Paragraph {
  const lang = p.lang ? INTL_LOCALE[p.lang] : options.lang;
  const s = p.style ?? "body";
  return new Paragraph({
    style: STYLE_IDS[s],
    heading: HEADINGS[s],
    alignment: p.align ? ALIGN[p.align] : undefined,
    indent: p.indent ? { left: p.indent * 240 } : undefined,
    pageBreakBefore: options.pageBreakBefore,
    children: p.runs.flatMap((r) => textRuns(r, lang)),
  });
}

const rule = { style: BorderStyle.SINGLE, size: 4, color: COLOR.rule };
const strong = { style: BorderStyle.SINGLE, size: 8, color: "7D8A99" };
const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };

function table(t: TableSpec): Table {
  const total = t.columns.reduce((sum, c) => sum + c.width, 0);
  const widths = t.columns.map((c) => Math.round((c.width / total) * TEXT_WIDTH));
  const cell = (content: Cell, i: number, header: boolean) => {
    const column = t.columns[i];
    const lang = column?.lang ? INTL_LOCALE[column.lang] : undefined;
    return new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      margins: { top: 50, bottom: 50, left: 100, right: 100 },
      shading: header ? { fill: COLOR.fill } : undefined,
      borders: header ? { bottom: strong } : undefined,
      children: (content.length ? content : [{ runs: [] }]).map((p) =>
        paragraph({ ...p, align: p.align ?? column?.align }, { lang }),
      ),
    });
  };
  const rows = [
    ...(t.header.length
      ? [
          new TableRow({
            tableHeader: true,
            cantSplit: true,
            children: t.header.map((c, i) => cell(c, i, true)),
          }),
        ]
      : []),
    ...t.rows.map(
      (row) => new TableRow({ children: t.columns.map((_, i) => cell(row[i] ?? [], i, false)) }),
    ),
  ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: rule,
      bottom: rule,
      left: none,
      right: none,
      insideHorizontal: rule,
      insideVertical: t.plain ? rule : none,
    },
    rows,
  });
}

/** Not every word processor reads SVG: a drawing goes in as a PNG rendered here, at about twice the size it is shown. */
const FIGURE_PIXELS = 1600;
/** The text width in pixels at 96 to the inch (what ImageRun measures in). */
const TEXT_WIDTH_PX = Math.round((TEXT_WIDTH / 1440) * 96);

/**
 * Rendered figures by the hash of their SVG. A map or chart changes only when
 * its figures or language do, so repeated downloads of a brief reuse the PNG
 * instead of paying sharp's 0.2–0.3 s per figure each time.
 */
const rendered = new Map<string, Promise<Buffer>>();
const RENDERED_LIMIT = 64;

function rasterise(f: Figure): Promise<Buffer> {
  const key = createHash("sha256").update(f.svg).digest("base64url");
  const hit = rendered.get(key);
  if (hit) {
    rendered.delete(key);
    rendered.set(key, hit);
    return hit;
  }
  const png = sharp(Buffer.from(f.svg), { density: (72 * FIGURE_PIXELS) / f.width })
    .resize({ width: FIGURE_PIXELS })
    .png({ compressionLevel: 9, palette: true })
    .toBuffer();
  rendered.set(key, png);
  png.catch(() => rendered.delete(key));
  if (rendered.size > RENDERED_LIMIT) {
    const oldest = rendered.keys().next().value;
    if (oldest !== undefined) rendered.delete(oldest);
  }
  return png;
}

function figure(f: Figure, png: Buffer, pageBreakBefore: boolean): Paragraph {
  return new Paragraph({
    pageBreakBefore,
    keepNext: true,
    children: [
      new ImageRun({
        type: "png",
        data: png,
        transformation: {
          width: TEXT_WIDTH_PX,
          height: Math.round((TEXT_WIDTH_PX * f.height) / f.width),
        },
        altText: { name: "figure", title: f.alt, description: f.alt },
      }),
    ],
  });
}

function body(blocks: Block[], lang: string, images: Map<Figure, Buffer>): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  let breakPending = false;
  for (const b of blocks) {
    if (b.kind === "pageBreak") {
      breakPending = out.length > 0;
      continue;
    }
    if (b.kind === "para") {
      out.push(paragraph(b.para, { pageBreakBefore: breakPending, lang }));
    } else if (b.kind === "figure") {
      const png = images.get(b);
      if (png) out.push(figure(b, png, breakPending));
    } else {
      if (breakPending) out.push(new Paragraph({ pageBreakBefore: true, style: "Small" }));
      out.push(table(b));
      out.push(new Paragraph({ style: "Small" }));
    }
    breakPending = false;
  }
  return out;
}

function footer(spec: DocSpec): Footer {
  // The page label with Word's PAGE and NUMPAGES fields in place of the numbers.
  const PAGE = "{{page}}";
  const PAGES = "{{pages}}";
  const parts = spec
    .pageLabel(PAGE, PAGES)
    .split(/(\{\{page\}\}|\{\{pages\}\})/)
    .filter(Boolean)
    .map((part) =>
      part === PAGE ? PageNumber.CURRENT : part === PAGES ? PageNumber.TOTAL_PAGES : part,
    );
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        border: { top: rule },
        spacing: { before: 0, after: 0 },
        children: [
          new TextRun({ text: spec.footer, size: 15, color: COLOR.muted }),
          new TextRun({ children: ["\t", ...parts], size: 15, color: COLOR.muted }),
        ],
      }),
    ],
  });
}

/** Writes a document spec as an A4 Word file with repeated table headers and page numbers. */
export async function renderDocx(spec: DocSpec): Promise<Buffer> {
  const lang = INTL_LOCALE[spec.lang];
  const figures = spec.blocks.filter((b): b is Figure => b.kind === "figure");
  const images = new Map(
    await Promise.all(figures.map(async (f) => [f, await rasterise(f)] as const)),
  );
  const document = new Document({
    title: spec.title,
    subject: spec.subject,
    creator: "Workplan",
    styles: {
      default: {
        document: {
          run: { font: DOCX_FONT, size: 19, color: COLOR.ink, language: { value: lang } },
          paragraph: { spacing: { after: 60, line: 264 } },
        },
      },
      paragraphStyles: PARAGRAPH_STYLES,
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height },
            margin: { ...MARGIN, header: 567, gutter: 0 },
          },
        },
        footers: { default: footer(spec) },
        children: body(spec.blocks, lang, images),
      },
    ],
  });
  return Packer.toBuffer(document);
}
