import { sql } from "drizzle-orm";
import { type Executor, queryRows } from "@/db/client";
import { projects } from "@/db/schema";
import { dashboardProjects } from "@/lib/dashboard/queries/dashboard";
import type { DashboardParams, ProjectCounts } from "@/lib/dashboard/rules";
import {
  oneSidedCondition,
  overdueCondition,
  staleCondition,
} from "@/lib/projects/list/conditions";
import type { ListScope } from "@/lib/projects/list/queries";
import { PROJECT_HEALTHS, PROJECT_STATUSES } from "@/lib/vocabulary";

export interface AreaFigures extends ProjectCounts {
  areaId: string;
  name: { nb: string; ru: string; en: string };
  openActions: number;
  overdueActions: number;
}

const count = (condition: ReturnType<typeof sql>) =>
  sql`count(${projects.id}) filter (where ${condition})::int`;

/**
 * Every figure of every cooperation area in one query: PostgreSQL counts, JavaScript only
 * adds up the areas for the group's totals. The group's projects are read once; their open
 * action items are counted per project and joined in.
 */
export async function loadAreaFigures(
  db: Executor,
  scope: ListScope,
  params: DashboardParams,
): Promise<AreaFigures[]> {
  const inScope = dashboardProjects(scope, params);
  const statusCounts = PROJECT_STATUSES.map(
    (s) => sql`${sql.raw(`'${s}'`)}, ${count(sql`${projects.status} = ${s}`)}`,
  );
  const healthCounts = PROJECT_HEALTHS.map(
    (h) => sql`${sql.raw(`'${h}'`)}, ${count(sql`${projects.health} = ${h}`)}`,
  );
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`select a.id as "areaId",
        json_build_object('nb', a.name_nb, 'ru', a.name_ru, 'en', a.name_en) as name,
        count(${projects.id})::int as total,
        json_build_object(${sql.join(statusCounts, sql`, `)}) as status,
        json_build_object(${sql.join(healthCounts, sql`, `)}) as health,
        ${count(sql`${projects.health} is null and ${projects.status} in ('planned', 'in_progress')`)} as "healthUnrated",
        coalesce(sum(${projects.progress}), 0)::int as "progressSum",
        ${count(overdueCondition(scope.today))} as overdue,
        ${count(staleCondition(scope.groupId, scope.today))} as stale,
        ${count(oneSidedCondition(scope.groupId, scope.today))} as onesided,
        ${count(sql`${projects.awaitingConfirmationFrom} is not null`)} as awaiting,
        coalesce(sum(ai.open), 0)::int as "openActions",
        coalesce(sum(ai.overdue), 0)::int as "overdueActions"
      from cooperation_areas a
      left join ${projects} on ${projects.areaId} = a.id and ${inScope}
      left join (
        select x.project_id, count(*) filter (where x.done_at is null) as open,
          count(*) filter (where x.done_at is null and x.due_on < ${scope.today}) as overdue
        from action_items x
        where x.group_id = ${scope.groupId} and x.project_id is not null
        group by x.project_id
      ) ai on ai.project_id = ${projects.id}
      where a.group_id = ${scope.groupId} and a.archived_at is null
      group by a.id, a.position
      order by a.position`,
  );
  return rows as unknown as AreaFigures[];
}

export function sumFigures(
  areas: AreaFigures[],
): ProjectCounts & { openActions: number; overdueActions: number } {
  const zero = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, 0]));
  const total = {
    total: 0,
    status: zero(PROJECT_STATUSES),
    health: zero(PROJECT_HEALTHS),
    healthUnrated: 0,
    progressSum: 0,
    overdue: 0,
    stale: 0,
    onesided: 0,
    awaiting: 0,
    openActions: 0,
    overdueActions: 0,
  } as ProjectCounts & { openActions: number; overdueActions: number };
  for (const area of areas) {
    for (const key of [
      "total",
      "healthUnrated",
      "progressSum",
      "overdue",
      "stale",
      "onesided",
      "awaiting",
      "openActions",
      "overdueActions",
    ] as const) {
      total[key] += area[key];
    }
    for (const s of PROJECT_STATUSES) total.status[s] += area.status[s];
    for (const h of PROJECT_HEALTHS) total.health[h] += area.health[h];
  }
  return total;
}
