import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  customType,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { localeEnum } from "./enums";
import { statusUpdates } from "./history";
import { agendaItems, meetings } from "./meetings";
import { projects, workPlans } from "./projects";
import { users, workingGroups } from "./users";

/** Files are stored in pieces of this many bytes: no statement carries more. */
export const BLOB_CHUNK_BYTES = 256 * 1024;

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
});

/**
 * Stored file contents, content-addressed: the same bytes are kept once, whatever documents
 * name them. A blob is written while its bytes arrive, before their SHA-256 is known, so it
 * has its own id and a null `sha256` until complete; completing it and naming it in a
 * document version happen in one transaction (lib/documents/storage.ts).
 */
export const blobs = pgTable(
  "blobs",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Hex SHA-256 of the bytes; null while the blob is being written. */
    sha256: text(),
    size: bigint({ mode: "number" }).notNull().default(0),
    /** The type detected from the content (never the name or the browser's claim). */
    contentType: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // A constraint, not only an index: document versions name their blob by it.
    unique("blobs_sha256_key").on(t.sha256),
    check("blobs_sha256_hex", sql`${t.sha256} is null or ${t.sha256} ~ '^[0-9a-f]{64}$'`),
    check("blobs_size_positive", sql`${t.size} >= 0`),
  ],
);

/** A blob's bytes in order, BLOB_CHUNK_BYTES each (the last one shorter). */
export const blobChunks = pgTable(
  "blob_chunks",
  {
    blobId: uuid()
      .notNull()
      .references(() => blobs.id, { onDelete: "cascade" }),
    seq: integer().notNull(),
    data: bytea().notNull(),
  },
  (t) => [primaryKey({ columns: [t.blobId, t.seq] }), check("blob_chunks_seq", sql`${t.seq} >= 0`)],
);

/**
 * A document attached to exactly one thing of a working group: a project, a status update
 * (evidence), a meeting, an agenda item or a work plan. Its bytes are in its versions.
 */
export const documents = pgTable(
  "documents",
  {
    id: uuid().primaryKey().defaultRandom(),
    groupId: uuid()
      .notNull()
      .references(() => workingGroups.id, { onDelete: "cascade" }),
    projectId: uuid(),
    statusUpdateId: uuid().references(() => statusUpdates.id),
    meetingId: uuid(),
    agendaItemId: uuid().references(() => agendaItems.id, { onDelete: "cascade" }),
    workPlanId: uuid(),
    /**
     * Evidence uploaded while a status update is being written: held on the project, shown to
     * nobody, until the update is posted (then it moves to the update) or a day has passed
     * (then it is removed).
     */
    staged: boolean().notNull().default(false),
    title: text().notNull(),
    /** The language the document is written in; null when none applies (a photo, a table). */
    language: localeEnum(),
    /** The document of the same object this one translates. */
    translationOf: uuid(),
    currentVersion: integer().notNull().default(1),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp({ withTimezone: true }),
    deletedById: uuid().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    foreignKey({
      name: "documents_project_same_group_fk",
      columns: [t.projectId, t.groupId],
      foreignColumns: [projects.id, projects.groupId],
    }).onDelete("cascade"),
    foreignKey({
      name: "documents_meeting_same_group_fk",
      columns: [t.meetingId, t.groupId],
      foreignColumns: [meetings.id, meetings.groupId],
    }).onDelete("cascade"),
    foreignKey({
      name: "documents_plan_same_group_fk",
      columns: [t.workPlanId, t.groupId],
      foreignColumns: [workPlans.id, workPlans.groupId],
    }).onDelete("cascade"),
    foreignKey({
      name: "documents_translation_of_fk",
      columns: [t.translationOf],
      foreignColumns: [t.id],
    }).onDelete("set null"),
    check(
      "documents_one_target",
      sql`num_nonnulls(${t.projectId}, ${t.statusUpdateId}, ${t.meetingId}, ${t.agendaItemId}, ${t.workPlanId}) = 1`,
    ),
    check("documents_staged_on_project", sql`not ${t.staged} or ${t.projectId} is not null`),
    check("documents_title_length", sql`length(btrim(${t.title})) between 1 and 200`),
    check("documents_not_own_translation", sql`${t.translationOf} <> ${t.id}`),
    check("documents_version_positive", sql`${t.currentVersion} >= 1`),
    check(
      "documents_deleted_together",
      sql`${t.deletedAt} is not null or ${t.deletedById} is null`,
    ),
    index("documents_project_idx").on(t.projectId),
    index("documents_status_update_idx").on(t.statusUpdateId),
    index("documents_meeting_idx").on(t.meetingId),
    index("documents_agenda_item_idx").on(t.agendaItemId),
    index("documents_plan_idx").on(t.workPlanId),
    index("documents_translation_idx").on(t.translationOf),
    // The brief's "added since the previous meeting" and the group's quota.
    index("documents_group_created_idx").on(t.groupId, t.createdAt),
  ],
);

/** Every version of a document: older ones are kept, listed and downloadable. */
export const documentVersions = pgTable(
  "document_versions",
  {
    documentId: uuid()
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    number: integer().notNull(),
    blobSha256: text()
      .notNull()
      .references(() => blobs.sha256),
    /** As uploaded, cleaned of path separators and control characters. */
    fileName: text().notNull(),
    contentType: text().notNull(),
    size: bigint({ mode: "number" }).notNull(),
    /** PDFs: the number of pages, when it could be read. */
    pageCount: integer(),
    /** Images: their size in pixels. */
    width: integer(),
    height: integer(),
    /** Images: a small picture made by the server, without the original's metadata. */
    thumbnailSha256: text().references(() => blobs.sha256),
    uploadedById: uuid().references(() => users.id, { onDelete: "set null" }),
    uploadedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.documentId, t.number] }),
    index("document_versions_blob_idx").on(t.blobSha256),
    index("document_versions_thumbnail_idx").on(t.thumbnailSha256),
    check("document_versions_number_positive", sql`${t.number} >= 1`),
    check("document_versions_size", sql`${t.size} >= 0`),
    check("document_versions_file_name", sql`length(${t.fileName}) between 1 and 255`),
  ],
);

export type StoredBlob = typeof blobs.$inferSelect;
export type Document = typeof documents.$inferSelect;
export type NewDocument = typeof documents.$inferInsert;
export type DocumentVersion = typeof documentVersions.$inferSelect;
export type NewDocumentVersion = typeof documentVersions.$inferInsert;
