import type { Block, Cell, Column, Para, Run, Table } from "@/lib/print/types";

/** Builders of the document model (lib/print/types.ts): what briefs, minutes and reports use. */
export const run = (text: string, style: Omit<Run, "text"> = {}): Run => ({ text, ...style });

export function para(content: string | Run | Run[], options: Omit<Para, "runs"> = {}): Para {
  const runs =
    typeof content === "string" ? [run(content)] : Array.isArray(content) ? content : [content];
  return { runs, ...options };
}

export const block = (p: Para): Block => ({ kind: "para", para: p });

export const pageBreak: Block = { kind: "pageBreak" };

export function table(
  columns: Column[],
  header: (string | Cell)[],
  rows: Cell[][],
  options: { plain?: boolean } = {},
): Table {
  return {
    kind: "table",
    columns,
    header: header.map((h, i) =>
      typeof h === "string" ? [para(h, { style: "small", align: columns[i]?.align })] : h,
    ),
    rows,
    ...options,
  };
}
