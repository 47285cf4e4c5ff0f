import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, or, type SQL, sql } from "drizzle-orm";
import "server-only";
import type { Executor } from "@/db/client";
import {
  cooperationAreas,
  places,
  projectPlaces,
  projects,
  users,
  workPlanProjects,
  workPlans,
} from "@/db/schema";
import { placeFigures } from "@/lib/places/queries";
import type { PlaceFigure } from "@/lib/places/types";
import { planListSubquery } from "@/lib/plans/queries";
import { areaNameColumns, projectTitleColumns } from "@/lib/projects/columns";
import {
  oneSidedCondition,
  overdueCondition,
  searchCondition,
  sideCondition,
  staleCondition,
  statusIn,
} from "@/lib/projects/list/conditions";
import { PAGE_SIZE, type ProjectFilters, type SortKey } from "@/lib/projects/list/input";
import type { AreaOption, PlanOption, ProjectRow } from "@/lib/projects/list/types";
import { jsonList, jsonObject } from "@/lib/server/json";
import type { Locale } from "@/lib/vocabulary";

export interface ListScope {
  groupId: string;
  userId: string;
  /** ISO date, the reference for overdue and stale. */
  today: string;
  locale: Locale;
}

/** Every filter of the URL as SQL conditions, scope first. Shared by the list, exports and counts. */
export function filterConditions(scope: ListScope, filters: ProjectFilters): SQL {
  const conditions: (SQL | undefined)[] = [eq(projects.groupId, scope.groupId)];
  if (!filters.archived) conditions.push(isNull(projects.archivedAt));
  if (filters.area.length) conditions.push(inArray(projects.areaId, filters.area));
  // At every place named: its id by the unique key, then its projects by project_places.
  for (const key of filters.place)
    conditions.push(
      sql`${projects.id} in (select ${projectPlaces.projectId} from ${projectPlaces}
           where ${projectPlaces.placeId} = (select ${places.id} from ${places} where ${places.key} = ${key}))`,
    );
  conditions.push(statusIn(filters.status));
  if (filters.health.length) conditions.push(inArray(projects.health, filters.health));
  if (filters.side) conditions.push(sideCondition(filters.side));
  if (filters.plan !== undefined) {
    // The plan's id once, then its projects by work_plan_projects' primary key.
    conditions.push(
      sql`${projects.id} in (select ${workPlanProjects.projectId} from ${workPlanProjects}
           where ${workPlanProjects.planId} = (select ${workPlans.id} from ${workPlans}
             where ${workPlans.groupId} = ${scope.groupId} and ${workPlans.number} = ${filters.plan}))`,
    );
  }
  if (filters.mine)
    conditions.push(
      or(eq(projects.contactNoId, scope.userId), eq(projects.contactRuId, scope.userId)),
    );
  if (filters.overdue) conditions.push(overdueCondition(scope.today));
  if (filters.stale) conditions.push(staleCondition(scope.groupId, scope.today));
  if (filters.awaiting) conditions.push(isNotNull(projects.awaitingConfirmationFrom));
  if (filters.onesided) conditions.push(oneSidedCondition(scope.groupId, scope.today));
  conditions.push(searchCondition(filters.q));
  return and(...conditions) as SQL;
}

/** The list's order: the sort column, then the code. Exports read in the same order. */
export function projectListOrder(sort: SortKey, dir: "asc" | "desc", locale: Locale): SQL[] {
  const by = dir === "desc" ? desc : asc;
  const title = {
    nb: sql`lower(coalesce(${projects.titleNb}, ${projects.titleEn}, ${projects.titleRu}))`,
    ru: sql`lower(coalesce(${projects.titleRu}, ${projects.titleEn}, ${projects.titleNb}))`,
    en: sql`lower(coalesce(${projects.titleEn}, ${projects.titleNb}, ${projects.titleRu}))`,
  }[locale];
  const nulls = (column: SQL) =>
    sql`${column} ${sql.raw(dir === "desc" ? "desc nulls last" : "asc nulls last")}`;
  const primary: Record<SortKey, SQL> = {
    code: by(projects.code),
    title: by(title),
    area: by(cooperationAreas.position),
    status: by(projects.status),
    health: nulls(sql`${projects.health}`),
    progress: by(projects.progress),
    end: nulls(sql`${projects.plannedEnd}`),
    updated: nulls(sql`${projects.lastUpdateAt}`),
  };
  return sort === "code" ? [primary.code] : [primary[sort], asc(projects.code)];
}

/** One page of the group's projects with the total count, in one query. */
export async function listProjects(
  db: Executor,
  scope: ListScope,
  filters: ProjectFilters,
  options: {
    orderBy?: SQL[];
    pageSize?: number;
    /** Keyset paging (the API's cursor): only projects whose code sorts after this one. */
    after?: string;
  } = {},
) {
  const pageSize = options.pageSize ?? PAGE_SIZE;
  const rows = await db
    .select({
      id: projects.id,
      ...projectTitleColumns,
      ...areaNameColumns,
      status: projects.status,
      health: projects.health,
      progress: projects.progress,
      plannedEnd: projects.plannedEnd,
      lastUpdateAt: projects.lastUpdateAt,
      awaitingConfirmationFrom: projects.awaitingConfirmationFrom,
      archived: sql<boolean>`${projects.archivedAt} is not null`,
      contactNoId: projects.contactNoId,
      contactRuId: projects.contactRuId,
      // Looked up per row by primary key rather than joined: a filter PostgreSQL misestimates
      // (one side only: 2 rows expected, 193 found) made it join the users by scanning them
      // once per project — 35 ms instead of 1 (docs/performance.md).
      contactNoName: sql<
        string | null
      >`(select u.name from ${users} u where u.id = ${projects.contactNoId})`,
      contactRuName: sql<
        string | null
      >`(select u.name from ${users} u where u.id = ${projects.contactRuId})`,
      overdue: sql<boolean>`coalesce(${overdueCondition(scope.today)}, false)`,
      stale: sql<boolean>`coalesce(${staleCondition(scope.groupId, scope.today)}, false)`,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(projects)
    .innerJoin(cooperationAreas, eq(cooperationAreas.id, projects.areaId))
    .where(
      options.after === undefined
        ? filterConditions(scope, filters)
        : and(filterConditions(scope, filters), gt(projects.code, options.after)),
    )
    .orderBy(...(options.orderBy ?? projectListOrder(filters.sort, filters.dir, scope.locale)))
    .limit(pageSize)
    .offset((filters.page - 1) * pageSize);
  const total = rows[0]?.total ?? (filters.page > 1 ? await countProjects(db, scope, filters) : 0);
  return { rows: rows.map(({ total: _, ...row }): ProjectRow => row), total };
}

export async function countProjects(
  db: Executor,
  scope: ListScope,
  filters: ProjectFilters,
): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(projects)
    .where(filterConditions(scope, filters));
  return row?.n ?? 0;
}

/** The choices of the list's filters: the group's current areas and its work plans, in one statement. */
export async function getListOptions(
  db: Executor,
  groupId: string,
): Promise<{ areas: AreaOption[]; plans: PlanOption[] }> {
  const area = cooperationAreas;
  const areas = db
    .select({
      list: jsonList(
        jsonObject({ id: area.id, nameNb: area.nameNb, nameRu: area.nameRu, nameEn: area.nameEn }),
        asc(area.position),
      ).as("areas"),
    })
    .from(area)
    .where(and(eq(area.groupId, groupId), isNull(area.archivedAt)))
    .as("area_options");
  const plans = planListSubquery(db, groupId, "plan_options");
  // Each aggregate is one row, so their cross join is the one row of both lists.
  const [row] = await db
    .select({ areas: areas.list, plans: plans.list })
    .from(areas)
    .crossJoin(plans);
  return { areas: row?.areas ?? [], plans: row?.plans ?? [] };
}

/** The places of every project the filters select (all pages), by health: the list's map. */
export function listPlaceFigures(
  db: Executor,
  scope: ListScope,
  filters: ProjectFilters,
): Promise<PlaceFigure[]> {
  return placeFigures(db, filterConditions(scope, filters));
}
