import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Noto Sans (SIL Open Font License), read from the @expo-google-fonts/noto-sans package: it
 * has Latin with the Norwegian letters and Cyrillic, and is embedded (subset) in every PDF,
 * so documents look the same on every reader. Read from node_modules at run time, never
 * fetched.
 */
const PACKAGE = "node_modules/@expo-google-fonts/noto-sans";

export const FONT_FILES = {
  regular: "400Regular/NotoSans_400Regular.ttf",
  italic: "400Regular_Italic/NotoSans_400Regular_Italic.ttf",
  semibold: "600SemiBold/NotoSans_600SemiBold.ttf",
  bold: "700Bold/NotoSans_700Bold.ttf",
  boldItalic: "700Bold_Italic/NotoSans_700Bold_Italic.ttf",
} as const;

export type FontFace = keyof typeof FONT_FILES;

/** Used in Word files, which reference rather than embed fonts: present on every office PC. */
export const DOCX_FONT = "Arial";

const cache = new Map<FontFace, Buffer>();

export function fontPath(face: FontFace): string {
  return join(/* turbopackIgnore: true */ process.cwd(), PACKAGE, FONT_FILES[face]);
}

/** The font file's bytes, read once per process. */
export function fontData(face: FontFace): Buffer {
  let data = cache.get(face);
  if (!data) {
    data = readFileSync(fontPath(face));
    cache.set(face, data);
  }
  return data;
}
