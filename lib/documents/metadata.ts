import "server-only";
import { Readable } from "node:stream";
import sharp from "sharp";
import { log } from "@/lib/log";
import { isImage, THUMBNAIL_PX } from "./rules";
import type { BlobStore, PendingBlob } from "./storage";

/*
 * What the lists show besides the name and size: the page count of a PDF, the size in pixels
 * of an image, and a thumbnail made by the server — the browser never shows an uploaded image
 * itself. Made once per version, right after its bytes are stored; a file that cannot be read
 * for them is still kept (its page count or thumbnail is then missing).
 */

export interface FileFacts {
  pageCount: number | null;
  width: number | null;
  height: number | null;
  /** WebP bytes of the thumbnail: EXIF, GPS and every other metadata of the original left out. */
  thumbnail: Uint8Array | null;
}

const NONE: FileFacts = { pageCount: null, width: null, height: null, thumbnail: null };

/** Images with more pixels are not decoded (a "decompression bomb" of a few kilobytes). */
const MAX_PIXELS = 100_000_000;

export async function readFacts(
  store: BlobStore,
  blob: PendingBlob,
  contentType: string,
): Promise<FileFacts> {
  const source = { id: blob.id, sha256: blob.sha256, size: blob.size, contentType };
  try {
    if (contentType === "application/pdf") {
      return { ...NONE, pageCount: await pdfPageCount(store, source) };
    }
    if (isImage(contentType)) return await imageFacts(store.open(source));
  } catch (error) {
    log.info("document facts not read", { type: contentType, reason: String(error) });
  }
  return NONE;
}

/** Decodes the image once: its size, and a thumbnail turned upright by its EXIF orientation. */
async function imageFacts(stream: ReadableStream<Uint8Array>): Promise<FileFacts> {
  const image = sharp({ limitInputPixels: MAX_PIXELS, failOn: "error", sequentialRead: true });
  Readable.fromWeb(stream as import("node:stream/web").ReadableStream<Uint8Array>).pipe(image);
  const [metadata, thumbnail] = await Promise.all([
    image.metadata(),
    image
      .clone()
      .rotate()
      .resize(THUMBNAIL_PX, THUMBNAIL_PX, { fit: "inside", withoutEnlargement: true })
      .webp({ quality: 78 })
      .toBuffer(),
  ]);
  // EXIF orientations 5–8 turn the picture a quarter: its upright width is the stored height.
  const turned = (metadata.orientation ?? 1) >= 5;
  return {
    pageCount: null,
    width: (turned ? metadata.height : metadata.width) ?? null,
    height: (turned ? metadata.width : metadata.height) ?? null,
    thumbnail: new Uint8Array(thumbnail),
  };
}

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
let pdfjs: Promise<PdfJs> | undefined;

/**
 * The number of pages, read by pdf.js through ranges of the stored file: only the parts it
 * needs (the cross-reference table, the catalogue, the page tree), never the whole file.
 */
async function pdfPageCount(
  store: BlobStore,
  source: Parameters<BlobStore["open"]>[0],
): Promise<number | null> {
  pdfjs ??= import("pdfjs-dist/legacy/build/pdf.mjs");
  const { getDocument, PDFDataRangeTransport } = await pdfjs;
  const read = async (begin: number, end: number) => {
    const parts: Uint8Array[] = [];
    for await (const part of store.open(source, {
      start: begin,
      end: end - 1,
    }) as unknown as AsyncIterable<Uint8Array>)
      parts.push(part);
    return Buffer.concat(parts);
  };
  class StoredRange extends PDFDataRangeTransport {
    override requestDataRange(begin: number, end: number) {
      read(begin, end).then(
        (bytes) => this.onDataRange(begin, new Uint8Array(bytes)),
        () => this.abort(),
      );
    }
  }
  const transport = new StoredRange(source.size, null);
  const task = getDocument({
    range: transport,
    length: source.size,
    disableAutoFetch: true,
    disableStream: true,
    rangeChunkSize: 64 * 1024,
    isEvalSupported: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  const timeout = setTimeout(() => void task.destroy(), 15_000);
  try {
    const document = await task.promise;
    return document.numPages;
  } finally {
    clearTimeout(timeout);
    await task.destroy();
  }
}
