import { sql } from "drizzle-orm";
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { DELEGATIONS } from "../../lib/vocabulary";
import { delegationEnum, meetingStateEnum } from "./enums";
import { projects } from "./projects";
import { users, workingGroups } from "./users";

export const countryEnum = pgEnum("country", DELEGATIONS);

export const meetings = pgTable(
  "meetings",
  {
    id: uuid().primaryKey().defaultRandom(),
    groupId: uuid()
      .notNull()
      .references(() => workingGroups.id, { onDelete: "cascade" }),
    /** The 5th meeting has number 5. */
    number: integer().notNull(),
    startsOn: date({ mode: "string" }).notNull(),
    endsOn: date({ mode: "string" }).notNull(),
    cityNb: text(),
    cityRu: text(),
    cityEn: text(),
    country: countryEnum().notNull(),
    state: meetingStateEnum().notNull().default("planned"),
    minutesNb: text(),
    minutesRu: text(),
    minutesEn: text(),
    /** Once set, minutes and decisions are locked. */
    closedAt: timestamp({ withTimezone: true }),
    /** The day the brief reports up to, and updates are due by; null: the meeting's first day. */
    briefCutoffOn: date({ mode: "string" }),
    /** When a coordinator published the brief to the group. */
    briefReadyAt: timestamp({ withTimezone: true }),
    /** Raised when the meeting moves or is cancelled (the calendar invitation's SEQUENCE). */
    sequence: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("meetings_group_number_key").on(t.groupId, t.number),
    unique("meetings_id_group_key").on(t.id, t.groupId),
    index("meetings_group_starts_idx").on(t.groupId, t.startsOn),
    check("meetings_number_positive", sql`${t.number} > 0`),
    check("meetings_dates_in_order", sql`${t.endsOn} >= ${t.startsOn}`),
    check("meetings_has_city", sql`coalesce(${t.cityNb}, ${t.cityRu}, ${t.cityEn}) is not null`),
    check("meetings_closed_only_when_held", sql`${t.closedAt} is null or ${t.state} = 'held'`),
  ],
);

export const meetingAttendees = pgTable(
  "meeting_attendees",
  {
    id: uuid().primaryKey().defaultRandom(),
    meetingId: uuid()
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    /** A member of the group, or null for a guest named in `name`. */
    userId: uuid().references(() => users.id, { onDelete: "set null" }),
    name: text(),
    delegation: delegationEnum().notNull(),
    capacity: text(),
  },
  (t) => [
    uniqueIndex("meeting_attendees_user_key").on(t.meetingId, t.userId),
    check("meeting_attendees_named", sql`${t.userId} is not null or ${t.name} is not null`),
  ],
);

export const agendaItems = pgTable(
  "agenda_items",
  {
    id: uuid().primaryKey().defaultRandom(),
    meetingId: uuid()
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    titleNb: text(),
    titleRu: text(),
    titleEn: text(),
  },
  (t) => [
    index("agenda_items_meeting_idx").on(t.meetingId, t.position),
    check(
      "agenda_items_has_title",
      sql`coalesce(${t.titleNb}, ${t.titleRu}, ${t.titleEn}) is not null`,
    ),
  ],
);

export const agendaItemProjects = pgTable(
  "agenda_item_projects",
  {
    agendaItemId: uuid()
      .notNull()
      .references(() => agendaItems.id, { onDelete: "cascade" }),
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.agendaItemId, t.projectId] }),
    index("agenda_item_projects_project_idx").on(t.projectId),
  ],
);

export const decisions = pgTable(
  "decisions",
  {
    id: uuid().primaryKey().defaultRandom(),
    meetingId: uuid()
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    textNb: text(),
    textRu: text(),
    textEn: text(),
    projectId: uuid().references(() => projects.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("decisions_meeting_idx").on(t.meetingId, t.position),
    check("decisions_has_text", sql`coalesce(${t.textNb}, ${t.textRu}, ${t.textEn}) is not null`),
  ],
);

export const actionItems = pgTable(
  "action_items",
  {
    id: uuid().primaryKey().defaultRandom(),
    groupId: uuid()
      .notNull()
      .references(() => workingGroups.id, { onDelete: "cascade" }),
    meetingId: uuid(),
    projectId: uuid(),
    textNb: text(),
    textRu: text(),
    textEn: text(),
    ownerId: uuid()
      .notNull()
      .references(() => users.id),
    dueOn: date({ mode: "string" }),
    doneAt: timestamp({ withTimezone: true }),
    doneById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      name: "action_items_meeting_same_group_fk",
      columns: [t.meetingId, t.groupId],
      foreignColumns: [meetings.id, meetings.groupId],
    }).onDelete("cascade"),
    foreignKey({
      name: "action_items_project_same_group_fk",
      columns: [t.projectId, t.groupId],
      foreignColumns: [projects.id, projects.groupId],
    }),
    index("action_items_group_due_idx").on(t.groupId, t.dueOn),
    index("action_items_owner_idx").on(t.ownerId),
    index("action_items_project_idx").on(t.projectId),
    check(
      "action_items_has_text",
      sql`coalesce(${t.textNb}, ${t.textRu}, ${t.textEn}) is not null`,
    ),
  ],
);

export type Meeting = typeof meetings.$inferSelect;
export type NewMeeting = typeof meetings.$inferInsert;
export type MeetingAttendee = typeof meetingAttendees.$inferSelect;
export type AgendaItem = typeof agendaItems.$inferSelect;
export type NewAgendaItem = typeof agendaItems.$inferInsert;
export type Decision = typeof decisions.$inferSelect;
export type ActionItem = typeof actionItems.$inferSelect;
export type NewActionItem = typeof actionItems.$inferInsert;
