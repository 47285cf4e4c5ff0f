import "server-only";
import { Readable } from "node:stream";
import { createInflateRaw } from "node:zlib";

/**
 * The ZIP container of an XLSX upload, read with limits before anything is parsed: its central
 * directory says how many entries there are and how large each inflates to, and both are
 * checked first (a zip bomb of 2 GB of zeros fits in a 2 MB upload). An entry is inflated only
 * when it is needed, as a stream, and never past what it declared: an entry lying about its
 * size is cut off where the lie shows. Entries nobody reads are never inflated at all.
 */

export interface ZipLimits {
  /** Entries in the archive (an XLSX has about a dozen). */
  maxEntries: number;
  /** Bytes all entries together inflate to, as declared; each entry's inflation is held to it. */
  maxUnpackedBytes: number;
}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Where the entry's local header starts. */
  offset: number;
}

export type ZipProblem = "unreadable" | "tooManyEntries" | "tooLarge";

export class ZipRefused extends Error {
  constructor(readonly problem: ZipProblem) {
    super(`zip: ${problem}`);
    this.name = "ZipRefused";
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The end-of-central-directory record: within the last 22 + 65,535 (comment) bytes. */
function endRecord(bytes: Buffer): number {
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--)
    if (bytes.readUInt32LE(i) === EOCD) return i;
  throw new ZipRefused("unreadable");
}

export class ZipArchive {
  private constructor(
    private readonly bytes: Buffer,
    readonly entries: Map<string, ZipEntry>,
    private readonly limits: ZipLimits,
  ) {}

  /** The directory, checked against the limits; nothing is inflated yet. */
  static open(data: Uint8Array, limits: ZipLimits): ZipArchive {
    const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    if (bytes.length < 22) throw new ZipRefused("unreadable");
    const end = endRecord(bytes);
    const count = bytes.readUInt16LE(end + 10);
    const size = bytes.readUInt32LE(end + 12);
    const start = bytes.readUInt32LE(end + 16);
    // ZIP64 (0xFFFF entries, 0xFFFFFFFF offsets) and split archives: not from a spreadsheet
    // program for a file of a few megabytes.
    if (count === 0xffff || start === 0xffffffff || bytes.readUInt16LE(end + 4) !== 0)
      throw new ZipRefused("unreadable");
    if (count > limits.maxEntries) throw new ZipRefused("tooManyEntries");
    if (start + size > end) throw new ZipRefused("unreadable");
    const entries = new Map<string, ZipEntry>();
    let unpacked = 0;
    let at = start;
    for (let i = 0; i < count; i++) {
      if (at + 46 > end || bytes.readUInt32LE(at) !== CENTRAL) throw new ZipRefused("unreadable");
      const flags = bytes.readUInt16LE(at + 8);
      const method = bytes.readUInt16LE(at + 10);
      const compressedSize = bytes.readUInt32LE(at + 20);
      const entrySize = bytes.readUInt32LE(at + 24);
      const nameLength = bytes.readUInt16LE(at + 28);
      const extraLength = bytes.readUInt16LE(at + 30);
      const commentLength = bytes.readUInt16LE(at + 32);
      const offset = bytes.readUInt32LE(at + 42);
      const name = bytes.toString(flags & 0x800 ? "utf8" : "latin1", at + 46, at + 46 + nameLength);
      // Encrypted entries, and sizes only ZIP64 could state.
      if (flags & 0x1 || entrySize === 0xffffffff || compressedSize === 0xffffffff)
        throw new ZipRefused("unreadable");
      unpacked += entrySize;
      if (unpacked > limits.maxUnpackedBytes) throw new ZipRefused("tooLarge");
      entries.set(name.replace(/^\/+/, ""), {
        name,
        method,
        compressedSize,
        size: entrySize,
        offset,
      });
      at += 46 + nameLength + extraLength + commentLength;
    }
    return new ZipArchive(bytes, entries, limits);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The entry's compressed bytes, from behind its local header. */
  private compressed(entry: ZipEntry): Buffer {
    const at = entry.offset;
    if (at + 30 > this.bytes.length || this.bytes.readUInt32LE(at) !== LOCAL)
      throw new ZipRefused("unreadable");
    const start = at + 30 + this.bytes.readUInt16LE(at + 26) + this.bytes.readUInt16LE(at + 28);
    const stop = start + entry.compressedSize;
    if (stop > this.bytes.length) throw new ZipRefused("unreadable");
    return this.bytes.subarray(start, stop);
  }

  /**
   * The entry's bytes as they inflate, in chunks; stops with "tooLarge" as soon as they pass
   * what the entry declared (or the archive's limit). A reader that has what it needs may stop
   * asking: the rest is never inflated.
   */
  async *stream(name: string): AsyncGenerator<Buffer> {
    const entry = this.entries.get(name);
    if (!entry) throw new ZipRefused("unreadable");
    const data = this.compressed(entry);
    const limit = Math.min(entry.size, this.limits.maxUnpackedBytes);
    if (entry.method === 0) {
      if (data.length > limit) throw new ZipRefused("tooLarge");
      yield data;
      return;
    }
    if (entry.method !== 8) throw new ZipRefused("unreadable");
    const inflate = createInflateRaw({ chunkSize: 64 * 1024 });
    Readable.from([data]).pipe(inflate);
    let total = 0;
    try {
      for await (const chunk of inflate as AsyncIterable<Buffer>) {
        total += chunk.length;
        if (total > limit) throw new ZipRefused("tooLarge");
        yield chunk;
      }
    } catch (error) {
      if (error instanceof ZipRefused) throw error;
      throw new ZipRefused("unreadable");
    } finally {
      inflate.destroy();
    }
  }
}
