import { createHash, randomBytes } from "node:crypto";
import { count, eq } from "drizzle-orm";
import PDFDocument from "pdfkit";
import type { Executor } from "@/db/client";
import * as s from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import {
  type DocumentLimits,
  type DownloadKind,
  documentFile,
  uploadDocumentRoute,
  uploadVersionRoute,
} from "@/lib/documents/handlers";

/** Uploads and downloads as the routes see them, for tests (the routes' own exports). */

export const MIB = 1024 * 1024;
export const LIMITS: DocumentLimits = { maxBytes: 50 * MIB, groupQuota: 1024 * MIB };

export const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** A body that arrives in pieces, as a browser's upload does (no Content-Length). */
export function streamed(bytes: Uint8Array, piece = 64 * 1024): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.byteLength) {
        controller.close();
        return;
      }
      controller.enqueue(bytes.subarray(offset, offset + piece));
      offset += piece;
    },
  });
}

export interface UploadOptions {
  name?: string;
  title?: string;
  language?: string;
  translationOf?: string;
  /** Send Content-Length (a browser's XMLHttpRequest does); default true. */
  length?: boolean;
  /** Send the body as a stream in pieces; default true. */
  stream?: boolean;
  limits?: DocumentLimits;
  headers?: Record<string, string>;
}

export interface JsonAnswer {
  status: number;
  body: {
    status: string;
    code?: string;
    message?: { key: string; values?: Record<string, unknown> };
    fieldErrors?: Record<string, unknown>;
    data?: {
      documentId: string;
      version: number;
      title: string;
      fileName: string;
      contentType: string;
      size: number;
      deduplicated: boolean;
    };
  };
}

function uploadRequest(path: string, bytes: Uint8Array, query: URLSearchParams, o: UploadOptions) {
  const headers: Record<string, string> = {
    "content-type": "application/octet-stream",
    ...(o.length === false ? {} : { "content-length": String(bytes.byteLength) }),
    ...o.headers,
  };
  return new Request(`http://workplan.test${path}?${query}`, {
    method: "POST",
    headers,
    body: o.stream === false ? bytes : streamed(bytes),
    duplex: "half",
  } as RequestInit);
}

async function answer(response: Response): Promise<JsonAnswer> {
  return { status: response.status, body: (await response.json()) as JsonAnswer["body"] };
}

export async function upload(
  viewer: Viewer | null,
  slug: string,
  target: string,
  bytes: Uint8Array,
  o: UploadOptions = {},
): Promise<JsonAnswer> {
  const query = new URLSearchParams({ target, name: o.name ?? "file.pdf" });
  if (o.title) query.set("title", o.title);
  if (o.language) query.set("language", o.language);
  if (o.translationOf) query.set("translationOf", o.translationOf);
  const request = uploadRequest(`/api/g/${slug}/documents`, bytes, query, o);
  return answer(
    await uploadDocumentRoute(
      request,
      Promise.resolve({ group: slug }),
      async () => ({ viewer }),
      o.limits ?? LIMITS,
    ),
  );
}

export async function uploadVersion(
  viewer: Viewer | null,
  slug: string,
  documentId: string,
  bytes: Uint8Array,
  o: UploadOptions = {},
): Promise<JsonAnswer> {
  const query = new URLSearchParams({ name: o.name ?? "file.pdf" });
  const request = uploadRequest(`/api/g/${slug}/documents/${documentId}/versions`, bytes, query, o);
  return answer(
    await uploadVersionRoute(
      request,
      Promise.resolve({ group: slug, id: documentId }),
      async () => ({ viewer }),
      o.limits ?? LIMITS,
    ),
  );
}

export async function download(
  viewer: Viewer | null,
  slug: string,
  documentId: string,
  {
    kind = "current",
    number,
    headers = {},
    query = "",
  }: {
    kind?: DownloadKind;
    number?: string;
    headers?: Record<string, string>;
    query?: string;
  } = {},
) {
  const request = new Request(`http://workplan.test/g/${slug}/documents/${documentId}${query}`, {
    headers,
  });
  const response = await documentFile(
    request,
    Promise.resolve({ group: slug, id: documentId, ...(number ? { number } : {}) }),
    viewer,
    kind,
  );
  const bytes = new Uint8Array(await response.arrayBuffer());
  return {
    response,
    status: response.status,
    bytes,
    header: (h: string) => response.headers.get(h),
  };
}

/** Rows in the storage tables: what a refused upload must leave as it was. */
export async function storageCounts(db: Executor) {
  const [b] = await db.select({ n: count() }).from(s.blobs);
  const [c] = await db.select({ n: count() }).from(s.blobChunks);
  const [d] = await db.select({ n: count() }).from(s.documents);
  const [v] = await db.select({ n: count() }).from(s.documentVersions);
  return { blobs: b?.n ?? 0, chunks: c?.n ?? 0, documents: d?.n ?? 0, versions: v?.n ?? 0 };
}

export async function chunksOfBlob(db: Executor, sha: string) {
  const [row] = await db
    .select({ n: count() })
    .from(s.blobChunks)
    .innerJoin(s.blobs, eq(s.blobs.id, s.blobChunks.blobId))
    .where(eq(s.blobs.sha256, sha));
  return row?.n ?? 0;
}

/** A real PDF of `pages` pages (pdfkit), with a random line so each one is new bytes. */
export function makePdf(pages = 1, text = "Workplan"): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ autoFirstPage: false, compress: false });
    const parts: Buffer[] = [];
    doc.on("data", (part: Buffer) => parts.push(part));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(parts))));
    doc.on("error", reject);
    for (let i = 0; i < pages; i++) {
      doc.addPage({ size: "A4" });
      doc.text(`${text} ${i + 1} ${randomBytes(8).toString("hex")}`);
    }
    doc.end();
  });
}

/**
 * A valid one-page PDF of `size` bytes: a page, and a stream object of random bytes that makes
 * up the size (the benchmark's and the large round trip's file).
 */
export function bigPdf(size: number): Uint8Array {
  const enc = new TextEncoder();
  const head = enc.encode("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n");
  const objects = [
    "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n",
    "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n",
    "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n",
  ].map((o) => enc.encode(o));
  const fixed = head.byteLength + objects.reduce((n, o) => n + o.byteLength, 0);
  // The padding stream's own wrapping and the cross-reference table take about 400 bytes.
  const tailGuess = 420;
  const payload = Math.max(0, size - fixed - tailGuess);
  const streamHead = enc.encode(`4 0 obj\n<< /Length ${payload} >>\nstream\n`);
  const streamTail = enc.encode("\nendstream\nendobj\n");
  const offsets: number[] = [];
  let at = head.byteLength;
  for (const o of objects) {
    offsets.push(at);
    at += o.byteLength;
  }
  offsets.push(at);
  at += streamHead.byteLength + payload + streamTail.byteLength;
  const xref = enc.encode(
    `xref\n0 5\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`,
  );
  const total = at + xref.byteLength;
  const out = new Uint8Array(total + Math.max(0, size - total));
  let o = 0;
  for (const part of [head, ...objects, streamHead]) {
    out.set(part, o);
    o += part.byteLength;
  }
  out.set(randomBytes(payload), o);
  o += payload;
  out.set(streamTail, o);
  o += streamTail.byteLength;
  out.set(xref, o);
  o += xref.byteLength;
  // Padding after %%EOF (whitespace) brings it to the exact size.
  out.fill(0x0a, o);
  return out;
}
