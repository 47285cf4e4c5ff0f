import type { DocumentTargetKind } from "@/lib/auth/permissions";

/* Rules of documents shared by the upload form (in the browser), the routes and the actions. */

export type { DocumentTargetKind };
export const DOCUMENT_TARGETS = [
  "project",
  "evidence",
  "meeting",
  "agendaItem",
  "plan",
] as const satisfies readonly DocumentTargetKind[];

export const TITLE_MAX = 200;
export const FILE_NAME_MAX = 255;
/** Files one status update may carry as evidence. */
export const EVIDENCE_MAX = 10;
/** Files one drop or pick may bring at once. */
export const FILES_AT_ONCE = 20;
/** Defaults of DOCUMENT_MAX_MB and DOCUMENT_GROUP_QUOTA_MB (lib/env.ts). */
export const DEFAULT_MAX_MB = 50;
export const DEFAULT_GROUP_QUOTA_MB = 1024;
/** A deleted document's files are kept this long (for an operator to recover), then purged. */
export const DELETED_RETENTION_DAYS = 30;
/** Evidence uploaded for a status update that was never posted is removed after this long. */
export const STAGED_RETENTION_HOURS = 24;
/** Thumbnails are at most this wide and high, in pixels. */
export const THUMBNAIL_PX = 320;

export const MIB = 1024 * 1024;

/**
 * The kinds of file a document may be, by the type detected from its content: PDF, Word,
 * Excel, PowerPoint, OpenDocument, plain text, CSV, PNG, JPEG and WebP. The label is the
 * format's own name, the same in every language.
 */
export const ALLOWED_TYPES = {
  "application/pdf": { label: "PDF", ext: "pdf" },
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
    label: "DOCX",
    ext: "docx",
  },
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
    label: "XLSX",
    ext: "xlsx",
  },
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": {
    label: "PPTX",
    ext: "pptx",
  },
  "application/vnd.oasis.opendocument.text": { label: "ODT", ext: "odt" },
  "application/vnd.oasis.opendocument.spreadsheet": { label: "ODS", ext: "ods" },
  "application/vnd.oasis.opendocument.presentation": { label: "ODP", ext: "odp" },
  "text/plain": { label: "TXT", ext: "txt" },
  "text/csv": { label: "CSV", ext: "csv" },
  "image/png": { label: "PNG", ext: "png" },
  "image/jpeg": { label: "JPEG", ext: "jpg" },
  "image/webp": { label: "WebP", ext: "webp" },
} as const;

export type AllowedType = keyof typeof ALLOWED_TYPES;

export const ALLOWED_LABELS = Object.values(ALLOWED_TYPES)
  .map((t) => t.label)
  .join(", ");

export function isAllowedType(type: string): type is AllowedType {
  return Object.hasOwn(ALLOWED_TYPES, type);
}

export const typeLabel = (type: string): string =>
  isAllowedType(type) ? ALLOWED_TYPES[type].label : type;

export const isImage = (type: string) =>
  type === "image/png" || type === "image/jpeg" || type === "image/webp";

/** What the file picker offers (a convenience: the server decides by the content). */
export const ACCEPT = [
  ...Object.keys(ALLOWED_TYPES),
  ...Object.values(ALLOWED_TYPES).map((t) => `.${t.ext}`),
  ".jpeg",
].join(",");

/** Control and formatting characters (bidirectional overrides disguise extensions). */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/**
 * A file name as stored and sent back: its letters kept (Cyrillic, æøå), any folder part and
 * path separator, control and bidirectional formatting characters removed, spaces collapsed,
 * at most FILE_NAME_MAX characters with the extension kept. Never empty.
 */
export function cleanFileName(raw: string, fallback = "document"): string {
  const last = raw.normalize("NFC").split(/[/\\]/).pop() ?? "";
  let name = last
    .replace(INVISIBLE, "")
    .replace(/\s+/g, " ")
    .replace(/^[\s.]+|[\s.]+$/g, "");
  if ([...name].length > FILE_NAME_MAX) {
    const dot = name.lastIndexOf(".");
    const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : "";
    name = [...name.slice(0, name.length - ext.length)]
      .slice(0, FILE_NAME_MAX - ext.length)
      .join("")
      .trimEnd()
      .concat(ext);
  }
  return name || fallback;
}

/** The title a new document starts with: its file name without the extension. */
export function titleFromFileName(fileName: string): string {
  const name = cleanFileName(fileName);
  const dot = name.lastIndexOf(".");
  const base = (dot > 0 ? name.slice(0, dot) : name).replace(/[_]+/g, " ").trim();
  return [...(base || name)].slice(0, TITLE_MAX).join("").trim();
}

/** Megabytes (MiB) as bytes. */
export const megabytes = (mb: number) => Math.floor(mb * MIB);

/** Where a document is downloaded: its current version, or the version numbered. */
export const documentPath = (slug: string, documentId: string, version?: number) =>
  `/g/${slug}/documents/${documentId}${version ? `/versions/${version}` : ""}`;

/** Where the thumbnail of an image's version is fetched. */
export const thumbnailPath = (slug: string, documentId: string, version: number) =>
  `/g/${slug}/documents/${documentId}/thumbnail?v=${version}`;

/** The pages that list documents, refreshed after a change. */
export const DOCUMENT_PAGES = [
  "/g/[group]/projects/[code]",
  "/g/[group]/meetings/[number]",
  "/g/[group]/plans/[number]",
] as const;
