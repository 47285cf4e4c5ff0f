import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { delegationEnum, groupRoleEnum, localeEnum } from "./enums";

const timestamps = {
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
};

export const users = pgTable(
  "users",
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    name: text().notNull(),
    delegation: delegationEnum().notNull(),
    locale: localeEnum().notNull(),
    /** Job title and organisation, shown in attendee lists. */
    position: text(),
    passwordHash: text().notNull(),
    isAdmin: boolean().notNull().default(false),
    active: boolean().notNull().default(true),
    /** Bumped to end every session of the user on their next request. */
    sessionVersion: integer().notNull().default(1),
    mustChangePassword: boolean().notNull().default(false),
    /** IANA time zone for digests and dates in mail; null: Europe/Oslo or Europe/Moscow by delegation. */
    timeZone: text(),
    /** The hour (0–23, in the user's time zone) daily and weekly digests are sent. */
    digestHour: smallint().notNull().default(7),
    /** SHA-256 of the secret in the user's calendar subscription address; null: none. */
    calendarTokenHash: text(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("users_email_key").on(t.email),
    uniqueIndex("users_calendar_token_key").on(t.calendarTokenHash),
    check("users_digest_hour", sql`${t.digestHour} between 0 and 23`),
    check("users_email_lowercase", sql`${t.email} = lower(${t.email})`),
    check("users_name_not_blank", sql`length(btrim(${t.name})) > 0`),
  ],
);

export const workingGroups = pgTable(
  "working_groups",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Short, stable identifier used in URLs. */
    slug: text().notNull(),
    nameNb: text().notNull(),
    nameRu: text().notNull(),
    nameEn: text().notNull(),
    commissionNb: text().notNull(),
    commissionRu: text().notNull(),
    commissionEn: text().notNull(),
    archivedAt: timestamp({ withTimezone: true }),
    /** Days before a meeting's brief cut-off on which contacts are reminded of their updates. */
    reminderDays: integer().array().notNull().default(sql`'{14,3}'::integer[]`),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("working_groups_slug_key").on(t.slug),
    check("working_groups_slug_format", sql`${t.slug} ~ '^[a-z0-9][a-z0-9-]{0,62}$'`),
  ],
);

export const memberships = pgTable(
  "memberships",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    groupId: uuid()
      .notNull()
      .references(() => workingGroups.id, { onDelete: "cascade" }),
    role: groupRoleEnum().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.groupId] }),
    index("memberships_group_idx").on(t.groupId),
  ],
);

/** The keys of the installation's settings. */
export const SETTING_KEYS = {
  /** True when the installation holds the demo data set (labelled as such in the interface). */
  demo: "demo_data",
  /** The roles that must use two-factor sign-in: a jsonb array such as ["admin","coordinator"]. */
  requireTwoFactor: "require_2fa",
  /** The installation's IATI organisation identifier (e.g. "NO-BRC-971277882"), a JSON string. */
  iatiOrganisation: "iati_org",
} as const;

/** Installation-wide settings (e.g. whether demo data is present). */
export const settings = pgTable("settings", {
  key: text().primaryKey(),
  value: jsonb().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type WorkingGroup = typeof workingGroups.$inferSelect;
export type NewWorkingGroup = typeof workingGroups.$inferInsert;
export type Membership = typeof memberships.$inferSelect;
export type NewMembership = typeof memberships.$inferInsert;
