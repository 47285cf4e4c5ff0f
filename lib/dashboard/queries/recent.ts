import "server-only";
import { sql } from "drizzle-orm";
import { type Executor, queryRows } from "@/db/client";
import type { ChangeEvent, RecentChanges } from "@/lib/dashboard/types";
import {
  counts,
  intOrNull,
  momentOrNull,
  oneOf,
  oneOfOrNull,
  type Row,
  records,
  text,
  texts,
} from "@/lib/server/rows";
import { DELEGATIONS, PROJECT_STATUSES } from "@/lib/vocabulary";

/** A visit ends after this long without looking at the dashboard. */
const VISIT_GAP = "30 minutes";
const SHOWN = 12;

/**
 * Records this look at the dashboard and returns what changed in the group since the
 * previous visit, in one statement. Each kind of event takes only its newest rows (by the
 * indexes on (group_id, created_at) and status_confirmations (created_at)); the counts are
 * taken only when there is a previous visit to count from (a first visit shows none).
 * A raw statement (a write and its reads in one round trip), whose plan was measured
 * (docs/performance.md); `toRecentChanges` checks what it returns.
 */
export async function loadRecentChanges(
  db: Executor,
  groupId: string,
  userId: string,
): Promise<RecentChanges> {
  const after = sql`coalesce((select at from since), '-infinity')`;
  const [row] = await queryRows<Row>(
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
      latest as (
        (select 'update' as kind, u.created_at as at, u.project_id, u.author_id as actor_id,
           u.author_delegation as side, u.previous_status, u.status, u.previous_progress, u.progress
         from status_updates u
         where u.group_id = ${groupId} and u.created_at > ${after}
         order by u.created_at desc limit ${SHOWN})
        union all
        (select 'confirmation', c.created_at, u.project_id, c.user_id, c.delegation,
           null, null, null, null
         from status_confirmations c join status_updates u on u.id = c.update_id
         where u.group_id = ${groupId} and c.created_at > ${after}
         order by c.created_at desc limit ${SHOWN})
        union all
        (select 'comment', c.created_at, c.project_id, c.author_id, null, null, null, null, null
         from comments c
         where c.group_id = ${groupId} and c.deleted_at is null and c.created_at > ${after}
         order by c.created_at desc limit ${SHOWN})
        order by at desc limit ${SHOWN})
    select (select at from since) as since,
      case when (select at from since) is null then null else (
        select json_build_object('updates', count(*),
          'statusChanges', count(*) filter (where u.status is distinct from u.previous_status))
          ::jsonb || jsonb_build_object(
          'confirmations', (select count(*) from status_confirmations c
            where c.created_at > ${after}
              and (select cu.group_id from status_updates cu where cu.id = c.update_id) = ${groupId}),
          'comments', (select count(*) from comments c
            where c.group_id = ${groupId} and c.deleted_at is null and c.created_at > ${after}))
        from status_updates u where u.group_id = ${groupId} and u.created_at > ${after}) end as counts,
      coalesce((select json_agg(json_build_object('kind', e.kind, 'at', e.at, 'code', p.code,
          'title', json_build_object('nb', p.title_nb, 'ru', p.title_ru, 'en', p.title_en),
          'actor', a.name, 'side', coalesce(e.side, a.delegation), 'previousStatus', e.previous_status,
          'status', e.status, 'previousProgress', e.previous_progress, 'progress', e.progress)
          order by e.at desc)
        from latest e join projects p on p.id = e.project_id join users a on a.id = e.actor_id),
        '[]'::json) as events`,
  );
  return toRecentChanges(row);
}

const KINDS = ["update", "confirmation", "comment"] as const;
const COUNTS = ["updates", "statusChanges", "confirmations", "comments"] as const;

/** The statement's one row, checked. */
function toRecentChanges(row: Row | undefined): RecentChanges {
  return {
    since: row ? momentOrNull(row, "since") : null,
    counts:
      row && row.counts !== null
        ? counts(row, "counts", COUNTS)
        : { updates: 0, statusChanges: 0, confirmations: 0, comments: 0 },
    events: row ? records(row, "events").map(toEvent) : [],
  };
}

function toEvent(event: Row): ChangeEvent {
  return {
    kind: oneOf(event, "kind", KINDS),
    // As the database wrote it: the page formats it, and keys the list with it.
    at: text(event, "at"),
    code: text(event, "code"),
    title: texts(event, "title"),
    actor: text(event, "actor"),
    side: oneOf(event, "side", DELEGATIONS),
    previousStatus: oneOfOrNull(event, "previousStatus", PROJECT_STATUSES),
    status: oneOfOrNull(event, "status", PROJECT_STATUSES),
    previousProgress: intOrNull(event, "previousProgress"),
    progress: intOrNull(event, "progress"),
  };
}
