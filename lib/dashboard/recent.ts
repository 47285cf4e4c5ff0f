import { sql } from "drizzle-orm";
import { type Executor, queryRows } from "@/db/client";
import type { Delegation, ProjectStatus } from "@/db/schema/enums";

export interface ChangeEvent {
  kind: "update" | "confirmation" | "comment";
  at: string;
  code: string;
  title: { nb: string | null; ru: string | null; en: string | null };
  actor: string;
  side: Delegation;
  previousStatus: ProjectStatus | null;
  status: ProjectStatus | null;
  previousProgress: number | null;
  progress: number | null;
}

export interface RecentChanges {
  /** Start of the previous visit; null on a first visit (then `events` are simply the latest). */
  since: string | null;
  counts: { updates: number; statusChanges: number; confirmations: number; comments: number };
  events: ChangeEvent[];
}

/** A visit ends after this long without looking at the dashboard. */
const VISIT_GAP = "30 minutes";
const SHOWN = 12;

/**
 * Records this look at the dashboard and returns what changed in the group since the
 * previous visit, in one statement.
 */
export async function loadRecentChanges(
  db: Executor,
  groupId: string,
  userId: string,
): Promise<RecentChanges> {
  const [row] = await queryRows<Record<string, unknown>>(
    db,
    sql`with visit as (
        insert into dashboard_visits as v (user_id, group_id, seen_at, previous_seen_at)
        values (${userId}, ${groupId}, now(), null)
        on conflict (user_id, group_id) do update set
          previous_seen_at = case when v.seen_at < now() - interval ${sql.raw(`'${VISIT_GAP}'`)}
                                  then v.seen_at else v.previous_seen_at end,
          seen_at = now()
        returning previous_seen_at),
      since as (select (select previous_seen_at from visit) as at),
      events as (
        select 'update' as kind, u.created_at as at, p.code, p.title_nb, p.title_ru, p.title_en,
          a.name as actor, u.author_delegation as side, u.previous_status, u.status,
          u.previous_progress, u.progress
        from status_updates u join projects p on p.id = u.project_id join users a on a.id = u.author_id
        where u.group_id = ${groupId} and u.created_at > coalesce((select at from since), '-infinity')
        union all
        select 'confirmation', c.created_at, p.code, p.title_nb, p.title_ru, p.title_en,
          a.name, c.delegation, null, null, null, null
        from status_confirmations c join status_updates u on u.id = c.update_id
          join projects p on p.id = u.project_id join users a on a.id = c.user_id
        where u.group_id = ${groupId} and c.created_at > coalesce((select at from since), '-infinity')
        union all
        select 'comment', c.created_at, p.code, p.title_nb, p.title_ru, p.title_en,
          a.name, a.delegation, null, null, null, null
        from comments c join projects p on p.id = c.project_id join users a on a.id = c.author_id
        where c.group_id = ${groupId} and c.deleted_at is null
          and c.created_at > coalesce((select at from since), '-infinity'))
    select (select at from since) as since,
      json_build_object(
        'updates', (select count(*) from events where kind = 'update'),
        'statusChanges', (select count(*) from events where kind = 'update' and status is distinct from previous_status),
        'confirmations', (select count(*) from events where kind = 'confirmation'),
        'comments', (select count(*) from events where kind = 'comment')) as counts,
      coalesce((select json_agg(json_build_object('kind', kind, 'at', at, 'code', code,
          'title', json_build_object('nb', title_nb, 'ru', title_ru, 'en', title_en),
          'actor', actor, 'side', side, 'previousStatus', previous_status, 'status', status,
          'previousProgress', previous_progress, 'progress', progress) order by at desc)
        from (select * from events order by at desc limit ${SHOWN}) latest), '[]'::json) as events`,
  );
  const since = row?.since;
  return {
    since: since ? new Date(since as string).toISOString() : null,
    counts: row?.counts as RecentChanges["counts"],
    events: (row?.events ?? []) as ChangeEvent[],
  };
}
