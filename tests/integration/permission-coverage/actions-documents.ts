import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import * as s from "@/db/schema";
import { type ActionCase, type CaseContext, CONTACT_OR_COORDINATOR, COORDINATORS } from "./matrix";

/**
 * Bytes the upload route has stored and not yet recorded (a pending blob), as the document
 * actions receive them: a PDF's first chunk with a hash no other blob has.
 */
async function storedFile({ tx }: CaseContext) {
  const bytes = new TextEncoder().encode(
    `%PDF-1.4\n% coverage ${randomBytes(8).toString("hex")}\n`,
  );
  const [blob] = await tx.insert(s.blobs).values({}).returning({ id: s.blobs.id });
  if (!blob) throw new Error("no blob");
  await tx.insert(s.blobChunks).values({ blobId: blob.id, seq: 0, data: bytes });
  await tx.update(s.blobs).set({ size: bytes.byteLength }).where(eq(s.blobs.id, blob.id));
  return {
    blobId: blob.id,
    sha256: randomBytes(32).toString("hex"),
    size: bytes.byteLength,
    contentType: "application/pdf",
    fileName: "Dekning.pdf",
    pageCount: 1,
    width: null,
    height: null,
    thumbnail: null,
  };
}

/** A demo document of the group by its title (db/seed/demo-documents.ts). */
async function demoDocument({ tx, w }: CaseContext, title: string): Promise<string> {
  const [row] = await tx
    .select({ id: s.documents.id })
    .from(s.documents)
    .where(and(eq(s.documents.groupId, w.group.id), eq(s.documents.title, title)));
  if (!row) throw new Error(`the demo data has no document "${title}"`);
  return row.id;
}

const QUOTA = 1024 * 1024 * 1024;

export const DOCUMENT_ACTIONS: Record<string, ActionCase> = {
  // A project's documents are the coordinators' (the route's own rows: route-matrix.ts).
  "document.add": {
    permission: "document.attach",
    expected: COORDINATORS,
    input: async (c) => ({
      target: { kind: "project", id: c.w.project.id },
      title: "Coverage",
      language: "nb",
      translationOf: "",
      file: await storedFile(c),
      quota: QUOTA,
    }),
  },
  "document.addVersion": {
    permission: "document.attach",
    expected: COORDINATORS,
    input: async (c) => ({
      documentId: await demoDocument(c, "Project application"),
      file: await storedFile(c),
      quota: QUOTA,
    }),
  },
  "document.edit": {
    permission: "document.attach",
    expected: COORDINATORS,
    input: async (c) => ({
      documentId: await demoDocument(c, "Project application"),
      title: "Prosjektsøknad",
      language: "nb",
      translationOf: "",
    }),
  },
  // The photo delegate.no (the contact persona) posted as evidence: theirs to delete, and the
  // coordinators'.
  "document.delete": {
    permission: "document.delete",
    expected: CONTACT_OR_COORDINATOR,
    input: async (c) => ({ documentId: await demoDocument(c, "Kirkenes havn") }),
  },
};
