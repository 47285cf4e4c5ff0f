import "server-only";
import { and, eq, isNull, type SQL, sql } from "drizzle-orm";
import { type Executor, queryRows } from "@/db/client";
import { cooperationAreas, places, projectPlaces, projects, workPlanProjects } from "@/db/schema";
import type { ProjectState, Texts } from "@/lib/brief/types";
import type { PlaceRef } from "@/lib/places/types";
import {
  int,
  momentOrNull,
  oneOf,
  oneOfOrNull,
  type Row,
  records,
  text,
  textOrNull,
} from "@/lib/server/rows";
import { PROJECT_HEALTHS, PROJECT_STATUSES } from "@/lib/vocabulary";

/**
 * The brief's one raw statement: every project in scope with its state at both ends of the
 * period. Its plan — two index lookups per project and cut-off — was measured
 * (docs/performance.md, "The slowest page and its plan") and needs lateral joins the query
 * builder does not offer; its columns name the schema's, and `toProjectRow` checks its rows.
 */

/** The period's bounds as timestamps: from the first day's start to the end of the cut-off day. */
export interface Bounds {
  groupId: string;
  planId: string | null;
  from: string;
  to: string;
  timeZone: string;
}

/** The first moment of the period. */
export const periodStart = (b: Bounds) =>
  sql`(${b.from}::date)::timestamp at time zone ${b.timeZone}`;

/** The first moment after the period (the day after the cut-off). */
export const periodEnd = (b: Bounds) =>
  sql`(${b.to}::date + 1)::timestamp at time zone ${b.timeZone}`;

/** The projects a brief covers: the approved plan's, or every project when none is approved. */
export function briefScope(b: Bounds): SQL {
  const inPlan = b.planId
    ? sql`exists (select 1 from ${workPlanProjects} where ${and(
        eq(workPlanProjects.planId, b.planId),
        eq(workPlanProjects.projectId, projects.id),
      )})`
    : undefined;
  return and(eq(projects.groupId, b.groupId), isNull(projects.archivedAt), inPlan) as SQL;
}

/**
 * A project's state at a moment: what the first update after it recorded as "previous";
 * with no later update, the project's own current state.
 */
function stateAt(moment: SQL): SQL {
  const recorded = sql.raw("nx.found and nx.previous_status is not null");
  return sql`select
      (case when ${recorded} then nx.previous_status when nx.found then coalesce(pv.status, 'proposed') else ${projects.status} end)::text as status,
      (case when ${recorded} then nx.previous_health when nx.found then pv.health else ${projects.health} end)::text as health,
      (case when ${recorded} then coalesce(nx.previous_progress, pv.progress, 0)
            when nx.found then coalesce(pv.progress, 0) else ${projects.progress} end)::int as progress
    from (select 1) one
    left join lateral (select true as found, u.previous_status, u.previous_health, u.previous_progress
      from status_updates u where u.project_id = ${projects.id} and u.created_at >= ${moment}
      order by u.created_at, u.id limit 1) nx on true
    left join lateral (select u.status, u.health, u.progress
      from status_updates u where u.project_id = ${projects.id} and u.created_at < ${moment}
      order by u.created_at desc, u.id desc limit 1) pv on true`;
}

export interface ProjectRow {
  id: string;
  code: string;
  title: Texts;
  plannedEnd: string | null;
  areaId: string;
  area: Texts;
  start: ProjectState;
  end: ProjectState;
  updatesInPeriod: number;
  /** ISO 8601. */
  lastUpdateAt: string | null;
  /** Its places, in its order (the brief's map). */
  places: PlaceRef[];
}

/** Every project in scope with its state at both ends of the period, in area order. */
export async function loadProjects(db: Executor, b: Bounds): Promise<ProjectRow[]> {
  const p = projects;
  const a = cooperationAreas;
  const rows = await queryRows<Row>(
    db,
    sql`select ${p.id} as id, ${p.code} as code, ${p.titleNb} as "titleNb", ${p.titleRu} as "titleRu",
        ${p.titleEn} as "titleEn", ${p.plannedEnd}::text as "plannedEnd", ${a.id} as "areaId",
        ${a.nameNb} as "areaNb", ${a.nameRu} as "areaRu", ${a.nameEn} as "areaEn",
        s0.status as status0, s0.health as health0, s0.progress as progress0,
        s1.status as status1, s1.health as health1, s1.progress as progress1,
        (select count(*) from status_updates u
          where u.project_id = ${p.id} and u.created_at >= b.t0 and u.created_at < b.t1)::int as "updatesInPeriod",
        (select max(u.created_at) from status_updates u
          where u.project_id = ${p.id} and u.created_at < b.t1) as "lastUpdateAt",
        (select coalesce(json_agg(json_build_object('key', pl.key, 'nb', pl.name_nb,
            'ru', pl.name_ru, 'en', pl.name_en, 'se', pl.name_se,
            'latitude', pl.latitude, 'longitude', pl.longitude) order by pp.position), '[]'::json)
          from ${projectPlaces} pp join ${places} pl on pl.id = pp.place_id
          where pp.project_id = ${p.id}) as places
      from ${p}
      join ${a} on ${a.id} = ${p.areaId}
      cross join (select ${periodStart(b)} as t0, ${periodEnd(b)} as t1) b
      left join lateral (${stateAt(sql`b.t0`)}) s0 on true
      left join lateral (${stateAt(sql`b.t1`)}) s1 on true
      where ${briefScope(b)}
      order by ${a.position}, ${a.id}, ${p.code}`,
  );
  return rows.map(toProjectRow);
}

const state = (row: Row, at: "0" | "1"): ProjectState => ({
  status: oneOf(row, `status${at}`, PROJECT_STATUSES),
  health: oneOfOrNull(row, `health${at}`, PROJECT_HEALTHS),
  progress: int(row, `progress${at}`),
});

const textsOf = (row: Row, prefix: string): Texts => ({
  nb: textOrNull(row, `${prefix}Nb`),
  ru: textOrNull(row, `${prefix}Ru`),
  en: textOrNull(row, `${prefix}En`),
});

const coordinate = (row: Row, key: string): number | null => {
  const value = row[key];
  if (value === null || typeof value === "number") return value;
  throw new TypeError(`raw row: "${key}" is ${typeof value}, expected a number or null`);
};

const placeOf = (row: Row): PlaceRef => ({
  key: text(row, "key"),
  names: {
    nb: text(row, "nb"),
    ru: text(row, "ru"),
    en: text(row, "en"),
    se: textOrNull(row, "se"),
  },
  latitude: coordinate(row, "latitude"),
  longitude: coordinate(row, "longitude"),
});

/** One row of the statement above, checked. */
function toProjectRow(row: Row): ProjectRow {
  return {
    id: text(row, "id"),
    code: text(row, "code"),
    title: textsOf(row, "title"),
    plannedEnd: textOrNull(row, "plannedEnd"),
    areaId: text(row, "areaId"),
    area: textsOf(row, "area"),
    start: state(row, "0"),
    end: state(row, "1"),
    updatesInPeriod: int(row, "updatesInPeriod"),
    lastUpdateAt: momentOrNull(row, "lastUpdateAt"),
    places: records(row, "places").map(placeOf),
  };
}
