import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  foreignKey,
  index,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { delegationEnum, localeEnum, projectHealthEnum, projectStatusEnum } from "./enums";
import { projects } from "./projects";
import { users, workingGroups } from "./users";

/** Append-only: a database trigger refuses UPDATE and DELETE. */
export const statusUpdates = pgTable(
  "status_updates",
  {
    id: uuid().primaryKey().defaultRandom(),
    projectId: uuid().notNull(),
    groupId: uuid().notNull(),
    authorId: uuid()
      .notNull()
      .references(() => users.id),
    /** The author's delegation when they posted, kept even if it later changes. */
    authorDelegation: delegationEnum().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    status: projectStatusEnum().notNull(),
    health: projectHealthEnum(),
    progress: smallint().notNull(),
    previousStatus: projectStatusEnum(),
    previousHealth: projectHealthEnum(),
    previousProgress: smallint(),
    note: text(),
    noteLocale: localeEnum(),
    nextSteps: text(),
  },
  (t) => [
    foreignKey({
      name: "status_updates_project_fk",
      columns: [t.projectId, t.groupId],
      foreignColumns: [projects.id, projects.groupId],
    }),
    // Ascending on purpose: scanned forwards they give "created_at" (NULLS LAST), backwards
    // "created_at desc" (NULLS FIRST) — the orders the queries write. An index declared
    // "desc nulls last" serves neither, and every newest-first query sorted instead.
    index("status_updates_project_created_idx").on(t.projectId, t.createdAt),
    index("status_updates_group_created_idx").on(t.groupId, t.createdAt),
    index("status_updates_author_idx").on(t.authorId),
    check("status_updates_progress_range", sql`${t.progress} between 0 and 100`),
    check(
      "status_updates_previous_progress_range",
      sql`${t.previousProgress} is null or ${t.previousProgress} between 0 and 100`,
    ),
    check(
      "status_updates_health_only_when_active",
      sql`${t.health} is null or ${t.status} in ('planned', 'in_progress')`,
    ),
    check(
      "status_updates_note_language",
      sql`(${t.note} is null and ${t.nextSteps} is null) or ${t.noteLocale} is not null`,
    ),
  ],
);

/** The other delegation's contact standing behind an update. */
export const statusConfirmations = pgTable(
  "status_confirmations",
  {
    updateId: uuid()
      .primaryKey()
      .references(() => statusUpdates.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    delegation: delegationEnum().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("status_confirmations_user_idx").on(t.userId),
    // The dashboard's latest confirmations and their count since the last visit.
    index("status_confirmations_created_idx").on(t.createdAt),
  ],
);

/**
 * A status update's note and next steps in another language than the one they were written in
 * (`status_updates.note_locale`): one per update and language, replaced when re-translated (the
 * audit log keeps the earlier ones). `source_hash` is the SHA-256 of the original the
 * translation was made from: a translation whose original no longer matches is flagged.
 */
export const statusUpdateTranslations = pgTable(
  "status_update_translations",
  {
    updateId: uuid()
      .notNull()
      .references(() => statusUpdates.id),
    locale: localeEnum().notNull(),
    note: text(),
    nextSteps: text(),
    translatedById: uuid()
      .notNull()
      .references(() => users.id),
    translatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sourceHash: text().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.updateId, t.locale] }),
    index("status_update_translations_by_idx").on(t.translatedById),
    check(
      "status_update_translations_has_text",
      sql`${t.note} is not null or ${t.nextSteps} is not null`,
    ),
  ],
);

export const comments = pgTable(
  "comments",
  {
    id: uuid().primaryKey().defaultRandom(),
    projectId: uuid().notNull(),
    groupId: uuid().notNull(),
    authorId: uuid()
      .notNull()
      .references(() => users.id),
    body: text().notNull(),
    locale: localeEnum().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    editedAt: timestamp({ withTimezone: true }),
    deletedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    foreignKey({
      name: "comments_project_fk",
      columns: [t.projectId, t.groupId],
      foreignColumns: [projects.id, projects.groupId],
    }),
    index("comments_project_created_idx").on(t.projectId, t.createdAt),
    // The dashboard's latest comments of a group and their count since the last visit.
    index("comments_group_created_idx").on(t.groupId, t.createdAt),
    check("comments_body_not_blank", sql`length(btrim(${t.body})) > 0`),
  ],
);

/** Every change: who, what, when, before and after. Actions are codes rendered per language. */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    groupId: uuid().references(() => workingGroups.id, { onDelete: "set null" }),
    actorId: uuid().references(() => users.id, { onDelete: "set null" }),
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: text(),
    before: jsonb(),
    after: jsonb(),
    ip: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("audit_events_group_created_idx").on(t.groupId, t.createdAt),
    index("audit_events_entity_idx").on(t.entityType, t.entityId),
    index("audit_events_actor_created_idx").on(t.actorId, t.createdAt),
  ],
);

export type StatusUpdate = typeof statusUpdates.$inferSelect;
export type NewStatusUpdate = typeof statusUpdates.$inferInsert;
export type StatusConfirmation = typeof statusConfirmations.$inferSelect;
export type StatusUpdateTranslation = typeof statusUpdateTranslations.$inferSelect;
export type Comment = typeof comments.$inferSelect;
export type NewComment = typeof comments.$inferInsert;
export type AuditEvent = typeof auditEvents.$inferSelect;
export type NewAuditEvent = typeof auditEvents.$inferInsert;
