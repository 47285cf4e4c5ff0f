import "server-only";
import { createHash } from "node:crypto";
import { and, asc, eq, inArray, isNotNull, isNull, lt, notExists, or, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { BLOB_CHUNK_BYTES, blobChunks, blobs, documentVersions } from "@/db/schema";
import { isUniqueViolation } from "@/lib/errors";
import type { ChunkCopier } from "./copy";

/*
 * Where the bytes of documents live, behind one small interface (BlobStore). The default keeps
 * them in the database — the same on PGlite and PostgreSQL, so `npm run backup` carries them —
 * content-addressed by SHA-256 and in chunks of BLOB_CHUNK_BYTES: no request holds a whole file
 * and no statement carries more than one chunk.
 *
 * A blob is written in two steps, because its hash is known only at its end:
 *   1. put(): the bytes are streamed into a *pending* blob (its own id, no hash yet), inspected
 *      on the way (type, size limit); a refusal or a failure removes what was written.
 *   2. commit(), in the transaction that records the document version: the pending blob gets its
 *      hash — or, when the same bytes are already stored, it is dropped and the stored one is
 *      used. A complete blob and the version naming it therefore appear together.
 * removeUnreferenced() frees blobs no version names any more, and pending blobs left behind by
 * a process that stopped mid-upload.
 *
 * An object store (S3 and the like) would plug in behind the same interface: put() streams to
 * a temporary key (a multipart upload), commit() copies it to the key of its hash (or drops it)
 * and still records the blob row in the same transaction — the table stays the index of what
 * is stored and what names it — open() sends a ranged GET, and removeUnreferenced() deletes the
 * objects of the rows it removes. Backups then need the bucket as well as the database.
 */

/** A byte range, both ends included (as HTTP's Range header counts). */
export interface ByteRange {
  start: number;
  end: number;
}

export interface StoredBlobInfo {
  id: string;
  sha256: string;
  size: number;
  contentType: string | null;
}

/** Bytes written but not yet named by a document version. */
export interface PendingBlob {
  id: string;
  sha256: string;
  size: number;
}

/** Looks at the bytes while they are written; throws to refuse them (nothing is kept then). */
export interface Inspector {
  /** The first chunk (the whole file when it is smaller), before anything is written. */
  first(head: Uint8Array): void | Promise<void>;
  /** Every further chunk, before it is written. */
  next?(chunk: Uint8Array): void;
  /** After the last byte. */
  end?(size: number): void;
}

export class BlobTooLarge extends Error {
  override name = "BlobTooLarge";
  constructor(readonly limit: number) {
    super(`more than ${limit} bytes`);
  }
}

export interface PutOptions {
  /** The most bytes accepted: one more and the upload is refused (BlobTooLarge). */
  limit: number;
  inspect?: Inspector;
}

export interface BlobStore {
  put(source: AsyncIterable<Uint8Array>, options: PutOptions): Promise<PendingBlob>;
  /** In the caller's transaction: completes the blob, or drops it for the same bytes stored. */
  commit(
    tx: Executor,
    pending: PendingBlob,
    contentType: string,
  ): Promise<{ deduplicated: boolean }>;
  /** Removes a pending blob and its chunks (a refused or failed upload). */
  discard(pending: { id: string }): Promise<void>;
  stat(sha256: string): Promise<StoredBlobInfo | null>;
  /** The bytes of a complete blob, or of a range of them, read one chunk at a time. */
  open(blob: StoredBlobInfo, range?: ByteRange): ReadableStream<Uint8Array>;
  removeUnreferenced(options?: { pendingOlderThan?: Date }): Promise<{ blobs: number }>;
}

/**
 * Bytes cross to the database as base64 text, decoded and encoded there: measured, it is the
 * fastest way on both backends — PGlite's own bytea parameters took ten times as long (a
 * 256 KiB chunk: 19 ms against 227 ms to write, 6 ms against 109 ms to read), PostgreSQL's
 * hex bytea no faster (docs/performance.md, "Documents").
 */
const fromBase64 = (bytes: Uint8Array) =>
  sql`decode(${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64")}, 'base64')`;
const asBase64 = sql<string>`encode(${blobChunks.data}, 'base64')`;

/** Chunks read at once ahead of the one sent: the database's round trips overlap the sending. */
const READ_AHEAD = 4;

/** Chunks per COPY on PostgreSQL (2 MiB), and how many COPYs run at once. */
const COPY_BATCH = 8;
const COPIES_IN_FLIGHT = 2;

/** Chunks written while the next ones arrive: reading and writing overlap, memory stays small. */
const IN_FLIGHT = 8;

/** The bytes stopped coming: the client cancelled or lost its connection. */
export class BodyInterrupted extends Error {
  override name = "BodyInterrupted";
}

/** A request body as an async iterable; a failure to read it is a BodyInterrupted. */
export async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncIterable<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      let next: ReadableStreamReadResult<Uint8Array>;
      try {
        next = await reader.read();
      } catch (error) {
        throw new BodyInterrupted("the request body ended early", { cause: error });
      }
      if (next.done) return;
      if (next.value?.byteLength) yield next.value;
    }
  } finally {
    reader.releaseLock();
  }
}

/**
 * The database implementation of BlobStore (the default, and the only one so far). Given a
 * copier (`copy`, ./copy.ts: PostgreSQL's client or PGlite's device), chunks travel by binary
 * COPY in batches; without it (a store inside a transaction) as base64 text, one per statement.
 */
export function databaseBlobStore(db: Executor, { copy }: { copy?: ChunkCopier } = {}): BlobStore {
  const discard = async ({ id }: { id: string }) => {
    await db.delete(blobs).where(and(eq(blobs.id, id), isNull(blobs.sha256)));
  };

  return {
    async put(source, { limit, inspect }) {
      const [row] = await db.insert(blobs).values({}).returning({ id: blobs.id });
      if (!row) throw new Error("blob not created");
      const blobId = row.id;
      const hash = createHash("sha256");
      const writing: Promise<unknown>[] = [];
      let size = 0;
      let seq = 0;
      let buffer = new Uint8Array(BLOB_CHUNK_BYTES);
      let filled = 0;
      /** Chunks waiting for their COPY, the first of them numbered `batchFirst`. */
      let batch: Uint8Array[] = [];
      let batchFirst = 0;

      const sendBatch = () => {
        if (!copy || !batch.length) return;
        writing.push(copy.chunksIn(blobId, batchFirst, batch));
        batch = [];
        batchFirst = seq;
      };

      const flush = async () => {
        if (filled === 0) return;
        const data = buffer.subarray(0, filled);
        if (seq === 0) await inspect?.first(data);
        else inspect?.next?.(data);
        const writeSeq = seq++;
        filled = 0;
        if (copy) {
          // The batch keeps this buffer until its COPY has sent it: the next chunk gets another.
          batch.push(data);
          buffer = new Uint8Array(BLOB_CHUNK_BYTES);
          if (batch.length >= COPY_BATCH) sendBatch();
        } else {
          // The bytes are in the statement's base64 text from here: the buffer is free again.
          const bytes = fromBase64(data);
          writing.push(
            db.transaction(async (tx) => {
              // Not flushed to disk at this commit: the version's own commit, later, flushes
              // the log up to itself, these chunks included (a pending blob is worth nothing
              // before).
              await tx.execute(sql`set local synchronous_commit to off`);
              await tx.insert(blobChunks).values({ blobId, seq: writeSeq, data: bytes });
            }),
          );
        }
        if (writing.length >= (copy ? COPIES_IN_FLIGHT : IN_FLIGHT)) await writing.shift();
      };

      try {
        for await (const piece of source) {
          size += piece.byteLength;
          if (size > limit) throw new BlobTooLarge(limit);
          hash.update(piece);
          let offset = 0;
          while (offset < piece.byteLength) {
            const take = Math.min(piece.byteLength - offset, buffer.byteLength - filled);
            buffer.set(piece.subarray(offset, offset + take), filled);
            filled += take;
            offset += take;
            if (filled === buffer.byteLength) await flush();
          }
        }
        if (seq === 0 && filled === 0) await inspect?.first(new Uint8Array(0));
        await flush();
        sendBatch();
        inspect?.end?.(size);
        await Promise.all(writing.splice(0));
        await db.update(blobs).set({ size }).where(eq(blobs.id, blobId));
        return { id: blobId, sha256: hash.digest("hex"), size };
      } catch (error) {
        await Promise.allSettled(writing);
        await discard({ id: blobId }).catch(() => {});
        throw error;
      }
    },

    async commit(tx, pending, contentType) {
      // The stored blob of the same bytes, locked so that a clean-up cannot remove it before
      // this transaction names it.
      const [existing] = await tx
        .select({ id: blobs.id })
        .from(blobs)
        .where(eq(blobs.sha256, pending.sha256))
        .for("share");
      if (existing) {
        await tx.delete(blobs).where(and(eq(blobs.id, pending.id), isNull(blobs.sha256)));
        return { deduplicated: true };
      }
      try {
        // In a savepoint: another upload of the same bytes may complete first (unique hash).
        await tx.transaction(async (savepoint) => {
          const [done] = await savepoint
            .update(blobs)
            .set({ sha256: pending.sha256, size: pending.size, contentType })
            .where(and(eq(blobs.id, pending.id), isNull(blobs.sha256)))
            .returning({ id: blobs.id });
          if (!done) throw new Error("pending blob not found");
        });
        return { deduplicated: false };
      } catch (error) {
        if (!isUniqueViolation(error, "blobs_sha256_key")) throw error;
        await tx
          .select({ id: blobs.id })
          .from(blobs)
          .where(eq(blobs.sha256, pending.sha256))
          .for("share");
        await tx.delete(blobs).where(and(eq(blobs.id, pending.id), isNull(blobs.sha256)));
        return { deduplicated: true };
      }
    },

    discard,

    async stat(sha256) {
      const [row] = await db
        .select({
          id: blobs.id,
          sha256: blobs.sha256,
          size: blobs.size,
          contentType: blobs.contentType,
        })
        .from(blobs)
        .where(eq(blobs.sha256, sha256));
      return row?.sha256 ? { ...row, sha256: row.sha256 } : null;
    },

    open(blob, range) {
      const start = range?.start ?? 0;
      const end = range?.end ?? blob.size - 1;
      let seq = Math.floor(start / BLOB_CHUNK_BYTES);
      const last = Math.floor(end / BLOB_CHUNK_BYTES);
      // Chunks are read in spans (a COPY of a few, or one statement each), the next spans
      // started before they are needed so that the database's round trips overlap the sending.
      const span = copy ? COPY_BATCH : 1;
      const ahead = copy ? 2 : READ_AHEAD;
      const readSpan = async (from: number): Promise<Uint8Array[]> => {
        const to = Math.min(from + span - 1, last);
        const rows = copy
          ? await copy.chunksOut(blob.id, from, to)
          : await db
              .select({ data: asBase64 })
              .from(blobChunks)
              .where(and(eq(blobChunks.blobId, blob.id), eq(blobChunks.seq, from)))
              .then((found) => found.map((row) => Buffer.from(row.data, "base64")));
        if (rows.length !== to - from + 1)
          throw new Error(`blob ${blob.sha256} lacks chunks of ${from}–${to}`);
        return rows;
      };
      let nextRead = seq;
      const reading: Promise<Uint8Array[]>[] = [];
      const readAhead = () => {
        while (reading.length < ahead && nextRead <= last) {
          reading.push(readSpan(nextRead));
          nextRead += span;
        }
      };
      let ready: Uint8Array[] = [];
      return new ReadableStream<Uint8Array>(
        {
          async pull(controller) {
            if (blob.size === 0 || seq > last) {
              controller.close();
              return;
            }
            if (!ready.length) {
              readAhead();
              const next = reading.shift();
              readAhead();
              try {
                ready = next ? await next : [];
              } catch (error) {
                controller.error(error);
                return;
              }
            }
            const data = ready.shift();
            if (!data) {
              controller.error(new Error(`blob ${blob.sha256} lacks chunk ${seq}`));
              return;
            }
            const offset = seq * BLOB_CHUNK_BYTES;
            const from = Math.max(0, start - offset);
            const to = Math.min(data.byteLength, end - offset + 1);
            controller.enqueue(
              new Uint8Array(data.buffer, data.byteOffset + from, Math.max(0, to - from)),
            );
            seq++;
          },
          cancel() {
            // Reads already sent finish on their own; nothing waits for them.
            for (const pending of reading.splice(0)) pending.catch(() => {});
          },
        },
        { highWaterMark: 1 },
      );
    },

    async removeUnreferenced({ pendingOlderThan } = {}) {
      const named = (
        column: typeof documentVersions.blobSha256 | typeof documentVersions.thumbnailSha256,
      ) =>
        db
          .select({ one: documentVersions.number })
          .from(documentVersions)
          .where(eq(column, blobs.sha256));
      const unreferenced = and(
        isNotNull(blobs.sha256),
        notExists(named(documentVersions.blobSha256)),
        notExists(named(documentVersions.thumbnailSha256)),
      );
      const abandoned = pendingOlderThan
        ? and(isNull(blobs.sha256), lt(blobs.createdAt, pendingOlderThan))
        : undefined;
      let removed = 0;
      for (;;) {
        // In batches, skipping blobs an upload holds at this moment (commit locks them).
        const batch = db
          .select({ id: blobs.id })
          .from(blobs)
          .where(abandoned ? or(unreferenced, abandoned) : unreferenced)
          .orderBy(asc(blobs.createdAt))
          .limit(100)
          .for("update", { skipLocked: true });
        const gone = await db
          .delete(blobs)
          .where(inArray(blobs.id, batch))
          .returning({ id: blobs.id });
        removed += gone.length;
        if (gone.length < 100) return { blobs: removed };
      }
    },
  };
}

/** Parses an HTTP Range header against a size: null when absent or not bytes; "invalid" for 416. */
export function parseRange(header: string | null, size: number): ByteRange | null | "invalid" {
  if (!header) return null;
  const match = /^\s*bytes\s*=\s*(.+)$/i.exec(header);
  if (!match?.[1]) return null;
  // Several ranges (multipart/byteranges) are answered with the first only when they touch;
  // otherwise with the whole file (allowed by RFC 9110: a server may ignore Range).
  const parts = match[1].split(",").map((p) => p.trim());
  if (parts.length > 1) return null;
  const spec = /^(\d*)\s*-\s*(\d*)$/.exec(parts[0] ?? "");
  if (!spec) return "invalid";
  const [, from, to] = spec;
  if (from === "" && to === "") return "invalid";
  if (from === "") {
    const suffix = Number(to);
    if (!Number.isSafeInteger(suffix) || suffix === 0 || size === 0) return "invalid";
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(from);
  const end = to === "" ? size - 1 : Math.min(Number(to), size - 1);
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) return "invalid";
  if (start >= size || end < start) return "invalid";
  return { start, end };
}
