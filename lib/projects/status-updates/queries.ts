import "server-only";
import { and, desc, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";
import {
  comments,
  statusConfirmations,
  statusUpdates,
  statusUpdateTranslations,
  users,
} from "@/db/schema";
import type {
  CommentEntry,
  History,
  HistoryEntry,
  UpdateEntry,
  UpdateTranslation,
} from "@/lib/projects/status-updates/types";
import { jsonList, jsonObject } from "@/lib/server/json";

export const HISTORY_LIMIT = 200;
/** Entries the project page shows before the reader asks for more (up to HISTORY_LIMIT). */
export const HISTORY_PAGE = 50;

const author = alias(users, "author");
const confirmer = alias(users, "confirmer");

/**
 * What a translation was made from: the SHA-256 of the update's note and next steps. The notes
 * are append-only today, so it always matches; a correction of an original would flag its
 * translations as possibly outdated, as a project's texts are.
 */
export const originalHash = sql<string>`encode(sha256(convert_to(coalesce(${statusUpdates.note}, '')
  || chr(31) || coalesce(${statusUpdates.nextSteps}, ''), 'UTF8')), 'hex')`;

const tr = statusUpdateTranslations;

/** The update's translations, by language (a correlated subquery of the update's row). */
export const updateTranslations = sql<UpdateTranslation[]>`(select ${jsonList(
  jsonObject({
    locale: tr.locale,
    note: tr.note,
    nextSteps: tr.nextSteps,
    translatorName: users.name,
    at: tr.translatedAt,
    outdated: sql<boolean>`${tr.sourceHash} <> ${originalHash}`,
  }),
  sql`${tr.locale}`,
)} from ${tr} inner join ${users} on ${users.id} = ${tr.translatedById}
  where ${tr.updateId} = ${statusUpdates.id})`;

/** What a status update changed: status, health and progress as it set them and as they were. */
export const statusChangeColumns = {
  status: statusUpdates.status,
  health: statusUpdates.health,
  progress: statusUpdates.progress,
  previousStatus: statusUpdates.previousStatus,
  previousHealth: statusUpdates.previousHealth,
  previousProgress: statusUpdates.previousProgress,
};

const updateEntry: SQL<UpdateEntry> = jsonObject({
  kind: sql<"update">`'update'`,
  id: statusUpdates.id,
  authorId: statusUpdates.authorId,
  createdAt: statusUpdates.createdAt,
  authorName: author.name,
  side: statusUpdates.authorDelegation,
  ...statusChangeColumns,
  note: statusUpdates.note,
  nextSteps: statusUpdates.nextSteps,
  locale: statusUpdates.noteLocale,
  confirmation: sql<UpdateEntry["confirmation"]>`case when ${statusConfirmations.updateId} is null
    then null else ${jsonObject({
      name: confirmer.name,
      side: statusConfirmations.delegation,
      at: statusConfirmations.createdAt,
    })} end`,
  translations: updateTranslations,
});

const commentEntry: SQL<CommentEntry> = jsonObject({
  kind: sql<"comment">`'comment'`,
  id: comments.id,
  createdAt: comments.createdAt,
  authorName: author.name,
  side: author.delegation,
  body: comments.body,
  locale: comments.locale,
});

/** What each branch of the history's union selects: the time, the id, and the row as an entry. */
const historyColumns = (table: typeof statusUpdates | typeof comments, entry: SQL) => ({
  createdAt: table.createdAt,
  id: table.id,
  entry: sql<HistoryEntry>`${entry}`.as("entry"),
});

/**
 * Status updates and comments of a project, newest first, in one statement. Each branch is
 * limited first so the indexes on (project_id, created_at) are read backwards and stop early
 * (docs/performance.md); the union keeps the newest of both.
 */
export async function getProjectHistory(
  db: Executor,
  groupId: string,
  projectId: string,
  shown: number = HISTORY_LIMIT,
): Promise<History> {
  const limit = shown + 1;
  const updates = db
    .select(historyColumns(statusUpdates, updateEntry))
    .from(statusUpdates)
    .innerJoin(author, eq(author.id, statusUpdates.authorId))
    .leftJoin(statusConfirmations, eq(statusConfirmations.updateId, statusUpdates.id))
    .leftJoin(confirmer, eq(confirmer.id, statusConfirmations.userId))
    .where(and(eq(statusUpdates.projectId, projectId), eq(statusUpdates.groupId, groupId)))
    .orderBy(desc(statusUpdates.createdAt), desc(statusUpdates.id))
    .limit(limit);
  const remarks = db
    .select(historyColumns(comments, commentEntry))
    .from(comments)
    .innerJoin(author, eq(author.id, comments.authorId))
    .where(
      and(
        eq(comments.projectId, projectId),
        eq(comments.groupId, groupId),
        isNull(comments.deletedAt),
      ),
    )
    .orderBy(desc(comments.createdAt), desc(comments.id))
    .limit(limit);
  // The union's columns are named by its first branch: created_at, id, entry.
  const rows = await updates.unionAll(remarks).orderBy(sql`created_at desc, id desc`).limit(limit);
  return {
    entries: rows.slice(0, shown).map((row) => row.entry),
    truncated: rows.length > shown,
  };
}

/**
 * The latest status update of each of the given projects of the group, by project id: what a
 * reader asked to confirm reads before confirming it (My projects). One statement, newest per
 * project by (created_at, id) as the project page orders them.
 */
export async function getLatestUpdates(
  db: Executor,
  groupId: string,
  projectIds: string[],
): Promise<Record<string, UpdateEntry>> {
  if (!projectIds.length) return {};
  const rows = await db
    .selectDistinctOn([statusUpdates.projectId], {
      projectId: statusUpdates.projectId,
      entry: sql<UpdateEntry>`${updateEntry}`,
    })
    .from(statusUpdates)
    .innerJoin(author, eq(author.id, statusUpdates.authorId))
    .leftJoin(statusConfirmations, eq(statusConfirmations.updateId, statusUpdates.id))
    .leftJoin(confirmer, eq(confirmer.id, statusConfirmations.userId))
    .where(and(eq(statusUpdates.groupId, groupId), inArray(statusUpdates.projectId, projectIds)))
    .orderBy(statusUpdates.projectId, desc(statusUpdates.createdAt), desc(statusUpdates.id));
  return Object.fromEntries(rows.map((row) => [row.projectId, row.entry]));
}
