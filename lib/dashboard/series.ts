import { sql } from "drizzle-orm";
import { type Executor, queryRows } from "@/db/client";
import { projects } from "@/db/schema";
import type { ListScope } from "@/lib/projects/list";
import type { DashboardParams } from "./figures";
import { dashboardProjects } from "./scope";

export interface QuarterPoint {
  /** First day of the quarter, ISO. */
  quarter: string;
  total: number;
  completed: number;
  onTrack: number;
}

export interface MonthPoint {
  /** First day of the month, ISO. */
  month: string;
  updates: number;
  confirmations: number;
  comments: number;
}

export interface Series {
  quarters: QuarterPoint[];
  months: MonthPoint[];
}

/**
 * Progress over time and activity, from the history, in one query. The period is the work
 * plan's (or, for all projects, from the first to the last update), clipped to today.
 */
export async function loadSeries(
  db: Executor,
  scope: ListScope,
  params: DashboardParams,
): Promise<Series> {
  const inScope = dashboardProjects(scope, params);
  const planNumber =
    params.plan === "all"
      ? sql`null::int`
      : typeof params.plan === "number"
        ? sql`${params.plan}::int`
        : sql`(select w.number from work_plans w where w.group_id = ${scope.groupId} and w.state = 'approved')`;
  const [row] = await queryRows<{ quarters: QuarterPoint[] | null; months: MonthPoint[] | null }>(
    db,
    sql`with scoped as (select ${projects.id} as id from ${projects} where ${inScope}),
      plan as (select w.period_start, w.period_end from work_plans w
               where w.group_id = ${scope.groupId} and w.number = ${planNumber}),
      span as (
        select coalesce(make_date((select period_start from plan), 1, 1),
                 (select date_trunc('year', min(u.created_at))::date from status_updates u where u.project_id in (select id from scoped)),
                 ${scope.today}::date) as first_day,
               least(${scope.today}::date,
                 coalesce(make_date((select period_end from plan), 12, 31),
                   (select max(u.created_at)::date from status_updates u where u.project_id in (select id from scoped)),
                   ${scope.today}::date)) as last_day),
      quarters as (select generate_series(date_trunc('quarter', first_day), date_trunc('quarter', last_day), interval '3 months')::date as q from span),
      months as (select generate_series(date_trunc('month', first_day), date_trunc('month', last_day), interval '1 month')::date as m from span)
    select
      (select json_agg(json_build_object('quarter', q, 'total', total, 'completed', completed, 'onTrack', on_track) order by q)
       from (select quarters.q,
               count(s.id)::int as total,
               count(*) filter (where st.status = 'completed')::int as completed,
               count(*) filter (where st.health = 'on_track' and st.status in ('planned', 'in_progress'))::int as on_track
             from quarters cross join scoped s
             left join lateral (
               select u.status, u.health from status_updates u
               where u.project_id = s.id and u.created_at < (quarters.q + interval '3 months')
               order by u.created_at desc limit 1) st on true
             group by quarters.q) qs) as quarters,
      (select json_agg(json_build_object('month', m, 'updates', updates, 'confirmations', confirmations, 'comments', comments) order by m)
       from (select months.m,
               (select count(*) from status_updates u where u.project_id in (select id from scoped)
                  and u.created_at >= months.m and u.created_at < months.m + interval '1 month')::int as updates,
               (select count(*) from status_confirmations c join status_updates u on u.id = c.update_id
                  where u.project_id in (select id from scoped)
                  and c.created_at >= months.m and c.created_at < months.m + interval '1 month')::int as confirmations,
               (select count(*) from comments c where c.project_id in (select id from scoped) and c.deleted_at is null
                  and c.created_at >= months.m and c.created_at < months.m + interval '1 month')::int as comments
             from months) ms) as months`,
  );
  return { quarters: row?.quarters ?? [], months: row?.months ?? [] };
}
