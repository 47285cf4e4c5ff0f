import "server-only";
import { sql } from "drizzle-orm";
import { type Executor, queryRows } from "@/db/client";
import { projects } from "@/db/schema";
import { dashboardProjects } from "@/lib/dashboard/queries/dashboard";
import type { DashboardParams } from "@/lib/dashboard/rules";
import type { MonthPoint, QuarterPoint, Series } from "@/lib/dashboard/types";
import type { ListScope } from "@/lib/projects/list/queries";
import { int, type Row, records, text } from "@/lib/server/rows";

/**
 * Progress over time and activity, from the history, in one query. The period is the work
 * plan's (or, for all projects, from the first to the last update), clipped to today.
 *
 * A project's state at the end of a quarter is its latest update before then. Rather than
 * look that up for every project and quarter, each update is turned into the interval during
 * which it was the latest (until the project's next update); a quarter counts the intervals
 * that contain its end. Only the updates of the period are read (by the group's index on
 * created_at), plus each project's latest update before the period.
 *
 * A raw statement (window functions over a generated calendar), computed once per group's
 * activity (the series cache of docs/performance.md); `toSeries` checks what it returns.
 */
export async function loadSeries(
  db: Executor,
  scope: ListScope,
  params: DashboardParams,
): Promise<Series> {
  const inScope = dashboardProjects(scope, params);
  const g = scope.groupId;
  const planNumber =
    params.plan === "all"
      ? sql`null::int`
      : typeof params.plan === "number"
        ? sql`${params.plan}::int`
        : sql`(select w.number from work_plans w where w.group_id = ${g} and w.state = 'approved')`;
  const [row] = await queryRows<Row>(
    db,
    sql`with scoped as materialized (select ${projects.id} as id from ${projects} where ${inScope}),
      plan as (select w.period_start, w.period_end from work_plans w
               where w.group_id = ${g} and w.number = ${planNumber}),
      span as (
        select coalesce(make_date((select period_start from plan), 1, 1),
                 (select date_trunc('year', min(u.created_at))::date from status_updates u
                  where u.group_id = ${g} and u.project_id in (select id from scoped)),
                 ${scope.today}::date) as first_day,
               least(${scope.today}::date,
                 coalesce(make_date((select period_end from plan), 12, 31),
                   (select max(u.created_at)::date from status_updates u
                    where u.group_id = ${g} and u.project_id in (select id from scoped)),
                   ${scope.today}::date)) as last_day),
      bounds as (
        select date_trunc('quarter', first_day)::date as q0, date_trunc('quarter', last_day)::date as qn,
          date_trunc('month', first_day)::date as m0, date_trunc('month', last_day)::date as mn
        from span),
      quarters as (select generate_series(q0, qn, interval '3 months')::date as q from bounds),
      months as (select generate_series(m0, mn, interval '1 month')::date as m from bounds),
      period_updates as materialized (
        select u.project_id, u.created_at, u.status, u.health from status_updates u
        where u.group_id = ${g} and u.project_id in (select id from scoped)
          and u.created_at >= (select q0 from bounds)
          and u.created_at < (select qn from bounds) + interval '3 months'),
      timeline as (
        select s.id as project_id, '-infinity'::timestamptz as since, b.status, b.health
        from scoped s left join lateral (
          select u.status, u.health from status_updates u
          where u.project_id = s.id and u.created_at < (select q0 from bounds)
          order by u.created_at desc limit 1) b on true
        union all
        select project_id, created_at, status, health from period_updates),
      intervals as (
        select status, health, since,
          lead(since) over (partition by project_id order by since) as until
        from timeline),
      quarter_counts as (
        select quarters.q,
          count(*) filter (where i.status = 'completed')::int as completed,
          count(*) filter (where i.health = 'on_track' and i.status in ('planned', 'in_progress'))::int as on_track
        from quarters join intervals i on i.since < quarters.q + interval '3 months'
          and (i.until is null or i.until >= quarters.q + interval '3 months')
        group by quarters.q),
      month_updates as (
        select date_trunc('month', created_at)::date as m, count(*)::int as n
        from period_updates where created_at >= (select m0 from bounds) group by 1),
      month_confirmations as (
        select date_trunc('month', c.created_at)::date as m, count(*)::int as n
        from status_confirmations c join status_updates u on u.id = c.update_id
        where u.group_id = ${g} and u.project_id in (select id from scoped)
          and c.created_at >= (select m0 from bounds)
          and c.created_at < (select mn from bounds) + interval '1 month'
        group by 1),
      month_comments as (
        select date_trunc('month', c.created_at)::date as m, count(*)::int as n
        from comments c
        where c.group_id = ${g} and c.project_id in (select id from scoped) and c.deleted_at is null
          and c.created_at >= (select m0 from bounds)
          and c.created_at < (select mn from bounds) + interval '1 month'
        group by 1)
    select
      (select json_agg(json_build_object('quarter', q.q, 'total', (select count(*) from scoped)::int,
          'completed', coalesce(c.completed, 0), 'onTrack', coalesce(c.on_track, 0)) order by q.q)
       from quarters q left join quarter_counts c on c.q = q.q) as quarters,
      (select json_agg(json_build_object('month', ms.m, 'updates', coalesce(u.n, 0),
          'confirmations', coalesce(c.n, 0), 'comments', coalesce(k.n, 0)) order by ms.m)
       from months ms left join month_updates u on u.m = ms.m
         left join month_confirmations c on c.m = ms.m
         left join month_comments k on k.m = ms.m) as months`,
  );
  return toSeries(row);
}

/** The statement's one row, checked; json_agg gives null for an empty calendar. */
function toSeries(row: Row | undefined): Series {
  const list = (key: string) => (row && row[key] !== null ? records(row, key) : []);
  return {
    quarters: list("quarters").map(
      (q): QuarterPoint => ({
        quarter: text(q, "quarter"),
        total: int(q, "total"),
        completed: int(q, "completed"),
        onTrack: int(q, "onTrack"),
      }),
    ),
    months: list("months").map(
      (m): MonthPoint => ({
        month: text(m, "month"),
        updates: int(m, "updates"),
        confirmations: int(m, "confirmations"),
        comments: int(m, "comments"),
      }),
    ),
  };
}
