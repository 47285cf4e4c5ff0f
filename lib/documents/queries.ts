import "server-only";
import {
  and,
  asc,
  countDistinct,
  desc,
  eq,
  gte,
  inArray,
  isNull,
  lt,
  or,
  type SQL,
  sql,
  sum,
} from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";
import {
  agendaItems,
  blobs,
  documents,
  documentVersions,
  projects,
  statusUpdates,
  users,
} from "@/db/schema";
import { type Actor, can } from "@/lib/auth/permissions";
import { jsonList, jsonObject, scalar } from "@/lib/server/json";
import type { GroupRole, Locale } from "@/lib/vocabulary";
import { documentPath } from "./rules";
import type { BriefDocument, DocumentItem, DocumentsView, DocumentVersionItem } from "./types";

const uploader = alias(users, "uploader");
const creator = alias(users, "creator");

const versionObject: SQL<DocumentVersionItem> = jsonObject({
  number: documentVersions.number,
  fileName: documentVersions.fileName,
  contentType: documentVersions.contentType,
  size: documentVersions.size,
  pageCount: documentVersions.pageCount,
  width: documentVersions.width,
  height: documentVersions.height,
  hasThumbnail: sql<boolean>`${documentVersions.thumbnailSha256} is not null`,
  uploadedBy: uploader.name,
  uploadedAt: documentVersions.uploadedAt,
});

/** Where the documents listed hang. */
/** The group's documents that are not deleted: where every read of them starts. */
export const liveDocumentsOf = (groupId: string) =>
  and(eq(documents.groupId, groupId), isNull(documents.deletedAt));

export type DocumentScope =
  | { projectId: string }
  | { meetingId: string }
  | { planId: string }
  | { statusUpdateIds: string[] };

function scopeCondition(db: Executor, scope: DocumentScope): SQL | undefined {
  if ("projectId" in scope)
    return and(eq(documents.projectId, scope.projectId), eq(documents.staged, false));
  if ("planId" in scope) return eq(documents.workPlanId, scope.planId);
  if ("statusUpdateIds" in scope)
    return scope.statusUpdateIds.length
      ? inArray(documents.statusUpdateId, scope.statusUpdateIds)
      : sql`false`;
  // The meeting's own documents and those of its agenda items.
  return or(
    eq(documents.meetingId, scope.meetingId),
    inArray(
      documents.agendaItemId,
      db
        .select({ id: agendaItems.id })
        .from(agendaItems)
        .where(eq(agendaItems.meetingId, scope.meetingId)),
    ),
  );
}

type Row = Omit<DocumentItem, "current" | "older" | "createdAt"> & {
  createdAt: Date;
  versions: DocumentVersionItem[] | null;
  statusUpdateId: string | null;
};

function toItem(row: Row): DocumentItem {
  const [current, ...older] = row.versions ?? [];
  if (!current) throw new Error(`document ${row.id} has no version`);
  const { versions: _, statusUpdateId: __, createdAt, ...rest } = row;
  return { ...rest, createdAt: createdAt.toISOString(), current, older };
}

/** The live documents of a project, a meeting (with its agenda items), a plan or some updates: oldest first. */
export async function listDocuments(
  db: Executor,
  groupId: string,
  scope: DocumentScope,
): Promise<(DocumentItem & { statusUpdateId: string | null })[]> {
  const versions = db
    .select({
      list: jsonList(versionObject, sql`${documentVersions.number} desc`),
    })
    .from(documentVersions)
    .leftJoin(uploader, eq(uploader.id, documentVersions.uploadedById))
    .where(eq(documentVersions.documentId, documents.id));
  const rows = await db
    .select({
      id: documents.id,
      title: documents.title,
      language: documents.language,
      translationOf: documents.translationOf,
      agendaItemId: documents.agendaItemId,
      statusUpdateId: documents.statusUpdateId,
      createdBy: creator.name,
      createdById: documents.createdById,
      createdAt: documents.createdAt,
      versions: scalar(versions),
    })
    .from(documents)
    .leftJoin(creator, eq(creator.id, documents.createdById))
    .where(and(liveDocumentsOf(groupId), scopeCondition(db, scope)))
    .orderBy(asc(documents.createdAt), asc(documents.id));
  return rows.map((row) => ({ ...toItem(row), statusUpdateId: row.statusUpdateId }));
}

/** The evidence of a project's status updates, by update. */
export async function evidenceByUpdate(
  db: Executor,
  groupId: string,
  projectId: string,
): Promise<Record<string, DocumentItem[]>> {
  const updates = await db
    .select({ id: statusUpdates.id })
    .from(statusUpdates)
    .innerJoin(documents, eq(documents.statusUpdateId, statusUpdates.id))
    .where(
      and(
        eq(statusUpdates.projectId, projectId),
        eq(statusUpdates.groupId, groupId),
        isNull(documents.deletedAt),
      ),
    );
  if (!updates.length) return {};
  const listed = await listDocuments(db, groupId, {
    statusUpdateIds: [...new Set(updates.map((u) => u.id))],
  });
  const byUpdate: Record<string, DocumentItem[]> = {};
  for (const { statusUpdateId, ...item } of listed) {
    if (!statusUpdateId) continue;
    const list = byUpdate[statusUpdateId] ?? [];
    list.push(item);
    byUpdate[statusUpdateId] = list;
  }
  return byUpdate;
}

/**
 * Bytes the group's documents take up: each stored file once, however many of its documents
 * and versions name it (deleted documents no longer count).
 */
export async function groupUsage(db: Executor, groupId: string): Promise<number> {
  const named = db
    .selectDistinct({ sha: documentVersions.blobSha256 })
    .from(documentVersions)
    .innerJoin(documents, eq(documents.id, documentVersions.documentId))
    .where(liveDocumentsOf(groupId));
  const [row] = await db
    .select({ bytes: sum(blobs.size).mapWith(Number) })
    .from(blobs)
    .where(inArray(blobs.sha256, named));
  return row?.bytes ?? 0;
}

/** Whether the group already stores these bytes (then a new copy takes no more room). */
export async function groupHasBlob(db: Executor, groupId: string, sha256: string) {
  const [row] = await db
    .select({ n: countDistinct(documents.id) })
    .from(documentVersions)
    .innerJoin(documents, eq(documents.id, documentVersions.documentId))
    .where(and(liveDocumentsOf(groupId), eq(documentVersions.blobSha256, sha256)));
  return (row?.n ?? 0) > 0;
}

export interface DownloadFacts {
  sha256: string;
  thumbnailSha256: string | null;
  fileName: string;
  contentType: string;
  size: number;
  number: number;
}

/**
 * A version of a live document of the group (the current one when `number` is null). Evidence
 * not yet posted is the uploader's alone.
 */
export async function findVersion(
  db: Executor,
  groupId: string,
  viewerId: string,
  documentId: string,
  number: number | null,
): Promise<DownloadFacts | null> {
  const [row] = await db
    .select({
      sha256: documentVersions.blobSha256,
      thumbnailSha256: documentVersions.thumbnailSha256,
      fileName: documentVersions.fileName,
      contentType: documentVersions.contentType,
      size: documentVersions.size,
      number: documentVersions.number,
    })
    .from(documents)
    .innerJoin(
      documentVersions,
      and(
        eq(documentVersions.documentId, documents.id),
        number === null
          ? eq(documentVersions.number, documents.currentVersion)
          : eq(documentVersions.number, number),
      ),
    )
    .where(
      and(
        eq(documents.id, documentId),
        liveDocumentsOf(groupId),
        or(eq(documents.staged, false), eq(documents.createdById, viewerId)),
      ),
    );
  return row ?? null;
}

/**
 * Documents added in a period to the projects named, and the evidence of their status
 * updates: for the brief ("added since the previous meeting"), per project, oldest first.
 */
export async function documentsAddedBetween(
  db: Executor,
  groupId: string,
  /** The projects' ids, or a condition on the projects table naming them. */
  projectIds: string[] | SQL,
  from: Date | SQL,
  to: Date | SQL,
  groupSlug: string,
): Promise<Map<string, BriefDocument[]>> {
  const byProject = new Map<string, BriefDocument[]>();
  if (Array.isArray(projectIds) && !projectIds.length) return byProject;
  const named = Array.isArray(projectIds)
    ? projectIds
    : db.select({ id: projects.id }).from(projects).where(projectIds);
  const rows = await db
    .select({
      id: documents.id,
      title: documents.title,
      language: documents.language,
      createdAt: documents.createdAt,
      projectId: sql<string>`coalesce(${documents.projectId}, ${statusUpdates.projectId})`,
      evidence: sql<boolean>`${documents.statusUpdateId} is not null`,
    })
    .from(documents)
    .leftJoin(statusUpdates, eq(statusUpdates.id, documents.statusUpdateId))
    .where(
      and(
        liveDocumentsOf(groupId),
        eq(documents.staged, false),
        gte(documents.createdAt, from),
        lt(documents.createdAt, to),
        or(inArray(documents.projectId, named), inArray(statusUpdates.projectId, named)),
      ),
    )
    .orderBy(asc(documents.createdAt), desc(documents.id));
  for (const row of rows) {
    const list = byProject.get(row.projectId) ?? [];
    list.push({
      id: row.id,
      title: row.title,
      language: row.language as Locale | null,
      createdAt: row.createdAt.toISOString(),
      evidence: row.evidence,
      href: documentPath(groupSlug, row.id),
    });
    byProject.set(row.projectId, list);
  }
  return byProject;
}

/**
 * The documents of a project, meeting (with its agenda items) or plan for a viewer, with the
 * answers of the permission module: coordinators edit and delete any; anyone deletes their own.
 */
export async function documentsView(
  db: Executor,
  groupId: string,
  scope: DocumentScope,
  viewer: { user: Actor; role: GroupRole | null },
  { open = true }: { open?: boolean } = {},
): Promise<DocumentsView> {
  const target = "projectId" in scope ? "project" : "meetingId" in scope ? "meeting" : "plan";
  const context = { role: viewer.role, document: { target, uploaderId: null } } as const;
  const edit = open && can(viewer.user, "document.attach", context);
  return {
    documents: await listDocuments(db, groupId, scope),
    may: {
      edit,
      deleteAny: can(viewer.user, "document.delete", context),
      viewerId: viewer.user.id,
    },
    attach: edit,
  };
}
