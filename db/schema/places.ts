import { sql } from "drizzle-orm";
import {
  check,
  doublePrecision,
  index,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { PLACE_COUNTRIES, PLACE_KINDS, PLACE_SOURCES } from "../../lib/vocabulary";
import { projects } from "./projects";
import { users } from "./users";

const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(", "));

/**
 * The gazetteer: places projects happen in, shared by every working group. The gazetteer's own
 * rows come with migration 0012_places (from db/seed/gazetteer.ts); administrators add more.
 * A place without coordinates (free text migration 0012 found no match for) is listed but not
 * drawn until an administrator gives it a point.
 */
export const places = pgTable(
  "places",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Stable, readable, ASCII: the `?place=` of links. */
    key: text().notNull(),
    nameNb: text().notNull(),
    nameRu: text().notNull(),
    nameEn: text().notNull(),
    /** The official Sámi name, where there is one. */
    nameSe: text(),
    /** Other names and spellings, for search and import only. */
    aliases: text().array().notNull().default(sql`'{}'::text[]`),
    latitude: doublePrecision(),
    longitude: doublePrecision(),
    country: text({ enum: PLACE_COUNTRIES }),
    region: text(),
    kind: text({ enum: PLACE_KINDS }).notNull().default("other"),
    source: text({ enum: PLACE_SOURCES }).notNull(),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("places_key_key").on(t.key),
    check("places_key_format", sql`${t.key} ~ '^[a-z0-9][a-z0-9-]{0,63}$'`),
    check(
      "places_point",
      sql`(${t.latitude} is null) = (${t.longitude} is null) and coalesce(${t.latitude} between -90 and 90, true) and coalesce(${t.longitude} between -180 and 180, true)`,
    ),
    check("places_kind", sql`${t.kind} in (${list(PLACE_KINDS)})`),
    check("places_source", sql`${t.source} in (${list(PLACE_SOURCES)})`),
    check(
      "places_country",
      sql`${t.country} is null or ${t.country} in (${list(PLACE_COUNTRIES)})`,
    ),
  ],
);

/** A project's places, in the order its form lists them. */
export const projectPlaces = pgTable(
  "project_places",
  {
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    placeId: uuid()
      .notNull()
      .references(() => places.id, { onDelete: "restrict" }),
    position: smallint().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.placeId] }),
    // The projects of a place: the list's `?place=` filter and the map's counts.
    index("project_places_place_idx").on(t.placeId, t.projectId),
  ],
);

export type Place = typeof places.$inferSelect;
export type NewPlace = typeof places.$inferInsert;
export type ProjectPlace = typeof projectPlaces.$inferSelect;
