import "server-only";
import { and, eq, inArray, isNotNull, isNull, lt, or } from "drizzle-orm";
import type { Database, Executor, Transaction } from "@/db/client";
import {
  agendaItems,
  type Document,
  documents,
  documentVersions,
  meetings,
  projects,
  workingGroups,
  workPlans,
} from "@/db/schema";
import { AppError, found } from "@/lib/errors";
import type { StoredFile } from "./input";
import { groupHasBlob, groupUsage, liveDocumentsOf } from "./queries";
import { DELETED_RETENTION_DAYS, STAGED_RETENTION_HOURS } from "./rules";
import { databaseBlobStore } from "./storage";
import type { DocumentTarget } from "./types";

const refused = (key: string, values?: Record<string, string | number>) =>
  new AppError("validation", { message: { key, ...(values ? { values } : {}) } });

/** The columns that attach a document to its target ("evidence" waits on the project, staged). */
export function targetColumns(target: DocumentTarget) {
  switch (target.kind) {
    case "project":
      return { projectId: target.id, staged: false };
    case "evidence":
      return { projectId: target.id, staged: true };
    case "meeting":
      return { meetingId: target.id };
    case "agendaItem":
      return { agendaItemId: target.id };
    case "plan":
      return { workPlanId: target.id };
  }
}

/**
 * The target exists in the group and takes documents: an archived project is read-only (as
 * for its status updates). Plans and meetings take documents in every state — the signed plan
 * comes after the approval, the signed minutes after the meeting.
 */
export async function assertTarget(tx: Executor, groupId: string, target: DocumentTarget) {
  if (target.kind === "project" || target.kind === "evidence") {
    const [project] = await tx
      .select({ archivedAt: projects.archivedAt })
      .from(projects)
      .where(and(eq(projects.id, target.id), eq(projects.groupId, groupId)));
    if (!project) throw new AppError("not_found");
    if (project.archivedAt) throw refused("project.update.archived");
    return;
  }
  const lookup =
    target.kind === "meeting"
      ? tx
          .select({ id: meetings.id })
          .from(meetings)
          .where(and(eq(meetings.id, target.id), eq(meetings.groupId, groupId)))
      : target.kind === "agendaItem"
        ? tx
            .select({ id: agendaItems.id })
            .from(agendaItems)
            .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
            .where(and(eq(agendaItems.id, target.id), eq(meetings.groupId, groupId)))
        : tx
            .select({ id: workPlans.id })
            .from(workPlans)
            .where(and(eq(workPlans.id, target.id), eq(workPlans.groupId, groupId)));
  if (!(await lookup).length) throw new AppError("not_found");
}

/** A live document of the group, locked for the rest of the transaction. */
export async function lockDocument(tx: Transaction, groupId: string, documentId: string) {
  return found(
    tx
      .select()
      .from(documents)
      .where(and(eq(documents.id, documentId), liveDocumentsOf(groupId)))
      .for("update"),
  );
}

/** What a document is attached to, as a target. */
export function targetOf(document: Document): DocumentTarget {
  if (document.projectId)
    return { kind: document.staged ? "evidence" : "project", id: document.projectId };
  if (document.meetingId) return { kind: "meeting", id: document.meetingId };
  if (document.agendaItemId) return { kind: "agendaItem", id: document.agendaItemId };
  if (document.workPlanId) return { kind: "plan", id: document.workPlanId };
  if (document.statusUpdateId) return { kind: "evidence", id: document.statusUpdateId };
  throw new Error(`document ${document.id} is attached to nothing`);
}

type TargetColumns = Pick<
  Document,
  "projectId" | "statusUpdateId" | "meetingId" | "agendaItemId" | "workPlanId"
>;

const sameTarget = (document: TargetColumns) =>
  and(
    document.projectId ? eq(documents.projectId, document.projectId) : isNull(documents.projectId),
    document.statusUpdateId
      ? eq(documents.statusUpdateId, document.statusUpdateId)
      : isNull(documents.statusUpdateId),
    document.meetingId ? eq(documents.meetingId, document.meetingId) : isNull(documents.meetingId),
    document.agendaItemId
      ? eq(documents.agendaItemId, document.agendaItemId)
      : isNull(documents.agendaItemId),
    document.workPlanId
      ? eq(documents.workPlanId, document.workPlanId)
      : isNull(documents.workPlanId),
  );

/**
 * "Translation of": another live document of the same object (not the document itself, not a
 * translation in turn — a pair is one original and its translations).
 */
export async function assertTranslationOf(
  tx: Executor,
  groupId: string,
  translationOf: string,
  of: TargetColumns & { id: string | null },
) {
  if (translationOf === of.id)
    throw fieldRefusal("translationOf", "documents.errors.translationSelf");
  const [original] = await tx
    .select({ id: documents.id, translationOf: documents.translationOf })
    .from(documents)
    .where(
      and(
        eq(documents.id, translationOf),
        liveDocumentsOf(groupId),
        eq(documents.staged, false),
        sameTarget(of),
      ),
    );
  if (!original) throw fieldRefusal("translationOf", "documents.errors.translationOther");
  if (original.translationOf)
    throw fieldRefusal("translationOf", "documents.errors.translationChain");
}

const fieldRefusal = (field: string, key: string) =>
  new AppError("validation", { fieldErrors: { [field]: [{ key }] } });

/**
 * Records stored bytes for a new version: locks the group (its documents are added one after
 * another, so two uploads cannot both slip under the quota), checks the quota — bytes the group
 * already stores cost nothing more — and completes the blobs (or drops them for the same bytes
 * stored before).
 */
export async function commitFile(
  tx: Transaction,
  groupId: string,
  file: StoredFile,
  quota: number,
): Promise<{ deduplicated: boolean }> {
  await tx
    .select({ id: workingGroups.id })
    .from(workingGroups)
    .where(eq(workingGroups.id, groupId))
    .for("update");
  if (!(await groupHasBlob(tx, groupId, file.sha256))) {
    const used = await groupUsage(tx, groupId);
    if (used + file.size > quota) throw quotaRefusal(used, quota);
  }
  const store = databaseBlobStore(tx);
  const { deduplicated } = await store.commit(
    tx,
    { id: file.blobId, sha256: file.sha256, size: file.size },
    file.contentType,
  );
  const { thumbnail } = file;
  if (thumbnail)
    await store.commit(
      tx,
      { id: thumbnail.blobId, sha256: thumbnail.sha256, size: thumbnail.size },
      "image/webp",
    );
  return { deduplicated };
}

/** Over the group's quota: how much is used of how much, in megabytes. */
export function quotaRefusal(used: number, quota: number) {
  const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
  return new AppError("validation", {
    message: { key: "documents.errors.quota", values: { used: mb(used), quota: mb(quota) } },
  });
}

export async function insertVersion(
  tx: Executor,
  documentId: string,
  number: number,
  file: StoredFile,
  uploadedById: string,
) {
  await tx.insert(documentVersions).values({
    documentId,
    number,
    blobSha256: file.sha256,
    fileName: file.fileName,
    contentType: file.contentType,
    size: file.size,
    pageCount: file.pageCount,
    width: file.width,
    height: file.height,
    thumbnailSha256: file.thumbnail?.sha256 ?? null,
    uploadedById,
  });
}

/**
 * Moves evidence uploaded while the update was written onto the posted update. Each must be
 * the author's own, staged on this project, and still there.
 */
export async function attachEvidence(
  tx: Transaction,
  {
    groupId,
    projectId,
    updateId,
    actorId,
    ids,
  }: { groupId: string; projectId: string; updateId: string; actorId: string; ids: string[] },
): Promise<number> {
  const unique = [...new Set(ids)];
  if (!unique.length) return 0;
  const moved = await tx
    .update(documents)
    .set({ projectId: null, staged: false, statusUpdateId: updateId })
    .where(
      and(
        inArray(documents.id, unique),
        eq(documents.groupId, groupId),
        eq(documents.projectId, projectId),
        eq(documents.staged, true),
        eq(documents.createdById, actorId),
        isNull(documents.deletedAt),
      ),
    )
    .returning({ id: documents.id });
  if (moved.length !== unique.length)
    throw fieldRefusal("evidence", "documents.errors.evidenceGone");
  return moved.length;
}

const hoursAgo = (now: Date, hours: number) => new Date(now.getTime() - hours * 3_600_000);

/**
 * The clean-up (the hourly planner runs it at night, lib/notifications/schedule.ts): deleted
 * documents past their retention and evidence never posted are removed for good, then every
 * stored file no version names any more, and uploads a stopped process left half-written.
 */
export async function sweepDocuments(db: Database, now = new Date()) {
  const purged = await db
    .delete(documents)
    .where(
      or(
        and(
          isNotNull(documents.deletedAt),
          lt(documents.deletedAt, hoursAgo(now, DELETED_RETENTION_DAYS * 24)),
        ),
        and(
          eq(documents.staged, true),
          lt(documents.createdAt, hoursAgo(now, STAGED_RETENTION_HOURS)),
        ),
      ),
    )
    .returning({ id: documents.id });
  const { blobs } = await databaseBlobStore(db).removeUnreferenced({
    pendingOlderThan: hoursAgo(now, 24),
  });
  return { documents: purged.length, blobs };
}
