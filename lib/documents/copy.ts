import "server-only";
import type postgres from "postgres";
import { isUuid } from "@/lib/validation";

/*
 * Chunks to and from PostgreSQL by COPY in its binary format: the bytes go to the socket as
 * they are and come back as they are. The statements of storage.ts carry them as base64 text,
 * which PGlite needs (its bytea parameters are ten times slower) but which on PostgreSQL turned
 * every 256 KiB chunk into a 350 KB string on each side: a 50 MB file left about 70 MB of them
 * for the garbage collector, and the text took longer to write and parse than the bytes do.
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

/** Writes chunks `first`, `first + 1`, … of a blob in one COPY. */
export async function copyChunksIn(
  sql: postgres.Sql,
  blobId: string,
  first: number,
  chunks: readonly Uint8Array[],
): Promise<void> {
  if (!isUuid(blobId)) throw new Error("not a blob id");
  const id = Buffer.from(blobId.replaceAll("-", ""), "hex");
  const stream =
    await sql`copy blob_chunks (blob_id, seq, data) from stdin (format binary)`.writable();
  await new Promise<void>((resolve, reject) => {
    stream.once("error", reject);
    stream.once("finish", resolve);
    stream.write(HEADER);
    chunks.forEach((chunk, i) => {
      const row = Buffer.alloc(2 + 4 + 16 + 4 + 4 + 4);
      row.writeInt16BE(3, 0);
      row.writeInt32BE(16, 2);
      id.copy(row, 6);
      row.writeInt32BE(4, 22);
      row.writeInt32BE(first + i, 26);
      row.writeInt32BE(chunk.byteLength, 30);
      stream.write(row);
      stream.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    });
    stream.end(TRAILER);
  });
}

/** Reads chunks `from` to `to` (both included) of a blob in one COPY, in order. */
export async function copyChunksOut(
  sql: postgres.Sql,
  blobId: string,
  from: number,
  to: number,
): Promise<Buffer[]> {
  if (!isUuid(blobId) || !Number.isSafeInteger(from) || !Number.isSafeInteger(to))
    throw new Error("not a chunk range");
  // COPY takes no parameters: the id is checked to be a uuid and the bounds to be integers.
  const stream = await sql
    .unsafe(
      `copy (select data from blob_chunks where blob_id = '${blobId}' and seq between ${from} and ${to} order by seq) to stdout (format binary)`,
    )
    .readable();
  // Read as it flows, not by async iteration: postgres.js pauses the connection's socket when
  // its stream buffers more than 16 KB, and when the end of the COPY came in the same packet as
  // that data, the socket stayed paused after it — the connection's next statement never got
  // its answer. A batch is a few chunks: it is held whole anyway.
  const parts: Buffer[] = [];
  await new Promise<void>((resolve, reject) => {
    stream.on("data", (part: Buffer) => parts.push(part));
    stream.once("end", resolve);
    stream.once("error", reject);
  });
  return parseRows(Buffer.concat(parts));
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
