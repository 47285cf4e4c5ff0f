import { renderDocx } from "@/lib/print/docx";
import { renderPdf } from "@/lib/print/pdf";
import type { DocSpec } from "@/lib/print/types";

export const DOCUMENT_FORMATS = {
  pdf: { mime: "application/pdf", render: renderPdf },
  docx: {
    mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    render: renderDocx,
  },
} as const;

export type DocumentFormat = keyof typeof DOCUMENT_FORMATS;

/** A file name safe everywhere: ASCII letters, digits and hyphens only. */
export function asciiName(...parts: (string | number)[]): string {
  return parts
    .map((p) =>
      String(p)
        .normalize("NFKD")
        .replace(/[øØ]/g, "o")
        .replace(/[æÆ]/g, "ae")
        .replace(/[åÅ]/g, "a")
        .replace(/[^A-Za-z0-9-]+/g, "-")
        .replace(/^-+|-+$/g, "")
        .toLowerCase(),
    )
    .filter(Boolean)
    .join("-");
}

/** Renders the document and answers with it as a download that is never cached. */
export async function documentResponse(
  spec: DocSpec,
  format: DocumentFormat,
  baseName: string,
): Promise<Response> {
  const { mime, render } = DOCUMENT_FORMATS[format];
  const body = await render(spec);
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: {
      "content-type": mime,
      "content-length": String(body.length),
      "content-disposition": `attachment; filename="${baseName}.${format}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
