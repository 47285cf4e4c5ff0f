import "server-only";
import type { PGlite } from "@electric-sql/pglite";
import type postgres from "postgres";
import { isUuid } from "@/lib/validation";

/*
 * Chunks to and from the database by COPY in its binary format: the bytes go as they are and
 * come back as they are (PostgreSQL: over the client's connection; PGlite: through its
 * `/dev/blob` device). The statements of storage.ts carry them as base64 text, which turned
 * every 256 KiB chunk into a 350 KB string on each side: a 50 MB file left about 70 MB of them
 * for the garbage collector, and the text took longer to write and parse than the bytes do.
 * They remain for a store inside a transaction (the COPY would not see its uncommitted rows).
 *
 * Each COPY carries a batch of a few chunks that are already in memory, so a connection is held
 * only while the database takes or gives them, never while a slow client sends or reads.
 *
 * The format (PostgreSQL, "COPY", binary format): an 11-byte signature, a 32-bit flags field
 * and a 32-bit header extension length; then per row a 16-bit field count and per field a
 * 32-bit length and the bytes; a field count of -1 ends the data.
 */

const SIGNATURE = Buffer.from("PGCOPY\n\xff\r\n\0", "latin1");
const HEADER = Buffer.concat([SIGNATURE, Buffer.alloc(8)]);
const TRAILER = Buffer.from([0xff, 0xff]);

/** Chunks written and read in batches by a binary COPY: one per backend. */
export interface ChunkCopier {
  /** Writes chunks `first`, `first + 1`, … of a blob in one COPY. */
  chunksIn(blobId: string, first: number, chunks: readonly Uint8Array[]): Promise<void>;
  /** Reads chunks `from` to `to` (both included) of a blob in one COPY, in order. */
  chunksOut(blobId: string, from: number, to: number): Promise<Buffer[]>;
}

/** The COPY's input: header, one row (blob id, seq, data) a chunk, trailer. */
function rowsIn(
  blobId: string,
  first: number,
  chunks: readonly Uint8Array[],
): Uint8Array<ArrayBuffer>[] {
  if (!isUuid(blobId) || !Number.isSafeInteger(first)) throw new Error("not a chunk range");
  const id = Buffer.from(blobId.replaceAll("-", ""), "hex");
  const parts: Uint8Array<ArrayBuffer>[] = [HEADER];
  chunks.forEach((chunk, i) => {
    const row = Buffer.alloc(2 + 4 + 16 + 4 + 4 + 4);
    row.writeInt16BE(3, 0);
    row.writeInt32BE(16, 2);
    id.copy(row, 6);
    row.writeInt32BE(4, 22);
    row.writeInt32BE(first + i, 26);
    row.writeInt32BE(chunk.byteLength, 30);
    // A request body's pieces and the store's buffers are plain ArrayBuffers, never shared ones.
    parts.push(row, chunk as Uint8Array<ArrayBuffer>);
  });
  parts.push(TRAILER);
  return parts;
}

/** The query of a COPY out; COPY takes no parameters: the id is a uuid, the bounds integers. */
function selectOut(blobId: string, from: number, to: number) {
  if (!isUuid(blobId) || !Number.isSafeInteger(from) || !Number.isSafeInteger(to))
    throw new Error("not a chunk range");
  return `select data from blob_chunks where blob_id = '${blobId}' and seq between ${from} and ${to} order by seq`;
}

/** PostgreSQL: COPY from stdin and to stdout over the client's connection. */
export function postgresCopier(sql: postgres.Sql): ChunkCopier {
  return {
    async chunksIn(blobId, first, chunks) {
      const parts = rowsIn(blobId, first, chunks);
      const stream =
        await sql`copy blob_chunks (blob_id, seq, data) from stdin (format binary)`.writable();
      await new Promise<void>((resolve, reject) => {
        stream.once("error", reject);
        stream.once("finish", resolve);
        for (const part of parts.slice(0, -1)) stream.write(part);
        stream.end(TRAILER);
      });
    },
    async chunksOut(blobId, from, to) {
      const stream = await sql
        .unsafe(`copy (${selectOut(blobId, from, to)}) to stdout (format binary)`)
        .readable();
      // Read as it flows, not by async iteration: postgres.js pauses the connection's socket
      // when its stream buffers more than 16 KB, and when the end of the COPY came in the same
      // packet as that data, the socket stayed paused after it — the connection's next
      // statement never got its answer. A batch is a few chunks: it is held whole anyway.
      const parts: Buffer[] = [];
      await new Promise<void>((resolve, reject) => {
        stream.on("data", (part: Buffer) => parts.push(part));
        stream.once("end", resolve);
        stream.once("error", reject);
      });
      return parseRows(Buffer.concat(parts));
    },
  };
}

/**
 * PGlite: COPY from and to its `/dev/blob` device, which reads the Blob given with the query
 * and hands back what the COPY wrote. Its base64 statements made a 350 KB string of every
 * 256 KiB chunk (the server grew by 67–98 MB for a 50 MB upload, collected only by a full
 * collection) and wrote 8–17 MB/s; a batch of eight chunks by COPY writes in about 20 ms.
 */
export function pgliteCopier(pglite: PGlite): ChunkCopier {
  return {
    async chunksIn(blobId, first, chunks) {
      await pglite.query(
        "copy blob_chunks (blob_id, seq, data) from '/dev/blob' (format binary)",
        [],
        { blob: bytesAsBlob(Buffer.concat(rowsIn(blobId, first, chunks))) },
      );
    },
    async chunksOut(blobId, from, to) {
      const result = await pglite.query(
        `copy (${selectOut(blobId, from, to)}) to '/dev/blob' (format binary)`,
      );
      if (!result.blob) throw new Error("the COPY wrote nothing");
      return parseRows(Buffer.from(await result.blob.arrayBuffer()));
    },
  };
}

/**
 * The COPY's input as PGlite reads it: PGlite takes a `Blob` and reads it once, by its
 * `arrayBuffer()`. A real Blob would copy the batch twice more (into the Blob, and out of it
 * again): 100 MB of buffers for the collector per 50 MB file, which grew the server by 75 MB on
 * the first upload after a start (docs/performance.md, Documents). The bytes are assembled once.
 */
function bytesAsBlob(bytes: Buffer): Blob {
  // Buffer.concat of a batch (over the pool's size) has an ArrayBuffer of its own, exactly this.
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  const buffer = whole
    ? bytes.buffer
    : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  return { arrayBuffer: async () => buffer, size: bytes.byteLength } as unknown as Blob;
}

/** The single field of each row of a binary COPY's output. */
function parseRows(data: Buffer): Buffer[] {
  if (!data.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error("not binary COPY");
  let at = SIGNATURE.length + 4;
  at += 4 + data.readInt32BE(at);
  const rows: Buffer[] = [];
  for (;;) {
    const fields = data.readInt16BE(at);
    at += 2;
    if (fields === -1) return rows;
    if (fields !== 1) throw new Error(`binary COPY row of ${fields} fields`);
    const length = data.readInt32BE(at);
    at += 4;
    if (length < 0) throw new Error("binary COPY: a chunk without data");
    rows.push(data.subarray(at, at + length));
    at += length;
  }
}
