import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import {
  currencyEnum,
  delegationEnum,
  planStateEnum,
  projectHealthEnum,
  projectStatusEnum,
} from "./enums";
import { meetings } from "./meetings";
import { users, workingGroups } from "./users";

export const cooperationAreas = pgTable(
  "cooperation_areas",
  {
    id: uuid().primaryKey().defaultRandom(),
    groupId: uuid()
      .notNull()
      .references(() => workingGroups.id, { onDelete: "cascade" }),
    nameNb: text().notNull(),
    nameRu: text().notNull(),
    nameEn: text().notNull(),
    position: integer().notNull(),
    /** The OECD DAC 5-digit purpose code the area is reported under in IATI, e.g. "31320". */
    dacCode: text(),
    archivedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("cooperation_areas_dac_code", sql`${t.dacCode} is null or ${t.dacCode} ~ '^[0-9]{5}$'`),
    // Target of composite foreign keys that keep a project inside its own group's areas.
    unique("cooperation_areas_id_group_key").on(t.id, t.groupId),
    index("cooperation_areas_group_position_idx").on(t.groupId, t.position),
  ],
);

/** Per-field timestamps of the last edit of each language, e.g. {"title.nb": "2018-03-15T…"}. */
export type TextEditedAt = Partial<Record<`${"title" | "summary"}.${"nb" | "ru" | "en"}`, string>>;

export const projects = pgTable(
  "projects",
  {
    id: uuid().primaryKey().defaultRandom(),
    groupId: uuid()
      .notNull()
      .references(() => workingGroups.id, { onDelete: "cascade" }),
    code: text().notNull(),
    areaId: uuid().notNull(),
    titleNb: text(),
    titleRu: text(),
    titleEn: text(),
    summaryNb: text(),
    summaryRu: text(),
    summaryEn: text(),
    textEditedAt: jsonb().$type<TextEditedAt>().notNull().default({}),
    status: projectStatusEnum().notNull().default("proposed"),
    health: projectHealthEnum(),
    progress: smallint().notNull().default(0),
    plannedStart: date({ mode: "string" }),
    plannedEnd: date({ mode: "string" }),
    leadOrgNo: text(),
    leadOrgRu: text(),
    contactNoId: uuid().references(() => users.id, { onDelete: "set null" }),
    contactRuId: uuid().references(() => users.id, { onDelete: "set null" }),
    partners: text().array().notNull().default(sql`'{}'::text[]`),
    /**
     * Every name and alias of the project's places (project_places), in every language and
     * script: what the search text folds. Written with the places (lib/places/writes.ts),
     * never shown.
     */
    placeNames: text().array().notNull().default(sql`'{}'::text[]`),
    fundingAmount: numeric({ precision: 14, scale: 2 }),
    fundingCurrency: currencyEnum(),
    fundingSource: text(),
    lastUpdateAt: timestamp({ withTimezone: true }),
    /** The side whose confirmation the latest status update awaits; null when none is awaited. */
    awaitingConfirmationFrom: delegationEnum(),
    /** Folded text of code, titles, summaries, organisations, place names and partners (see 0002_search_fold.sql). */
    searchText: text().generatedAlwaysAs(
      sql`workplan_project_search_text(code, title_nb, title_ru, title_en, summary_nb, summary_ru, summary_en, lead_org_no, lead_org_ru, place_names, partners)`,
    ),
    /** Optimistic concurrency: every write must name the version it started from. */
    version: integer().notNull().default(1),
    archivedAt: timestamp({ withTimezone: true }),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("projects_group_code_key").on(t.groupId, t.code),
    unique("projects_id_group_key").on(t.id, t.groupId),
    foreignKey({
      name: "projects_area_same_group_fk",
      columns: [t.areaId, t.groupId],
      foreignColumns: [cooperationAreas.id, cooperationAreas.groupId],
    }),
    index("projects_group_area_idx").on(t.groupId, t.areaId),
    // No index on status, last_update_at or awaiting_confirmation_from, which every status
    // update changes: without them that update is HOT (no index entry written, not even the
    // search index's hundreds of trigrams) on pages kept 20 % free (fillfactor 80, migration
    // 0006). A group's projects are found by the (group_id, …) indexes; filtering or sorting
    // its ~1,000 rows by status or date costs well under a millisecond (docs/performance.md).
    index("projects_group_end_idx").on(t.groupId, t.plannedEnd),
    index("projects_contact_no_idx").on(t.contactNoId),
    index("projects_contact_ru_idx").on(t.contactRuId),
    index("projects_search_idx").using("gin", t.searchText.op("gin_trgm_ops")),
    check("projects_code_not_blank", sql`length(btrim(${t.code})) > 0`),
    check("projects_progress_range", sql`${t.progress} between 0 and 100`),
    check(
      "projects_has_title",
      sql`coalesce(${t.titleNb}, ${t.titleRu}, ${t.titleEn}) is not null`,
    ),
    check(
      "projects_health_only_when_active",
      sql`${t.health} is null or ${t.status} in ('planned', 'in_progress')`,
    ),
    check(
      "projects_dates_in_order",
      sql`${t.plannedStart} is null or ${t.plannedEnd} is null or ${t.plannedEnd} >= ${t.plannedStart}`,
    ),
    check(
      "projects_funding_complete",
      sql`(${t.fundingAmount} is null) = (${t.fundingCurrency} is null) and coalesce(${t.fundingAmount}, 0) >= 0`,
    ),
  ],
);

export const milestones = pgTable(
  "milestones",
  {
    id: uuid().primaryKey().defaultRandom(),
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    titleNb: text(),
    titleRu: text(),
    titleEn: text(),
    dueOn: date({ mode: "string" }),
    doneOn: date({ mode: "string" }),
    position: integer().notNull().default(0),
  },
  (t) => [
    index("milestones_project_idx").on(t.projectId, t.position),
    check(
      "milestones_has_title",
      sql`coalesce(${t.titleNb}, ${t.titleRu}, ${t.titleEn}) is not null`,
    ),
  ],
);

export const workPlans = pgTable(
  "work_plans",
  {
    id: uuid().primaryKey().defaultRandom(),
    groupId: uuid()
      .notNull()
      .references(() => workingGroups.id, { onDelete: "cascade" }),
    number: integer().notNull(),
    periodStart: smallint().notNull(),
    periodEnd: smallint().notNull(),
    state: planStateEnum().notNull().default("draft"),
    approvedOn: date({ mode: "string" }),
    approvedAtMeetingId: uuid(),
    supersededAt: timestamp({ withTimezone: true }),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("work_plans_group_number_key").on(t.groupId, t.number),
    unique("work_plans_id_group_key").on(t.id, t.groupId),
    // At most one approved plan per group: approving a new one supersedes the old.
    uniqueIndex("work_plans_one_approved_key").on(t.groupId).where(sql`${t.state} = 'approved'`),
    foreignKey({
      name: "work_plans_meeting_same_group_fk",
      columns: [t.approvedAtMeetingId, t.groupId],
      foreignColumns: [meetings.id, meetings.groupId],
    }),
    check("work_plans_period_in_order", sql`${t.periodEnd} >= ${t.periodStart}`),
    check("work_plans_approval_recorded", sql`${t.state} = 'draft' or ${t.approvedOn} is not null`),
  ],
);

export const workPlanProjects = pgTable(
  "work_plan_projects",
  {
    planId: uuid().notNull(),
    projectId: uuid().notNull(),
    groupId: uuid().notNull(),
    carriedOver: boolean().notNull().default(false),
    addedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.planId, t.projectId] }),
    foreignKey({
      name: "work_plan_projects_plan_fk",
      columns: [t.planId, t.groupId],
      foreignColumns: [workPlans.id, workPlans.groupId],
    }).onDelete("cascade"),
    foreignKey({
      name: "work_plan_projects_project_fk",
      columns: [t.projectId, t.groupId],
      foreignColumns: [projects.id, projects.groupId],
    }).onDelete("cascade"),
    index("work_plan_projects_project_idx").on(t.projectId),
  ],
);

export type CooperationArea = typeof cooperationAreas.$inferSelect;
export type NewCooperationArea = typeof cooperationAreas.$inferInsert;
export type Project = typeof projects.$inferSelect;
export type NewProject = typeof projects.$inferInsert;
export type Milestone = typeof milestones.$inferSelect;
export type NewMilestone = typeof milestones.$inferInsert;
export type WorkPlan = typeof workPlans.$inferSelect;
export type NewWorkPlan = typeof workPlans.$inferInsert;
export type WorkPlanProject = typeof workPlanProjects.$inferSelect;
