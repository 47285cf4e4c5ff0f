import type { FontFace } from "@/lib/print/fonts";
import { COLORS, faceOf, STYLES } from "@/lib/print/pdf-style";
import type { Para } from "@/lib/print/types";

/** Measures a string in a face and size (the PDF document's own font metrics). */
export type Measure = (text: string, face: FontFace, size: number) => number;

export interface Segment {
  text: string;
  face: FontFace;
  color: string;
  x: number;
  link?: string;
}

/** One laid-out line: its segments, advance and the space to leave above it. */
export interface Line {
  segments: Segment[];
  size: number;
  height: number;
  spaceBefore: number;
  /** True on the first line of a heading: it should not end a page. */
  keepWithNext: boolean;
}

interface Piece {
  text: string;
  face: FontFace;
  color: string;
  link?: string;
  width: number;
  space: boolean;
  newline: boolean;
}

const INDENT = 12;

function pieces(p: Para, measure: Measure): Piece[] {
  const style = STYLES[p.style ?? "body"];
  const out: Piece[] = [];
  for (const r of p.runs) {
    const face = faceOf(style, r);
    const color = r.link ? COLORS.accent : r.muted ? COLORS.muted : style.color;
    for (const token of r.text.split(/(\n|[ \t]+)/)) {
      if (!token) continue;
      const newline = token === "\n";
      const space = !newline && /^[ \t]+$/.test(token);
      const text = space ? " " : token;
      out.push({
        text,
        face,
        color,
        link: r.link,
        newline,
        space,
        width: newline ? 0 : measure(text, face, style.size),
      });
    }
  }
  return out;
}

/** Breaks a word wider than the line into pieces that fit. */
function splitWord(piece: Piece, width: number, size: number, measure: Measure): Piece[] {
  const parts: Piece[] = [];
  let current = "";
  for (const char of piece.text) {
    const next = current + char;
    if (current && measure(next, piece.face, size) > width) {
      parts.push({ ...piece, text: current, width: measure(current, piece.face, size) });
      current = char;
    } else current = next;
  }
  if (current) parts.push({ ...piece, text: current, width: measure(current, piece.face, size) });
  return parts;
}

/** Lays a paragraph out in lines of at most `width` points. */
export function layoutPara(p: Para, width: number, measure: Measure): Line[] {
  const style = STYLES[p.style ?? "body"];
  const indent = (p.indent ?? 0) * INDENT;
  const available = Math.max(width - indent, 20);
  const lines: Piece[][] = [];
  let line: Piece[] = [];
  let used = 0;
  const flush = () => {
    while (line.length && line[line.length - 1]?.space) line.pop();
    lines.push(line);
    line = [];
    used = 0;
  };
  const queue = pieces(p, measure);
  for (let i = 0; i < queue.length; i++) {
    const piece = queue[i] as Piece;
    if (piece.newline) {
      flush();
      continue;
    }
    if (piece.space && line.length === 0) continue;
    if (used + piece.width <= available || (piece.space && line.length > 0)) {
      line.push(piece);
      used += piece.width;
      continue;
    }
    if (line.length > 0) flush();
    if (piece.width > available) {
      const parts = splitWord(piece, available, style.size, measure);
      queue.splice(i, 1, ...parts);
      i--;
      continue;
    }
    line.push(piece);
    used = piece.width;
  }
  if (line.length || lines.length === 0) flush();

  const height = style.size * style.leading;
  const heading = p.style === "h1" || p.style === "h2" || p.style === "h3";
  return lines.map((pieceLine, index) => {
    const lineWidth = pieceLine.reduce((sum, piece) => sum + piece.width, 0);
    let x =
      indent +
      (p.align === "right"
        ? available - lineWidth
        : p.align === "center"
          ? (available - lineWidth) / 2
          : 0);
    const segments: Segment[] = [];
    for (const piece of pieceLine) {
      const last = segments[segments.length - 1];
      if (
        last &&
        last.face === piece.face &&
        last.color === piece.color &&
        last.link === piece.link
      )
        last.text += piece.text;
      else
        segments.push({
          text: piece.text,
          face: piece.face,
          color: piece.color,
          x,
          ...(piece.link ? { link: piece.link } : {}),
        });
      x += piece.width;
    }
    return {
      segments,
      size: style.size,
      height,
      spaceBefore: index === 0 ? style.spaceBefore : 0,
      keepWithNext: heading && index === lines.length - 1,
    };
  });
}

/** Lays out a stack of paragraphs; the space after one paragraph goes before the next line. */
export function layoutStack(paras: Para[], width: number, measure: Measure): Line[] {
  const out: Line[] = [];
  let pendingAfter = 0;
  for (const p of paras) {
    const lines = layoutPara(p, width, measure);
    const first = lines[0];
    if (first) first.spaceBefore = Math.max(first.spaceBefore, pendingAfter);
    out.push(...lines);
    pendingAfter = STYLES[p.style ?? "body"].spaceAfter;
  }
  return out;
}

/** Height of lines laid one under the other; the first line's space above is dropped. */
export function stackHeight(lines: Line[]): number {
  return lines.reduce((sum, line, i) => sum + line.height + (i === 0 ? 0 : line.spaceBefore), 0);
}
