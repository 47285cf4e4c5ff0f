import "server-only";
import { and, asc, count, desc, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { type Place, places, projectPlaces, projects } from "@/db/schema";
import { localizedColumns } from "@/lib/i18n/localized";
import { baseMap } from "@/lib/map/base";
import { onMap, projectPoint } from "@/lib/map/rules";
import type {
  AdminPlace,
  PlaceFigure,
  PlaceOption,
  PlacePicker,
  PlaceRef,
} from "@/lib/places/types";
import { jsonObject } from "@/lib/server/json";
import { PROJECT_HEALTHS, type ProjectHealth } from "@/lib/vocabulary";

type PlaceRow = Pick<
  Place,
  "key" | "nameNb" | "nameRu" | "nameEn" | "nameSe" | "latitude" | "longitude"
>;

const REF_COLUMNS = {
  key: places.key,
  ...localizedColumns(places, "name"),
  nameSe: places.nameSe,
  latitude: places.latitude,
  longitude: places.longitude,
};

export function placeRef(row: PlaceRow): PlaceRef {
  return {
    key: row.key,
    names: { nb: row.nameNb, ru: row.nameRu, en: row.nameEn, se: row.nameSe },
    latitude: row.latitude,
    longitude: row.longitude,
  };
}

/** Every place of the gazetteer, by English name: the project form's choices (about a hundred). */
export async function listPlaceOptions(db: Executor): Promise<PlaceOption[]> {
  const rows = await db
    .select({ ...REF_COLUMNS, aliases: places.aliases, kind: places.kind })
    .from(places)
    .orderBy(asc(places.nameEn), asc(places.key));
  return rows.map((row) => ({ ...placeRef(row), aliases: row.aliases, kind: row.kind }));
}

/** Every place with the number of projects (of all groups) naming it: the administration's list. */
export async function listPlacesForAdmin(db: Executor): Promise<AdminPlace[]> {
  const rows = await db
    .select({
      id: places.id,
      ...REF_COLUMNS,
      aliases: places.aliases,
      kind: places.kind,
      country: places.country,
      region: places.region,
      source: places.source,
      projects: count(projectPlaces.projectId),
    })
    .from(places)
    .leftJoin(projectPlaces, eq(projectPlaces.placeId, places.id))
    .groupBy(places.id)
    .orderBy(asc(places.nameEn), asc(places.key));
  return rows.map((row) => ({
    ...placeRef(row),
    id: row.id,
    aliases: row.aliases,
    kind: row.kind,
    country: row.country,
    region: row.region,
    source: row.source,
    projects: row.projects,
  }));
}

export async function getPlaceForAdmin(db: Executor, id: string) {
  const [row] = await db.select().from(places).where(eq(places.id, id));
  return row ?? null;
}

/** The places with projects of the group (archived ones too): the list's place filter choices. */
export async function groupPlaces(db: Executor, groupId: string): Promise<PlaceRef[]> {
  const rows = await db
    .selectDistinct(REF_COLUMNS)
    .from(places)
    .innerJoin(projectPlaces, eq(projectPlaces.placeId, places.id))
    .innerJoin(projects, eq(projects.id, projectPlaces.projectId))
    .where(eq(projects.groupId, groupId))
    .orderBy(asc(places.nameEn), asc(places.key));
  return rows.map(placeRef);
}

/** Places by key (the list's `?place=` chips), whether or not any project names them. */
export async function placesByKey(db: Executor, keys: readonly string[]): Promise<PlaceRef[]> {
  if (!keys.length) return [];
  const rows = await db
    .select(REF_COLUMNS)
    .from(places)
    .where(inArray(places.key, [...keys]));
  return rows.map(placeRef);
}

const healthCount = (health: ProjectHealth) =>
  sql<number>`count(*) filter (where ${projects.health} = ${health})`.mapWith(Number);

/** How many of a place's projects are on track, at risk and off track. */
const healthCounts = () => ({
  on_track: healthCount("on_track"),
  at_risk: healthCount("at_risk"),
  off_track: healthCount("off_track"),
});

type FigureRow = PlaceRow & { total: number } & Record<ProjectHealth, number>;

function toFigure(row: FigureRow): PlaceFigure {
  return {
    ...placeRef(row),
    total: row.total,
    health: Object.fromEntries(PROJECT_HEALTHS.map((h) => [h, row[h]])) as Record<
      ProjectHealth,
      number
    >,
  };
}

/**
 * How many of the projects `where` selects are at each place, by health: one grouped statement
 * over project_places, the condition being the one the page's list or figures use — so each
 * marker's count is what its link lists.
 */
export async function placeFigures(db: Executor, where: SQL): Promise<PlaceFigure[]> {
  const rows = await db
    .select({
      ...REF_COLUMNS,
      total: count(),
      ...healthCounts(),
    })
    .from(projectPlaces)
    .innerJoin(projects, eq(projects.id, projectPlaces.projectId))
    .innerJoin(places, eq(places.id, projectPlaces.placeId))
    .where(where)
    .groupBy(places.id)
    .orderBy(desc(count()), asc(places.key));
  return rows.map(toFigure);
}

/**
 * `placeFigures` as one JSON value, for a statement that gathers several lists (the
 * dashboard's frame): a subquery of one row whose `list` is the figures, most projects first.
 * Turn it into figures with `figuresFromJson`.
 */
export function placeFiguresSubquery(db: Executor, where: SQL) {
  const grouped = db
    .select({
      figure: jsonObject({
        ...REF_COLUMNS,
        total: sql<number>`count(*)::int`,
        on_track: sql<number>`(count(*) filter (where ${projects.health} = 'on_track'))::int`,
        at_risk: sql<number>`(count(*) filter (where ${projects.health} = 'at_risk'))::int`,
        off_track: sql<number>`(count(*) filter (where ${projects.health} = 'off_track'))::int`,
      }).as("figure"),
      total: sql<number>`count(*)`.as("total"),
      key: places.key,
    })
    .from(projectPlaces)
    .innerJoin(projects, eq(projects.id, projectPlaces.projectId))
    .innerJoin(places, eq(places.id, projectPlaces.placeId))
    .where(where)
    .groupBy(places.id)
    .as("place_figures");
  return db
    .select({
      list: sql<
        FigureRow[]
      >`coalesce(json_agg(${grouped.figure} order by ${grouped.total} desc, ${grouped.key}), '[]'::json)`.as(
        "place_list",
      ),
    })
    .from(grouped)
    .as("place_lists");
}

export const figuresFromJson = (rows: readonly FigureRow[] | null): PlaceFigure[] =>
  (rows ?? []).map(toFigure);

/**
 * A project's places in its order, each with the group's current projects there (what the
 * list shows for `?place=`), by health.
 */
export async function projectPlaceFigures(
  db: Executor,
  groupId: string,
  projectId: string,
): Promise<PlaceFigure[]> {
  const mine = db
    .select({ placeId: projectPlaces.placeId, position: projectPlaces.position })
    .from(projectPlaces)
    .where(eq(projectPlaces.projectId, projectId))
    .as("mine");
  const rows = await db
    .select({
      ...REF_COLUMNS,
      total: count(projects.id),
      ...healthCounts(),
    })
    .from(mine)
    .innerJoin(places, eq(places.id, mine.placeId))
    .leftJoin(projectPlaces, eq(projectPlaces.placeId, mine.placeId))
    .leftJoin(
      projects,
      and(
        eq(projects.id, projectPlaces.projectId),
        eq(projects.groupId, groupId),
        isNull(projects.archivedAt),
      ),
    )
    .groupBy(places.id, mine.position)
    .orderBy(asc(mine.position));
  return rows.map(toFigure);
}

/** The places of each of the given projects, in each project's order. */
export async function placesOfProjects(
  db: Executor,
  projectIds: readonly string[],
): Promise<Map<string, PlaceRef[]>> {
  const result = new Map<string, PlaceRef[]>();
  if (!projectIds.length) return result;
  const rows = await db
    .select({ projectId: projectPlaces.projectId, ...REF_COLUMNS })
    .from(projectPlaces)
    .innerJoin(places, eq(places.id, projectPlaces.placeId))
    .where(inArray(projectPlaces.projectId, [...projectIds]))
    .orderBy(asc(projectPlaces.projectId), asc(projectPlaces.position));
  for (const row of rows) {
    const list = result.get(row.projectId) ?? [];
    list.push(placeRef(row));
    result.set(row.projectId, list);
  }
  return result;
}

/** The place keys of a project, in its order (what its form and audit snapshot hold). */
export async function projectPlaceKeys(db: Executor, projectId: string): Promise<string[]> {
  const rows = await db
    .select({ key: places.key })
    .from(projectPlaces)
    .innerJoin(places, eq(places.id, projectPlaces.placeId))
    .where(eq(projectPlaces.projectId, projectId))
    .orderBy(projectPlaces.position);
  return rows.map((r) => r.key);
}

/** Every place with its spot on the map, and the base map: the project form's place picker. */
export async function getPlacePicker(db: Executor): Promise<PlacePicker> {
  const options = await listPlaceOptions(db);
  const spot = (p: PlaceOption) => {
    if (p.latitude === null || p.longitude === null) return { x: null, y: null };
    const [x, y] = projectPoint(p.longitude, p.latitude);
    return onMap(x, y, 4)
      ? { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 }
      : { x: null, y: null };
  };
  return { places: options.map((p) => ({ ...p, ...spot(p) })), base: baseMap() };
}
