import { and, isNull, sql } from "drizzle-orm";
import { type Executor, queryRows } from "@/db/client";
import { projects } from "@/db/schema";
import { planCondition } from "@/lib/dashboard/queries/dashboard";
import {
  oneSidedCondition,
  overdueCondition,
  staleCondition,
} from "@/lib/projects/list/conditions";

export interface GroupHeadline {
  groupId: string;
  slug: string;
  name: { nb: string; ru: string; en: string };
  /** The approved plan the figures cover, or null when the group has none (then: all projects). */
  plan: { number: number; periodStart: number; periodEnd: number } | null;
  total: number;
  completed: number;
  progressSum: number;
  overdue: number;
  stale: number;
  onesided: number;
  awaiting: number;
  openActions: number;
  overdueActions: number;
}

const count = (condition: ReturnType<typeof sql>) =>
  sql`count(${projects.id}) filter (where ${condition})::int`;

/**
 * The commission's view: each working group's headline figures for its approved work plan,
 * by the same definitions as the group dashboards, in one query.
 */
export async function loadCommissionView(
  db: Executor,
  groupIds: string[],
  today: string,
): Promise<GroupHeadline[]> {
  if (!groupIds.length) return [];
  const inScope = and(isNull(projects.archivedAt), planCondition(projects.groupId, undefined));
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`select g.id as "groupId", g.slug,
        json_build_object('nb', g.name_nb, 'ru', g.name_ru, 'en', g.name_en) as name,
        (select json_build_object('number', w.number, 'periodStart', w.period_start, 'periodEnd', w.period_end)
          from work_plans w where w.group_id = g.id and w.state = 'approved') as plan,
        count(${projects.id})::int as total,
        ${count(sql`${projects.status} = 'completed'`)} as completed,
        coalesce(sum(${projects.progress}), 0)::int as "progressSum",
        ${count(overdueCondition(today))} as overdue,
        ${count(staleCondition(projects.groupId, today))} as stale,
        ${count(oneSidedCondition(projects.groupId, today))} as onesided,
        ${count(sql`${projects.awaitingConfirmationFrom} is not null`)} as awaiting,
        coalesce(max(ai.open), 0)::int as "openActions",
        coalesce(max(ai.overdue), 0)::int as "overdueActions"
      from working_groups g
      left join ${projects} on ${projects.groupId} = g.id and ${inScope}
      left join (
        select x.group_id, count(*) filter (where x.done_at is null) as open,
          count(*) filter (where x.done_at is null and x.due_on < ${today}) as overdue
        from action_items x
        where x.project_id in (select ${projects.id} from ${projects} where ${inScope})
        group by x.group_id
      ) ai on ai.group_id = g.id
      where g.id in (${sql.join(
        groupIds.map((id) => sql`${id}`),
        sql`, `,
      )}) and g.archived_at is null
      group by g.id
      order by g.created_at, g.slug`,
  );
  return rows as unknown as GroupHeadline[];
}
