import { z } from "zod";
import { storableString } from "@/lib/validation";
import { LOCALES } from "@/lib/vocabulary";
import {
  cleanFileName,
  DOCUMENT_TARGETS,
  EVIDENCE_MAX,
  FILE_NAME_MAX,
  isAllowedType,
  TITLE_MAX,
} from "./rules";

const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

/** A document's title: trimmed, one line, 1–TITLE_MAX characters. */
export const titleSchema = storableString()
  .transform((value) => value.replace(/\s+/g, " ").trim())
  .pipe(z.string().min(1).max(TITLE_MAX));

/** nb, ru, en — or none (blank). */
export const languageSchema = z.preprocess(
  blankToUndefined,
  z
    .enum(LOCALES)
    .optional()
    .transform((value) => value ?? null),
);

const optionalId = z.preprocess(
  blankToUndefined,
  z
    .uuid()
    .optional()
    .transform((value) => value ?? null),
);

/** "project:<uuid>", "evidence:<uuid>" (a project), "meeting:…", "agendaItem:…", "plan:…". */
export const targetSchema = z
  .string()
  .max(60)
  .transform((value, ctx) => {
    const [kind, id, ...rest] = value.split(":");
    const parsed = z.object({ kind: z.enum(DOCUMENT_TARGETS), id: z.uuid() }).safeParse({
      kind,
      id,
    });
    if (rest.length || !parsed.success) {
      ctx.addIssue({ code: "custom", params: { key: "documents.errors.target" } });
      return z.NEVER;
    }
    return parsed.data;
  });

/** The file name the browser sent: kept for the download, cleaned (rules.ts). */
export const fileNameSchema = z
  .string()
  .max(4 * FILE_NAME_MAX)
  .transform((value) => cleanFileName(value));

/** What the upload route reads from its address (the body is the file itself). */
export const uploadQuerySchema = z.object({
  target: targetSchema,
  name: fileNameSchema,
  title: z.preprocess(blankToUndefined, titleSchema.optional()),
  language: languageSchema,
  translationOf: optionalId,
});

export const versionQuerySchema = z.object({ name: fileNameSchema });

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const count = z.number().int().min(0).max(2_147_483_647);

/** A file stored by the upload route, described to the action that records it. */
export const storedFileSchema = z.object({
  blobId: z.uuid(),
  sha256,
  size: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  contentType: z.string().refine(isAllowedType),
  fileName: z.string().min(1).max(FILE_NAME_MAX),
  pageCount: count.nullable(),
  width: count.nullable(),
  height: count.nullable(),
  thumbnail: z.object({ blobId: z.uuid(), sha256, size: z.number().int().min(1) }).nullable(),
});

export type StoredFile = z.infer<typeof storedFileSchema>;

export const addDocumentSchema = z.object({
  target: z.object({ kind: z.enum(DOCUMENT_TARGETS), id: z.uuid() }),
  title: titleSchema,
  language: languageSchema,
  translationOf: optionalId,
  file: storedFileSchema,
  /** The group's quota in bytes, checked again in the transaction that records the file. */
  quota: z.number().int().positive(),
});

export const addVersionSchema = z.object({
  documentId: z.uuid(),
  file: storedFileSchema,
  quota: z.number().int().positive(),
});

/** The edit form: title, language and the document it translates. */
export const editDocumentSchema = z.object({
  documentId: z.uuid(),
  title: titleSchema,
  language: languageSchema,
  translationOf: optionalId,
});

export const deleteDocumentSchema = z.object({ documentId: z.uuid() });

/** The ids of evidence a status update carries (hidden fields of its form). */
export const evidenceSchema = z.preprocess(
  (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.uuid()).max(EVIDENCE_MAX),
);

/** A version number in an address. */
export function parseVersionNumber(raw: string | null): number | null {
  if (!raw || !/^\d{1,6}$/.test(raw)) return null;
  const n = Number(raw);
  return n >= 1 ? n : null;
}
