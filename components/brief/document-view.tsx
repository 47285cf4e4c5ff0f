import type { ReactNode } from "react";
import { cn } from "@/lib/cn";
import type { Block, Cell, DocSpec, Figure, Para, Run, Table } from "@/lib/print/types";

/**
 * A document spec as a print-ready page: the same layout as the PDF and the Word file,
 * with real headings and tables; each page break of the document starts a printed page.
 */
export function DocumentView({ spec }: { spec: DocSpec }) {
  return (
    <article
      lang={spec.lang}
      className="mx-auto max-w-[210mm] rounded-lg border border-line bg-surface px-6 py-8 shadow-xs sm:px-12 print:max-w-none print:rounded-none print:border-0 print:p-0 print:shadow-none print:text-[10pt]"
    >
      {keyed(pages(spec.blocks)).map(({ key, item, index }) => (
        <section
          key={key}
          className={cn(
            index > 0 &&
              "mt-10 border-t border-line pt-8 print:mt-0 print:border-0 print:pt-0 print:break-before-page",
          )}
        >
          {keyed(item).map(({ key: blockKey, item: b }) => (
            <BlockView key={blockKey} block={b} />
          ))}
        </section>
      ))}
    </article>
  );
}

/** Stable keys for lists that never reorder. */
function keyed<T>(items: T[]): { key: string; item: T; index: number }[] {
  return items.map((item, index) => ({ key: `k${index}`, item, index }));
}

function pages(blocks: Block[]): Block[][] {
  const out: Block[][] = [[]];
  for (const b of blocks) {
    if (b.kind === "pageBreak") {
      if (out[out.length - 1]?.length) out.push([]);
    } else out[out.length - 1]?.push(b);
  }
  return out.filter((page) => page.length);
}

function BlockView({ block }: { block: Block }) {
  if (block.kind === "para") return <ParaView para={block.para} />;
  if (block.kind === "table") return <TableView table={block} />;
  if (block.kind === "figure") return <FigureView figure={block} />;
  return null;
}

/** A drawing of the document (the map) as an image from a data: address: no request, no script. */
function FigureView({ figure }: { figure: Figure }) {
  return (
    // biome-ignore lint/performance/noImgElement: an inline SVG document, not a file to optimise
    <img
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(figure.svg)}`}
      alt={figure.alt}
      width={figure.width}
      height={figure.height}
      className="my-3 h-auto w-full rounded-md border border-line print:break-inside-avoid"
    />
  );
}

function RunView({ run }: { run: Run }) {
  let node: ReactNode = run.text;
  if (run.italic) node = <em>{node}</em>;
  if (run.bold) node = <strong className="font-semibold">{node}</strong>;
  if (run.link)
    node = (
      <a href={run.link} className="text-accent-strong underline underline-offset-2">
        {node}
      </a>
    );
  return run.muted ? <span className="text-muted">{node}</span> : node;
}

const STYLE_CLASSES = {
  kicker: "text-xs font-semibold text-muted print:text-[8pt]",
  title: "mt-2 text-3xl font-bold tracking-tight text-accent-strong first:mt-0 print:text-[19pt]",
  subtitle: "text-lg print:text-[11pt]",
  h1: "mt-8 mb-2 text-xl font-bold text-accent-strong first:mt-0 print:break-after-avoid print:text-[14pt]",
  h2: "mt-6 mb-2 text-lg font-semibold first:mt-0 print:break-after-avoid print:text-[11.5pt]",
  h3: "mt-4 mb-1 font-semibold first:mt-0 print:break-after-avoid print:text-[10pt]",
  body: "my-1",
  small: "my-0.5 text-sm print:text-[8.5pt]",
} as const;

function ParaView({ para }: { para: Para }) {
  const style = para.style ?? "body";
  const className = cn(
    STYLE_CLASSES[style],
    para.align === "right" && "text-right",
    para.align === "center" && "text-center",
    para.indent ? "pl-4" : undefined,
  );
  const runs = keyed(para.runs).map(({ key, item }) => <RunView key={key} run={item} />);
  const props = { className, lang: para.lang };
  switch (style) {
    case "title":
      return <h1 {...props}>{runs}</h1>;
    case "h1":
      return <h2 {...props}>{runs}</h2>;
    case "h2":
      return <h3 {...props}>{runs}</h3>;
    case "h3":
      return <h4 {...props}>{runs}</h4>;
    default:
      return <p {...props}>{runs}</p>;
  }
}

function CellView({ cell }: { cell: Cell }) {
  return (
    <>
      {keyed(cell).map(({ key, item }) => (
        <ParaView key={key} para={item} />
      ))}
    </>
  );
}

function TableView({ table }: { table: Table }) {
  const widths = table.columns.reduce((sum, c) => sum + c.width, 0);
  const header = table.header.map((cell) =>
    cell.map((p) => p.runs.map((r) => r.text).join("")).join(" "),
  );
  return (
    // On a phone each row is a card of labelled cells (.dtable in globals.css): the two
    // languages of a side-by-side brief stack instead of running off the screen.
    <div className="my-3 md:overflow-x-auto">
      <table className="dtable w-full border-collapse text-sm print:text-[9pt]">
        <colgroup>
          {keyed(table.columns).map(({ key, item }) => (
            <col key={key} style={{ width: `${(item.width / widths) * 100}%` }} />
          ))}
        </colgroup>
        {table.header.length ? (
          <thead className="bg-canvas print:table-header-group">
            <tr className="border-b-2 border-muted/50">
              {keyed(table.header).map(({ key, index }) => (
                <th
                  key={key}
                  scope="col"
                  lang={table.columns[index]?.lang}
                  className={cn(
                    "px-2 py-1.5 text-left align-bottom text-xs font-semibold text-muted",
                    table.columns[index]?.align === "right" && "text-right",
                    table.plain && index > 0 && "border-l border-line",
                  )}
                >
                  {header[index]}
                </th>
              ))}
            </tr>
          </thead>
        ) : null}
        <tbody>
          {keyed(table.rows).map(({ key, item: row }) => (
            <tr key={key} className="border-b border-line align-top print:break-inside-avoid">
              {keyed(row).map(({ key: cellKey, item: cell, index }) => (
                <td
                  key={cellKey}
                  lang={table.columns[index]?.lang}
                  data-label={header[index]}
                  className={cn(
                    "px-2 py-1.5",
                    table.columns[index]?.align === "right" && "text-right tabular-nums",
                    table.plain && index > 0 && "border-l border-line",
                  )}
                >
                  <CellView cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
