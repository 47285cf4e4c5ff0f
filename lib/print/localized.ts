import { type LocalizedValues, pickLocalized } from "@/lib/i18n/localized";
import type { DocFormat } from "@/lib/print/i18n";
import { run } from "@/lib/print/model";
import type { Run } from "@/lib/print/types";

/**
 * Content in the document's language; when that language is missing, a marker in it and
 * the text found instead in italics — never silently another language.
 */
export function localizedRuns(
  values: LocalizedValues,
  f: DocFormat,
  style: Omit<Run, "text"> = {},
): Run[] {
  const picked = pickLocalized(values, f.lang);
  if (!picked) return [];
  if (!picked.fallback) return [run(picked.text, style)];
  return [
    run(`${f.t(`brief.missing.${picked.lang}`)} `, { muted: true }),
    run(picked.text, { ...style, italic: true }),
  ];
}
