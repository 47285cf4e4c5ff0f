import "server-only";
import { and, eq } from "drizzle-orm";
import { documents } from "@/db/schema";
import { defineAction } from "@/lib/actions/guard";
import { onDocument } from "@/lib/actions/resources";
import { AppError } from "@/lib/errors";
import type { StoredFile } from "./input";
import {
  addDocumentSchema,
  addVersionSchema,
  deleteDocumentSchema,
  editDocumentSchema,
} from "./input";
import type { UploadResult } from "./types";
import {
  assertTarget,
  assertTranslationOf,
  commitFile,
  insertVersion,
  lockDocument,
  targetColumns,
  targetOf,
} from "./writes";

type FileFacts = Pick<StoredFile, "fileName" | "contentType" | "size">;

/** What the audit log keeps of a file. */
const fileFacts = (file: FileFacts & { sha256: string }) => ({
  fileName: file.fileName,
  contentType: file.contentType,
  size: file.size,
  sha256: file.sha256,
});

/** What an upload answers: the document, the version the file became, and the file. */
const uploaded = (
  document: { documentId: string; version: number; title: string },
  file: FileFacts,
  deduplicated: boolean,
): UploadResult => ({
  ...document,
  fileName: file.fileName,
  contentType: file.contentType,
  size: file.size,
  deduplicated,
});

/**
 * Records a file the upload route has stored (lib/documents/handlers.ts) as a new document of
 * its target: the group's quota checked again under a lock, the bytes completed (or matched to
 * the same bytes stored before), the document, its first version and the audit row — one
 * transaction. Called by the route only; never a form's server function.
 */
export const addDocument = defineAction({
  name: "document.add",
  permission: "document.attach",
  schema: addDocumentSchema,
  resource: (input) => ({ kind: "documentTarget", target: input.target.kind, id: input.target.id }),
  async run({ tx, actor, input, groupId, audit }): Promise<UploadResult> {
    await assertTarget(tx, groupId, input.target);
    const columns = targetColumns(input.target);
    if (input.translationOf)
      await assertTranslationOf(tx, groupId, input.translationOf, {
        id: null,
        projectId: null,
        statusUpdateId: null,
        meetingId: null,
        agendaItemId: null,
        workPlanId: null,
        ...columns,
      });
    const { deduplicated } = await commitFile(tx, groupId, input.file, input.quota);
    const [document] = await tx
      .insert(documents)
      .values({
        groupId,
        ...columns,
        title: input.title,
        language: input.language,
        translationOf: input.translationOf,
        createdById: actor.id,
      })
      .returning({ id: documents.id });
    if (!document) throw new Error("document not inserted");
    await insertVersion(tx, document.id, 1, input.file, actor.id);
    await audit({
      action: "document.add",
      entityType: "document",
      entityId: document.id,
      after: {
        target: input.target,
        title: input.title,
        language: input.language,
        translationOf: input.translationOf,
        version: 1,
        ...fileFacts(input.file),
      },
    });
    const added = { documentId: document.id, version: 1, title: input.title };
    return uploaded(added, input.file, deduplicated);
  },
});

/** A new version of a document: the older ones are kept, listed and downloadable. */
export const addDocumentVersion = defineAction({
  name: "document.addVersion",
  ...onDocument("document.attach", addVersionSchema),
  async run({ tx, actor, input, groupId, audit }): Promise<UploadResult> {
    const document = await lockDocument(tx, groupId, input.documentId);
    const target = targetOf(document);
    if (target.kind === "project" || document.staged) await assertTarget(tx, groupId, target);
    const { deduplicated } = await commitFile(tx, groupId, input.file, input.quota);
    const version = document.currentVersion + 1;
    await insertVersion(tx, document.id, version, input.file, actor.id);
    await tx
      .update(documents)
      .set({ currentVersion: version })
      .where(and(eq(documents.id, document.id), eq(documents.groupId, groupId)));
    await audit({
      action: "document.add_version",
      entityType: "document",
      entityId: document.id,
      before: { version: document.currentVersion },
      after: { version, ...fileFacts(input.file) },
    });
    const added = { documentId: document.id, version, title: document.title };
    return uploaded(added, input.file, deduplicated);
  },
});

/** Title, language and "translation of". */
export const editDocument = defineAction({
  name: "document.edit",
  ...onDocument("document.attach", editDocumentSchema),
  async run({ tx, input, groupId, audit }) {
    const document = await lockDocument(tx, groupId, input.documentId);
    if (input.translationOf) {
      await assertTranslationOf(tx, groupId, input.translationOf, document);
      // An original keeps its translations: it cannot become a translation itself.
      const [translated] = await tx
        .select({ id: documents.id })
        .from(documents)
        .where(and(eq(documents.translationOf, document.id), eq(documents.groupId, groupId)))
        .limit(1);
      if (translated)
        throw new AppError("validation", {
          fieldErrors: { translationOf: [{ key: "documents.errors.translationChain" }] },
        });
    }
    const before = {
      title: document.title,
      language: document.language,
      translationOf: document.translationOf,
    };
    const after = {
      title: input.title,
      language: input.language,
      translationOf: input.translationOf,
    };
    await tx
      .update(documents)
      .set(after)
      .where(and(eq(documents.id, document.id), eq(documents.groupId, groupId)));
    await audit({
      action: "document.edit",
      entityType: "document",
      entityId: document.id,
      before,
      after,
    });
    return { documentId: document.id };
  },
});

/**
 * Deletes a document (coordinators, and whoever uploaded it): it disappears from every list at
 * once; its files are kept DELETED_RETENTION_DAYS, then the clean-up removes them.
 */
export const deleteDocument = defineAction({
  name: "document.delete",
  ...onDocument("document.delete", deleteDocumentSchema),
  async run({ tx, actor, input, groupId, audit }) {
    const document = await lockDocument(tx, groupId, input.documentId);
    const deletedAt = new Date();
    await tx
      .update(documents)
      .set({ deletedAt, deletedById: actor.id })
      .where(and(eq(documents.id, document.id), eq(documents.groupId, groupId)));
    await audit({
      action: "document.delete",
      entityType: "document",
      entityId: document.id,
      before: {
        title: document.title,
        target: targetOf(document),
        version: document.currentVersion,
      },
      after: { deletedAt: deletedAt.toISOString() },
    });
    return { documentId: document.id };
  },
});
