import PDFDocument from "pdfkit";
import SVGtoPDF from "svg-to-pdfkit";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { FONT_FILES, type FontFace, fontData } from "@/lib/print/fonts";
import {
  type Line,
  layoutPara,
  layoutStack,
  type Measure,
  stackHeight,
} from "@/lib/print/pdf-layout";
import { COLORS, STYLES } from "@/lib/print/pdf-style";
import type { Cell, DocSpec, Figure, Para, Table } from "@/lib/print/types";

const MARGIN = { top: 54, bottom: 64, left: 56, right: 56 };
const CELL_PAD = { x: 5, y: 4 };
/** A heading needs this much room below it on the page, or it moves to the next page. */
const KEEP_WITH_NEXT = 48;
/** Rows up to this height move to the next page whole rather than split. */
const SHORT_ROW = 110;

/** Writes a document spec as an A4 PDF with embedded Noto Sans and "Page n of m" footers. */
export async function renderPdf(spec: DocSpec): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: MARGIN,
    bufferPages: true,
    lang: INTL_LOCALE[spec.lang],
    displayTitle: true,
    info: {
      Title: spec.title,
      ...(spec.subject ? { Subject: spec.subject } : {}),
      Author: "Workplan",
      Creator: "Workplan",
    },
  });
  for (const face of Object.keys(FONT_FILES) as FontFace[]) doc.registerFont(face, fontData(face));
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });
  new Writer(doc).write(spec);
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

class Writer {
  private y = MARGIN.top;
  private readonly left = MARGIN.left;
  private readonly width: number;
  private readonly bottom: number;
  private readonly measure: Measure;

  constructor(private readonly doc: PDFKit.PDFDocument) {
    this.width = doc.page.width - MARGIN.left - MARGIN.right;
    this.bottom = doc.page.height - MARGIN.bottom;
    // Words recur throughout a document: measure each once per face and size.
    const widths = new Map<string, number>();
    this.measure = (text, face, size) => {
      const key = `${face}|${size}|${text}`;
      let width = widths.get(key);
      if (width === undefined) {
        width = doc.font(face).fontSize(size).widthOfString(text);
        widths.set(key, width);
      }
      return width;
    };
  }

  write(spec: DocSpec) {
    for (const b of spec.blocks) {
      if (b.kind === "pageBreak") {
        if (this.y > MARGIN.top) this.newPage();
      } else if (b.kind === "para") this.paragraph(b.para);
      else if (b.kind === "figure") this.figure(b);
      else this.table(b);
    }
    this.footers(spec);
  }

  private newPage() {
    this.doc.addPage();
    this.y = MARGIN.top;
  }

  private drawLine(line: Line, x: number, y: number) {
    for (const s of line.segments) {
      this.doc
        .font(s.face)
        .fontSize(line.size)
        .fillColor(s.color)
        .text(s.text, x + s.x, y + (line.height - line.size * 1.36) / 2, {
          lineBreak: false,
          ...(s.link ? { link: s.link, underline: true } : {}),
        });
    }
  }

  private paragraph(p: Para) {
    const lines = layoutPara(p, this.width, this.measure);
    for (const line of lines) {
      const top = this.y > MARGIN.top ? line.spaceBefore : 0;
      const need = top + line.height + (line.keepWithNext ? KEEP_WITH_NEXT : 0);
      if (this.y + need > this.bottom && this.y > MARGIN.top) this.newPage();
      else this.y += top;
      this.drawLine(line, this.left, this.y);
      this.y += line.height;
    }
    this.y += STYLES[p.style ?? "body"].spaceAfter;
  }

  /** A drawing at the text width, as vectors (svg-to-pdfkit); on the next page when it does not fit. */
  private figure(f: Figure) {
    const height = (this.width * f.height) / f.width;
    if (this.y + height + 8 > this.bottom && this.y > MARGIN.top) this.newPage();
    this.y += 4;
    const doc = this.doc;
    doc.save();
    // The drawing's own size (its root's width and height, in pixels) gives way to the text width.
    const sized = f.svg.replace(
      /^<svg([^>]*?) width="[^"]*" height="[^"]*"/,
      `<svg$1 width="${this.width}" height="${height}"`,
    );
    SVGtoPDF(doc as never, sized, this.left, this.y, {
      width: this.width,
      height,
      assumePt: true,
      // Every family is the embedded Noto Sans, in the weight and slant asked for.
      fontCallback: (_family, bold, italic) =>
        bold ? (italic ? "boldItalic" : "bold") : italic ? "italic" : "regular",
    });
    doc.restore();
    this.y += height + 8;
  }

  private columnWidths(t: Table): number[] {
    const total = t.columns.reduce((sum, c) => sum + c.width, 0);
    return t.columns.map((c) => (c.width / total) * this.width);
  }

  private layoutRow(cells: Cell[], widths: number[]): Line[][] {
    return widths.map((w, i) => layoutStack(cells[i] ?? [], w - 2 * CELL_PAD.x, this.measure));
  }

  private rowHeight(cells: Line[][]): number {
    return Math.max(...cells.map(stackHeight), 0) + 2 * CELL_PAD.y;
  }

  private table(t: Table) {
    const widths = this.columnWidths(t);
    const header = this.layoutRow(t.header, widths);
    const headerHeight = t.header.length ? this.rowHeight(header) : 0;
    const fresh = () => {
      this.newPage();
      this.drawHeader(t, header, widths, headerHeight);
    };
    this.y += 4;
    const first = t.rows[0] ? this.rowHeight(this.layoutRow(t.rows[0], widths)) : 0;
    if (this.y + headerHeight + Math.min(first, SHORT_ROW) > this.bottom) this.newPage();
    this.drawHeader(t, header, widths, headerHeight);
    for (const row of t.rows) {
      let cells = this.layoutRow(row, widths);
      let atTop = false;
      for (;;) {
        const height = this.rowHeight(cells);
        if (this.y + height <= this.bottom) {
          this.drawRow(t, cells, widths, height);
          break;
        }
        // A short row moves to the next page whole; a tall one continues there.
        if (height <= SHORT_ROW && !atTop) {
          fresh();
          atTop = true;
          continue;
        }
        const room = this.bottom - this.y - 2 * CELL_PAD.y;
        let fits = cells.map((lines) => take(lines, room));
        if (fits.every((n) => n === 0)) {
          if (!atTop) {
            fresh();
            atTop = true;
            continue;
          }
          fits = cells.map((lines) => Math.min(lines.length, 1));
        }
        const head = cells.map((lines, i) => lines.slice(0, fits[i]));
        this.drawRow(t, head, widths, this.rowHeight(head));
        cells = cells.map((lines, i) => lines.slice(fits[i]));
        fresh();
        atTop = true;
      }
    }
    this.y += 8;
  }

  private drawHeader(t: Table, cells: Line[][], widths: number[], height: number) {
    if (!height) return;
    const doc = this.doc;
    doc.save().rect(this.left, this.y, this.width, height).fill(COLORS.headerFill).restore();
    this.drawCells(cells, widths, this.y);
    this.y += height;
    this.rule(this.y, COLORS.ruleStrong, 0.8);
    if (t.plain) this.columnRules(widths, this.y - height, this.y);
  }

  private drawRow(t: Table, cells: Line[][], widths: number[], height: number) {
    this.drawCells(cells, widths, this.y);
    if (t.plain) this.columnRules(widths, this.y, this.y + height);
    this.y += height;
    this.rule(this.y, COLORS.rule, 0.5);
  }

  private drawCells(cells: Line[][], widths: number[], top: number) {
    let x = this.left;
    for (const [i, lines] of cells.entries()) {
      let y = top + CELL_PAD.y;
      for (const [j, line] of lines.entries()) {
        if (j > 0) y += line.spaceBefore;
        this.drawLine(line, x + CELL_PAD.x, y);
        y += line.height;
      }
      x += widths[i] ?? 0;
    }
  }

  private rule(y: number, color: string, width: number) {
    this.doc
      .save()
      .moveTo(this.left, y)
      .lineTo(this.left + this.width, y)
      .lineWidth(width)
      .strokeColor(color)
      .stroke()
      .restore();
  }

  private columnRules(widths: number[], top: number, bottom: number) {
    let x = this.left;
    for (const w of widths.slice(0, -1)) {
      x += w;
      this.doc
        .save()
        .moveTo(x, top)
        .lineTo(x, bottom)
        .lineWidth(0.5)
        .strokeColor(COLORS.rule)
        .stroke()
        .restore();
    }
  }

  private footers(spec: DocSpec) {
    const doc = this.doc;
    const { start, count } = doc.bufferedPageRange();
    const y = doc.page.height - MARGIN.bottom + 22;
    for (let i = start; i < start + count; i++) {
      doc.switchToPage(i);
      this.rule(y - 6, COLORS.rule, 0.5);
      const label = spec.pageLabel(String(i - start + 1), String(count));
      doc.font("regular").fontSize(7.5).fillColor(COLORS.muted);
      const labelWidth = doc.widthOfString(label);
      doc.text(label, this.left + this.width - labelWidth, y, { lineBreak: false });
      const room = this.width - labelWidth - 24;
      doc.text(
        fitText(spec.footer, room, (s) => doc.widthOfString(s)),
        this.left,
        y,
        {
          lineBreak: false,
        },
      );
    }
  }
}

/** How many of the lines fit into `room` points. */
function take(lines: Line[], room: number): number {
  let used = 0;
  let n = 0;
  for (const [i, line] of lines.entries()) {
    used += line.height + (i === 0 ? 0 : line.spaceBefore);
    if (used > room) break;
    n++;
  }
  // Never leave a heading alone at the bottom.
  while (n > 0 && n < lines.length && lines[n - 1]?.keepWithNext) n--;
  return n;
}

function fitText(text: string, width: number, measure: (s: string) => number): string {
  if (measure(text) <= width) return text;
  let cut = text;
  while (cut.length > 1 && measure(`${cut}…`) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
