import "server-only";
import { sql } from "drizzle-orm";
import { type Executor, queryRows } from "@/db/client";
import { projects } from "@/db/schema";
import { dashboardProjects } from "@/lib/dashboard/queries/dashboard";
import type { DashboardParams } from "@/lib/dashboard/rules";
import type { AreaFigures } from "@/lib/dashboard/types";
import {
  oneSidedCondition,
  overdueCondition,
  staleCondition,
} from "@/lib/projects/list/conditions";
import type { ListScope } from "@/lib/projects/list/queries";
import { counts, int, type Row, record, text } from "@/lib/server/rows";
import { PROJECT_HEALTHS, PROJECT_STATUSES } from "@/lib/vocabulary";

const count = (condition: ReturnType<typeof sql>) =>
  sql`count(${projects.id}) filter (where ${condition})::int`;

/**
 * Every figure of every cooperation area in one query: PostgreSQL counts, JavaScript only
 * adds up the areas for the group's totals. The group's projects are read once; their open
 * action items are counted per project and joined in. A raw statement: its plan was measured
 * (docs/performance.md, the dashboard's statements); `toAreaFigures` checks its rows.
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
  return rows.map(toAreaFigures);
}

/** One row of the statement above, checked: what the dashboard and the report rely on. */
function toAreaFigures(row: Row): AreaFigures {
  const name = record(row, "name");
  return {
    areaId: text(row, "areaId"),
    name: { nb: text(name, "nb"), ru: text(name, "ru"), en: text(name, "en") },
    total: int(row, "total"),
    status: counts(row, "status", PROJECT_STATUSES),
    health: counts(row, "health", PROJECT_HEALTHS),
    healthUnrated: int(row, "healthUnrated"),
    progressSum: int(row, "progressSum"),
    overdue: int(row, "overdue"),
    stale: int(row, "stale"),
    onesided: int(row, "onesided"),
    awaiting: int(row, "awaiting"),
    openActions: int(row, "openActions"),
    overdueActions: int(row, "overdueActions"),
  };
}
