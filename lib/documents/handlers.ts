import { PgTransaction } from "drizzle-orm/pg-core";
import "server-only";
import type { Database } from "@/db/client";
import { BLOB_CHUNK_BYTES } from "@/db/schema";
import { executeAs } from "@/lib/actions/execute";
import type { ActionState } from "@/lib/actions/guard";
import { authenticate, type SessionLoad } from "@/lib/api/authenticate";
import { authorize, type ResourceRef } from "@/lib/auth/authorize";
import { groupRouteAccess, plain } from "@/lib/auth/route-access";
import type { Viewer } from "@/lib/auth/viewer";
import { ERRORS, type ErrorCode, type MessageRef } from "@/lib/errors";
import { logUnexpected } from "@/lib/log";
import { getDatabase, getDb } from "@/lib/server/db";
import { OUTAGE_HEADERS } from "@/lib/server/outage-response";
import { noteDatabaseFailure } from "@/lib/server/outage-watch";
import { isUuid, toFieldErrors } from "@/lib/validation";
import { addDocument, addDocumentVersion } from "./actions";
import { type ChunkCopier, pgliteCopier, postgresCopier } from "./copy";
import { checkTextChunk, detectType, EmptyFile, isText, TypeRefused } from "./detect";
import {
  parseVersionNumber,
  type StoredFile,
  uploadQuerySchema,
  versionQuerySchema,
} from "./input";
import { type DocumentLimits, documentLimits } from "./limits";
import { readFacts } from "./metadata";
import { findVersion, groupUsage } from "./queries";
import { ALLOWED_LABELS, type AllowedType, titleFromFileName } from "./rules";
import {
  BlobTooLarge,
  BodyInterrupted,
  type ByteRange,
  chunksOf,
  databaseBlobStore,
  type PendingBlob,
  parseRange,
} from "./storage";
import type { UploadResult } from "./types";

/* The routes of documents: uploads (streamed into storage) and downloads (streamed out of it). */

export type { DocumentLimits };

interface Answer {
  status: number;
  body: ActionState<unknown>;
}

const refusal = (
  status: number,
  code: ErrorCode,
  message: MessageRef = { key: ERRORS[code].message },
): Answer => ({ status, body: { status: "error", code, message } });

/** The answer as JSON, never stored; a 503 (the database away) says when to try again. */
const json = ({ status, body }: Answer) =>
  Response.json(body, {
    status,
    headers: status === 503 ? OUTAGE_HEADERS : { "cache-control": "no-store" },
  });

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/**
 * An upload sends the file as application/octet-stream: a type no form of another site can
 * send without the browser asking this server first (CORS), which it never allows. (A browser's
 * session must also come from this site: lib/api/authenticate.ts checks its Origin.)
 */
function contentTypeRefusal(request: Request): Answer | null {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/octet-stream\b/i.test(type))
    return refusal(415, "validation", { key: "documents.errors.contentType" });
  return null;
}

/**
 * The caller — a signed-in browser, or a personal access token of write scope (as every route
 * under /api/) — with nothing pending, a member of the group named: the viewer and the group.
 */
async function uploader(
  db: Database,
  request: Request,
  loadSession: () => Promise<SessionLoad>,
  slug: string,
): Promise<{ viewer: Viewer; groupId: string } | Answer> {
  const who = await authenticate(db, request, loadSession);
  if ("problem" in who) {
    const { code, message } = who.problem;
    return refusal(ERRORS[code].status, code, message);
  }
  const { viewer } = who.caller;
  const group = viewer.groups.find((g) => g.slug === slug);
  if (!group) return refusal(404, "not_found");
  return { viewer, groupId: group.id };
}

/** The permission asked before a byte is stored (the action asks again when recording). */
async function allowed(db: Database, viewer: Viewer, groupId: string, ref: ResourceRef) {
  const { decision, groupId: found } = await authorize(db, viewer.user, "document.attach", ref);
  if (decision === "allow" && found === groupId) return null;
  return decision === "forbidden" && found === groupId
    ? refusal(403, "forbidden")
    : refusal(404, "not_found");
}

/**
 * The binary COPY of the chunks for `db` (./copy.ts): PostgreSQL's client or PGlite's device;
 * none when `db` is a transaction — on PostgreSQL the COPY would run on another connection and
 * wait for the blob row the transaction has not committed, on PGlite it would wait for the
 * transaction itself.
 */
function copyClient(db: Database): ChunkCopier | undefined {
  if (db instanceof PgTransaction) return undefined;
  const handle = getDatabase();
  if (handle.db !== db) return undefined;
  if (handle.sql) return postgresCopier(handle.sql);
  return handle.pglite ? pgliteCopier(handle.pglite) : undefined;
}

/**
 * Streams the request body into storage and has `record` write the document version. Refused
 * before a byte is stored when Content-Length is over the limits, and as soon as the bytes show
 * it otherwise (too many of them, a type not allowed); a refused or failed upload leaves nothing.
 */
async function receive(
  request: Request,
  db: Database,
  groupId: string,
  fileName: string,
  limits: DocumentLimits,
  record: (file: StoredFile, quota: number) => Promise<ActionState<UploadResult>>,
): Promise<Answer> {
  const tooLarge = refusal(413, "validation", {
    key: "documents.errors.tooLarge",
    values: { max: mb(limits.maxBytes) },
  });
  const used = await groupUsage(db, groupId);
  const remaining = Math.max(0, limits.groupQuota - used);
  const overQuota = refusal(413, "validation", {
    key: "documents.errors.quota",
    values: { used: mb(used), quota: mb(limits.groupQuota) },
  });
  const declared = request.headers.get("content-length");
  let length: number | null = null;
  if (declared !== null && /^\d+$/.test(declared)) {
    length = Number(declared);
    if (length > limits.maxBytes) return tooLarge;
    if (length > remaining) return overQuota;
    if (length === 0) return refusal(422, "validation", { key: "documents.errors.empty" });
  }
  if (!request.body) return refusal(422, "validation", { key: "documents.errors.empty" });

  const store = databaseBlobStore(db, { copy: copyClient(db) });
  const seen: { type: AllowedType | null } = { type: null };
  let pending: PendingBlob;
  const limit = Math.min(limits.maxBytes, remaining);
  try {
    pending = await store.put(chunksOf(request.body), {
      limit,
      inspect: {
        first: async (head) => {
          seen.type = await detectType(head, head.byteLength < BLOB_CHUNK_BYTES);
        },
        next: (chunk) => {
          if (seen.type && isText(seen.type)) checkTextChunk(chunk);
        },
      },
    });
  } catch (error) {
    if (error instanceof BlobTooLarge) return limit < limits.maxBytes ? overQuota : tooLarge;
    if (error instanceof EmptyFile)
      return refusal(422, "validation", { key: "documents.errors.empty" });
    if (error instanceof TypeRefused)
      return refusal(415, "validation", {
        key: error.found ? "documents.errors.typeRefused" : "documents.errors.typeUnknown",
        values: { found: error.found ?? "", allowed: ALLOWED_LABELS },
      });
    if (error instanceof BodyInterrupted || request.signal.aborted)
      return refusal(400, "validation", { key: "documents.errors.interrupted" });
    throw error;
  }
  // Fewer bytes than declared: the body was cut short on its way (a proxy with a body limit —
  // Next's own proxy keeps only the first 10 MB of a body it runs for —, a lost connection).
  // Never stored as if it were the whole file.
  if (length !== null && pending.size !== length) {
    await store.discard(pending);
    return refusal(400, "validation", { key: "documents.errors.interrupted" });
  }
  const contentType = seen.type;
  if (!contentType) throw new Error("stored without a detected type");
  let thumbnail: PendingBlob | null = null;
  try {
    const facts = await readFacts(store, pending, contentType);
    if (facts.thumbnail) {
      const bytes = facts.thumbnail;
      thumbnail = await store.put(
        (async function* () {
          yield bytes;
        })(),
        { limit: Number.MAX_SAFE_INTEGER },
      );
    }
    const result = await record(
      {
        blobId: pending.id,
        sha256: pending.sha256,
        size: pending.size,
        contentType,
        fileName,
        pageCount: facts.pageCount,
        width: facts.width,
        height: facts.height,
        thumbnail: thumbnail
          ? { blobId: thumbnail.id, sha256: thumbnail.sha256, size: thumbnail.size }
          : null,
      },
      limits.groupQuota,
    );
    if (result.status === "success") return { status: 201, body: result };
    const status =
      result.message.key === "documents.errors.quota" ? 413 : ERRORS[result.code].status;
    return { status, body: result };
  } finally {
    // Whatever the action did not make part of a document goes (it only removes pending blobs).
    await store.discard(pending);
    if (thumbnail) await store.discard(thumbnail);
  }
}

/** Runs a route body; a lost database answers 503, anything unexpected 500 with a reference. */
async function guarded(route: string, work: () => Promise<Answer>): Promise<Response> {
  try {
    return json(await work());
  } catch (error) {
    if (noteDatabaseFailure(error)) return json(refusal(503, "unavailable"));
    const { correlationId } = logUnexpected("unexpected error in an upload", error, { route });
    return json(
      refusal(500, "internal", {
        key: ERRORS.internal.message,
        values: { reference: correlationId },
      }),
    );
  }
}

const queryOf = (request: Request) => Object.fromEntries(new URL(request.url).searchParams);

/**
 * POST /api/g/[group]/documents?target=project:<id>&name=<file name>[&title=…&language=…&translationOf=…]
 * with the file as the body (application/octet-stream): a new document of a project, a
 * status update being written ("evidence:<project id>"), a meeting, an agenda item or a plan.
 */
export async function uploadDocumentRoute(
  request: Request,
  params: Promise<{ group: string }>,
  loadSession: () => Promise<SessionLoad>,
  limits: DocumentLimits = documentLimits(),
): Promise<Response> {
  const { group: slug } = await params;
  return guarded("/api/g/[group]/documents", async () => {
    const db = getDb();
    const who = await uploader(db, request, loadSession, slug);
    if ("status" in who) return who;
    const wrongType = contentTypeRefusal(request);
    if (wrongType) return wrongType;
    const parsed = uploadQuerySchema.safeParse(queryOf(request));
    if (!parsed.success)
      return {
        status: 422,
        body: {
          status: "error",
          code: "validation",
          message: { key: ERRORS.validation.message },
          fieldErrors: toFieldErrors(parsed.error),
        },
      };
    const query = parsed.data;
    const ref = { kind: "documentTarget", target: query.target.kind, id: query.target.id } as const;
    const refused = await allowed(db, who.viewer, who.groupId, ref);
    if (refused) return refused;
    return receive(request, db, who.groupId, query.name, limits, (file, quota) =>
      executeAs(db, who.viewer, addDocument, {
        target: query.target,
        title: query.title ?? titleFromFileName(query.name),
        language: query.language ?? "",
        translationOf: query.translationOf ?? "",
        file,
        quota,
      }),
    );
  });
}

/** POST /api/g/[group]/documents/[id]/versions?name=<file name>: a new version, the file as the body. */
export async function uploadVersionRoute(
  request: Request,
  params: Promise<{ group: string; id: string }>,
  loadSession: () => Promise<SessionLoad>,
  limits: DocumentLimits = documentLimits(),
): Promise<Response> {
  const { group: slug, id } = await params;
  return guarded("/api/g/[group]/documents/[id]/versions", async () => {
    const db = getDb();
    const who = await uploader(db, request, loadSession, slug);
    if ("status" in who) return who;
    const wrongType = contentTypeRefusal(request);
    if (wrongType) return wrongType;
    if (!isUuid(id)) return refusal(404, "not_found");
    const parsed = versionQuerySchema.safeParse(queryOf(request));
    if (!parsed.success) return refusal(422, "validation");
    const refused = await allowed(db, who.viewer, who.groupId, {
      kind: "document",
      documentId: id,
    });
    if (refused) return refused;
    return receive(request, db, who.groupId, parsed.data.name, limits, (file, quota) =>
      executeAs(db, who.viewer, addDocumentVersion, { documentId: id, file, quota }),
    );
  });
}

/** RFC 6266: an ASCII name for old clients, the real one (UTF-8, percent-encoded) for the rest. */
export function contentDisposition(fileName: string, disposition = "attachment"): string {
  const dot = fileName.lastIndexOf(".");
  const ext = dot > 0 ? fileName.slice(dot).replace(/[^A-Za-z0-9.]/g, "") : "";
  const base = (dot > 0 ? fileName.slice(0, dot) : fileName)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[øØ]/g, "o")
    .replace(/[æÆ]/g, "ae")
    .replace(/[^A-Za-z0-9._ -]+/g, "_")
    .replace(/_+/g, "_")
    .replace(/^[_ .]+|[_ .]+$/g, "");
  const ascii = `${/[A-Za-z0-9]/.test(base) ? base : "document"}${ext}`;
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** Whether an If-None-Match header names this entity tag (or any, "*"). */
function matchesEtag(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header
    .split(",")
    .map((t) => t.trim().replace(/^W\//, ""))
    .some((t) => t === "*" || t === etag);
}

/** The current version, the version numbered in the address, or a version's thumbnail (?v=N). */
export type DownloadKind = "current" | "version" | "thumbnail";

/**
 * GET /g/[group]/documents/[id] (the current version), …/versions/[number], …/thumbnail?v=N:
 * streamed from storage, with Range (206, "bytes=-N" too; 416 when unsatisfiable), the SHA-256
 * as ETag (If-None-Match → 304, If-Range), the detected type, and headers that keep a browser
 * from running anything in it. Members of the group only; anyone else 404.
 */
export async function documentFile(
  request: Request,
  params: Promise<{ group: string; id: string; number?: string }>,
  viewer: Viewer | null,
  kind: DownloadKind,
): Promise<Response> {
  const { group: slug, id, number } = await params;
  const access = groupRouteAccess(viewer, slug);
  if ("response" in access) return access.response;
  if (!isUuid(id)) return plain(404, "Not found");
  const url = new URL(request.url);
  const raw =
    kind === "thumbnail" ? url.searchParams.get("v") : kind === "version" ? (number ?? "") : null;
  const versionNumber = raw === null ? null : parseVersionNumber(raw);
  if (raw !== null && versionNumber === null) return plain(404, "Not found");
  const db = getDb();
  const version = await findVersion(db, access.group.id, access.viewer.user.id, id, versionNumber);
  const thumbnail = kind === "thumbnail";
  const sha = thumbnail ? version?.thumbnailSha256 : version?.sha256;
  if (!version || !sha) return plain(404, "Not found");
  const store = databaseBlobStore(db, { copy: copyClient(db) });
  const blob = await store.stat(sha);
  if (!blob) return plain(404, "Not found");

  const etag = `"${blob.sha256}"`;
  const contentType = thumbnail ? "image/webp" : version.contentType;
  const name = thumbnail
    ? `${version.fileName.replace(/\.[^.]*$/, "")}-thumbnail.webp`
    : version.fileName;
  const headers: Record<string, string> = {
    "content-type": contentType,
    etag,
    "accept-ranges": "bytes",
    // An image made by the server is shown in the page; everything else is only ever saved.
    "content-disposition": contentDisposition(name, thumbnail ? "inline" : "attachment"),
    "x-content-type-options": "nosniff",
    "content-security-policy": "sandbox; default-src 'none'",
    "cache-control": "private, no-cache",
  };
  if (matchesEtag(request.headers.get("if-none-match"), etag))
    return new Response(null, {
      status: 304,
      headers: { etag, "cache-control": headers["cache-control"] as string },
    });

  const ifRange = request.headers.get("if-range");
  const ranged = ifRange === null || ifRange === etag;
  const range = ranged ? parseRange(request.headers.get("range"), blob.size) : null;
  if (range === "invalid")
    return new Response(null, {
      status: 416,
      headers: { "content-range": `bytes */${blob.size}`, "cache-control": "no-store" },
    });
  const body = store.open(blob, range ?? undefined);
  if (!range)
    return new Response(body, {
      status: 200,
      headers: { ...headers, "content-length": String(blob.size) },
    });
  return new Response(body, {
    status: 206,
    headers: {
      ...headers,
      "content-length": String(range.end - range.start + 1),
      "content-range": `bytes ${range.start}-${range.end}/${blob.size}`,
    },
  });
}

export type { ByteRange };
