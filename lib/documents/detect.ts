import "server-only";
import { fileTypeFromBuffer } from "file-type";
import { type AllowedType, isAllowedType } from "./rules";

/*
 * What a file is, from its bytes alone — never from its name or the browser's claim. Binary
 * formats by their signatures (file-type, on the first chunk: enough for the zip directory of
 * Office and OpenDocument files to name their kind); text by its content: no NUL bytes or other
 * binary control characters anywhere, and no markup (HTML, SVG, XML), which is refused outright.
 */

/** A refusal: `found` names what the file turned out to be (null when it is nothing known). */
export class TypeRefused extends Error {
  override name = "TypeRefused";
  constructor(readonly found: string | null) {
    super(found ? `refused type ${found}` : "unrecognised content");
  }
}

export class EmptyFile extends Error {
  override name = "EmptyFile";
}

/** Markup at the start of a text, or an element browsers run anywhere in it. */
const MARKUP_START = /^\s*<(\?xml|!doctype|!--|[a-z][\w:-]*[\s/>])/i;
const MARKUP_ANYWHERE = /<(svg|html|script|iframe|object|embed)[\s/>]|<!doctype\s/i;
const SVG = /<svg[\s/>]/i;
const HTML = /<(html|head|body|script|iframe|!doctype\s+html)[\s/>]/i;

/** Bytes that never occur in text: NUL and the C0 controls except tab, line feed, form feed, CR and ESC. */
function hasBinaryBytes(bytes: Uint8Array): boolean {
  for (const b of bytes) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) return true;
    if (b === 0x7f) return true;
  }
  return false;
}

/** Whether the lines have the same number of a delimiter (outside quotes): a table. */
function looksLikeCsv(text: string, complete: boolean): boolean {
  const lines = text.split(/\r\n|\n|\r/);
  if (!complete) lines.pop();
  const rows = lines.filter((l) => l.trim() !== "").slice(0, 50);
  if (rows.length < 2) return false;
  return [",", ";", "\t"].some((delimiter) => {
    const counts = rows.map((row) => {
      let n = 0;
      let quoted = false;
      for (const ch of row) {
        if (ch === '"') quoted = !quoted;
        else if (ch === delimiter && !quoted) n++;
      }
      return n;
    });
    return counts[0] !== undefined && counts[0] > 0 && counts.every((n) => n === counts[0]);
  });
}

function markupName(text: string): string {
  if (SVG.test(text)) return "SVG";
  if (HTML.test(text)) return "HTML";
  return /^\s*<\?xml/i.test(text) ? "XML" : "HTML";
}

/**
 * The type of a file from its first bytes (`complete`: they are the whole file). Throws
 * TypeRefused for anything not on the allowed list, EmptyFile for no bytes at all.
 */
export async function detectType(head: Uint8Array, complete: boolean): Promise<AllowedType> {
  if (head.byteLength === 0) throw new EmptyFile("empty file");
  const found = await fileTypeFromBuffer(head);
  if (found) {
    if (isAllowedType(found.mime)) return found.mime;
    if (found.mime === "image/svg+xml") throw new TypeRefused("SVG");
    if (found.mime === "text/html") throw new TypeRefused("HTML");
    if (found.mime === "application/xml")
      throw new TypeRefused(markupName(new TextDecoder().decode(head)));
    throw new TypeRefused(`${found.ext.toUpperCase()} (${found.mime})`);
  }
  if (hasBinaryBytes(head)) throw new TypeRefused(null);
  const text = new TextDecoder("utf-8").decode(head);
  const start = text.replace(/^\uFEFF/, "");
  if (MARKUP_START.test(start) || MARKUP_ANYWHERE.test(start))
    throw new TypeRefused(markupName(start));
  return looksLikeCsv(start, complete) ? "text/csv" : "text/plain";
}

/** For text files: the rest of the bytes must be text too (a refusal once they show otherwise). */
export function checkTextChunk(chunk: Uint8Array): void {
  if (hasBinaryBytes(chunk)) throw new TypeRefused(null);
}

export const isText = (type: string) => type === "text/plain" || type === "text/csv";
