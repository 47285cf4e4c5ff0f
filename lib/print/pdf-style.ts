import type { FontFace } from "@/lib/print/fonts";
import type { ParaStyle, Run } from "@/lib/print/types";

export const COLORS = {
  ink: "#16202c",
  muted: "#4e5b6a",
  accent: "#174a7d",
  rule: "#c3ccd6",
  ruleStrong: "#7d8a99",
  headerFill: "#eaeff4",
} as const;

export interface TextStyle {
  size: number;
  /** Face of a plain run; bold runs use `strong`. */
  face: FontFace;
  strong: FontFace;
  color: string;
  /** Line advance as a multiple of the font size. */
  leading: number;
  spaceBefore: number;
  spaceAfter: number;
}

const base = { face: "regular", strong: "bold", color: COLORS.ink, leading: 1.36 } as const;

export const STYLES: Record<ParaStyle, TextStyle> = {
  kicker: {
    ...base,
    size: 8.5,
    face: "semibold",
    color: COLORS.muted,
    spaceBefore: 0,
    spaceAfter: 2,
  },
  title: {
    ...base,
    size: 19,
    face: "bold",
    color: COLORS.accent,
    leading: 1.2,
    spaceBefore: 6,
    spaceAfter: 4,
  },
  subtitle: { ...base, size: 11, spaceBefore: 0, spaceAfter: 2 },
  h1: {
    ...base,
    size: 14,
    face: "bold",
    color: COLORS.accent,
    leading: 1.25,
    spaceBefore: 14,
    spaceAfter: 6,
  },
  h2: { ...base, size: 11.5, face: "semibold", leading: 1.3, spaceBefore: 10, spaceAfter: 4 },
  h3: { ...base, size: 10, face: "semibold", spaceBefore: 8, spaceAfter: 2 },
  body: { ...base, size: 9.5, spaceBefore: 0, spaceAfter: 3 },
  small: { ...base, size: 8.5, spaceBefore: 0, spaceAfter: 2 },
};

export function faceOf(style: TextStyle, r: Run): FontFace {
  if (r.bold && r.italic) return "boldItalic";
  if (r.bold) return style.strong;
  if (r.italic) return "italic";
  return style.face;
}

export const isHeading = (style: ParaStyle | undefined) =>
  style === "h1" || style === "h2" || style === "h3" || style === "title";
