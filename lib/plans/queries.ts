import "server-only";
import { and, asc, desc, eq, isNull, ne, notExists, notInArray, sql } from "drizzle-orm";
import type { PgSelect } from "drizzle-orm/pg-core";
import type { SelectResultFields } from "drizzle-orm/query-builders/select.types";
import type { Executor } from "@/db/client";
import { cooperationAreas, meetings, projects, workPlanProjects, workPlans } from "@/db/schema";
import { localizedColumns, localizedValues } from "@/lib/i18n/localized";
import { meetingDateColumns } from "@/lib/meetings/columns";
import { diffPlans, FINISHED_STATUSES } from "@/lib/plans/rules";
import type {
  DraftingContext,
  HeldMeeting,
  PlanComparison,
  PlanProject,
  PlanSummary,
} from "@/lib/plans/types";
import { areaNameColumns, projectTitleColumns } from "@/lib/projects/columns";
import { jsonList, jsonObject } from "@/lib/server/json";

/**
 * The group's approved plan: a literal, as the partial unique index on approved plans is
 * written, so that a prepared statement's generic plan can still use that index.
 */
export const approvedPlan = sql`${workPlans.state} = 'approved'`;

/** How many projects the plan of the row lists (or carried over): counted beside each plan. */
const listed = (carriedOnly: boolean) =>
  sql<number>`(select count(*) from ${workPlanProjects} where ${and(
    eq(workPlanProjects.planId, workPlans.id),
    eq(workPlanProjects.groupId, workPlans.groupId),
    carriedOnly ? eq(workPlanProjects.carriedOver, true) : undefined,
  )})`.mapWith(Number);

function selectPlans(db: Executor) {
  return db
    .select({
      id: workPlans.id,
      number: workPlans.number,
      periodStart: workPlans.periodStart,
      periodEnd: workPlans.periodEnd,
      state: workPlans.state,
      approvedOn: workPlans.approvedOn,
      supersededAt: workPlans.supersededAt,
      meetingNumber: meetings.number,
      ...localizedColumns(meetings, "city"),
      projectCount: listed(false),
      carriedOverCount: listed(true),
    })
    .from(workPlans)
    .leftJoin(
      meetings,
      and(eq(meetings.id, workPlans.approvedAtMeetingId), eq(meetings.groupId, workPlans.groupId)),
    );
}

type PlanRow = Awaited<ReturnType<ReturnType<typeof selectPlans>["execute"]>>[number];

function toSummary({ meetingNumber, cityNb, cityRu, cityEn, ...row }: PlanRow): PlanSummary {
  return {
    ...row,
    meeting:
      meetingNumber === null
        ? null
        : { number: meetingNumber, city: { nb: cityNb, ru: cityRu, en: cityEn } },
  };
}

/** The group's plans, newest first. */
export async function listPlans(db: Executor, groupId: string): Promise<PlanSummary[]> {
  const rows = await selectPlans(db)
    .where(eq(workPlans.groupId, groupId))
    .orderBy(desc(workPlans.number));
  return rows.map(toSummary);
}

/** One plan of the group by its number. */
export async function getPlan(
  db: Executor,
  groupId: string,
  number: number,
): Promise<PlanSummary | null> {
  const [row] = await selectPlans(db).where(
    and(eq(workPlans.groupId, groupId), eq(workPlans.number, number)),
  );
  return row ? toSummary(row) : null;
}

const projectColumns = {
  id: projects.id,
  ...projectTitleColumns,
  areaId: cooperationAreas.id,
  areaPosition: cooperationAreas.position,
  ...areaNameColumns,
  status: projects.status,
  health: projects.health,
  progress: projects.progress,
  archived: sql<boolean>`${projects.archivedAt} is not null`,
};

/** A plan's project as `projectColumns` select it. */
type ProjectColumns = SelectResultFields<typeof projectColumns>;

function toProject(row: ProjectColumns, carriedOver: boolean): PlanProject {
  return {
    id: row.id,
    code: row.code,
    title: localizedValues(row, "title"),
    area: {
      id: row.areaId,
      position: row.areaPosition,
      name: localizedValues(row, "area"),
    },
    status: row.status,
    health: row.health,
    progress: row.progress,
    carriedOver,
    archived: row.archived,
  };
}

/**
 * Narrows a select from `workPlanProjects` (made `$dynamic()`) to the plan's projects, their
 * `projects` and `cooperationAreas` joined, in area order, then by code.
 */
export function listedInPlan<Q extends PgSelect>(query: Q, groupId: string, planId: string) {
  return query
    .innerJoin(
      projects,
      and(eq(projects.id, workPlanProjects.projectId), eq(projects.groupId, groupId)),
    )
    .innerJoin(cooperationAreas, eq(cooperationAreas.id, projects.areaId))
    .where(and(eq(workPlanProjects.groupId, groupId), eq(workPlanProjects.planId, planId)))
    .orderBy(asc(cooperationAreas.position), asc(projects.code));
}

/** The plan's projects in area order, then by code. */
export async function planProjects(
  db: Executor,
  groupId: string,
  planId: string,
): Promise<PlanProject[]> {
  const rows = await listedInPlan(
    db
      .select({ ...projectColumns, carriedOver: workPlanProjects.carriedOver })
      .from(workPlanProjects)
      .$dynamic(),
    groupId,
    planId,
  );
  return rows.map(({ carriedOver, ...row }) => toProject(row, carriedOver));
}

/** The group's current projects a draft does not list yet: what may be added to it. */
export async function candidateProjects(
  db: Executor,
  groupId: string,
  planId: string,
): Promise<PlanProject[]> {
  const rows = await db
    .select(projectColumns)
    .from(projects)
    .innerJoin(cooperationAreas, eq(cooperationAreas.id, projects.areaId))
    .where(
      and(
        eq(projects.groupId, groupId),
        isNull(projects.archivedAt),
        notExists(
          db
            .select({ one: sql`1` })
            .from(workPlanProjects)
            .where(
              and(
                eq(workPlanProjects.planId, planId),
                eq(workPlanProjects.groupId, groupId),
                eq(workPlanProjects.projectId, projects.id),
              ),
            ),
        ),
      ),
    )
    .orderBy(asc(cooperationAreas.position), asc(projects.code));
  return rows.map((row) => toProject(row, false));
}

/** The meetings of the group a plan can be approved at, latest first. */
export async function heldMeetings(db: Executor, groupId: string): Promise<HeldMeeting[]> {
  const rows = await db
    .select({
      id: meetings.id,
      ...meetingDateColumns,
    })
    .from(meetings)
    .where(and(eq(meetings.groupId, groupId), eq(meetings.state, "held")))
    .orderBy(desc(meetings.number));
  return rows.map(({ cityNb, cityRu, cityEn, ...m }) => ({
    ...m,
    city: { nb: cityNb, ru: cityRu, en: cityEn },
  }));
}

/** What the "draft a new plan" form proposes. */
export async function draftingContext(db: Executor, groupId: string): Promise<DraftingContext> {
  const plans = await db
    .select({
      id: workPlans.id,
      number: workPlans.number,
      state: workPlans.state,
      periodStart: workPlans.periodStart,
      periodEnd: workPlans.periodEnd,
    })
    .from(workPlans)
    .where(and(eq(workPlans.groupId, groupId), ne(workPlans.state, "superseded")));
  const draft = plans.find((p) => p.state === "draft");
  const current = plans.find((p) => p.state === "approved");
  const unfinished = current ? await unfinishedProjectsOf(db, groupId, current.id) : [];
  return {
    draft: draft ? { number: draft.number } : null,
    current: current
      ? { number: current.number, periodStart: current.periodStart, periodEnd: current.periodEnd }
      : null,
    unfinished: unfinished.length,
  };
}

/**
 * The projects a new draft carries over from a plan: listed in it, neither completed nor
 * cancelled, not archived.
 */
export async function unfinishedProjectsOf(db: Executor, groupId: string, planId: string) {
  return db
    .select({ id: projects.id, code: projects.code })
    .from(workPlanProjects)
    .innerJoin(
      projects,
      and(eq(projects.id, workPlanProjects.projectId), eq(projects.groupId, groupId)),
    )
    .where(
      and(
        eq(workPlanProjects.planId, planId),
        eq(workPlanProjects.groupId, groupId),
        isNull(projects.archivedAt),
        notInArray(projects.status, [...FINISHED_STATUSES]),
      ),
    )
    .orderBy(asc(projects.code));
}

/** Two plans of the group by number, side by side; null when either does not exist. */
export async function comparePlans(
  db: Executor,
  groupId: string,
  numberA: number,
  numberB: number,
): Promise<PlanComparison | null> {
  const [a, b] = await Promise.all([getPlan(db, groupId, numberA), getPlan(db, groupId, numberB)]);
  if (!a || !b) return null;
  const [listA, listB] = await Promise.all([
    planProjects(db, groupId, a.id),
    planProjects(db, groupId, b.id),
  ]);
  return { a, b, ...diffPlans(listA, listB) };
}

/**
 * The group's plans, newest first, as one JSON list (number, period, state): an aggregate
 * subquery of one row, for a statement that reads several lists side by side.
 */
export function planListSubquery(db: Executor, groupId: string, name: string) {
  return db
    .select({
      list: jsonList(
        jsonObject({
          number: workPlans.number,
          periodStart: workPlans.periodStart,
          periodEnd: workPlans.periodEnd,
          state: workPlans.state,
        }),
        desc(workPlans.number),
      ).as("list"),
    })
    .from(workPlans)
    .where(eq(workPlans.groupId, groupId))
    .as(name);
}
