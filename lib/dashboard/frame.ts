import { sql } from "drizzle-orm";
import { type Executor, queryRows } from "@/db/client";
import type { PlanState } from "@/db/schema/enums";

export interface PlanSummary {
  number: number;
  periodStart: number;
  periodEnd: number;
  state: PlanState;
}

export interface MeetingSummary {
  number: number;
  startsOn: string;
  city: { nb: string | null; ru: string | null; en: string | null };
}

export interface DashboardFrame {
  plans: PlanSummary[];
  lastHeld: MeetingSummary | null;
  nextPlanned: MeetingSummary | null;
  /** Action items not linked to any project, open and overdue (shown with the group's totals). */
  generalActions: { open: number; overdue: number };
  /**
   * The group's latest activity (newest status update, confirmation and comment): when it
   * changes, what was computed from the history is computed again (lib/dashboard/load.ts).
   */
  activity: string;
}

function meeting(groupId: string, state: "held" | "planned") {
  return sql`(select json_build_object('number', m.number, 'startsOn', m.starts_on,
      'city', json_build_object('nb', m.city_nb, 'ru', m.city_ru, 'en', m.city_en))
    from meetings m where m.group_id = ${groupId} and m.state = ${state}
    order by m.starts_on ${sql.raw(state === "held" ? "desc" : "asc")} limit 1)`;
}

/** The dashboard's surroundings in one query: the group's plans, meetings and general action items. */
export async function loadFrame(
  db: Executor,
  groupId: string,
  today: string,
): Promise<DashboardFrame> {
  const [row] = await queryRows<Record<string, unknown>>(
    db,
    sql`select
      coalesce((select json_agg(json_build_object('number', w.number, 'periodStart', w.period_start,
        'periodEnd', w.period_end, 'state', w.state) order by w.number desc)
        from work_plans w where w.group_id = ${groupId}), '[]'::json) as plans,
      ${meeting(groupId, "held")} as "lastHeld",
      ${meeting(groupId, "planned")} as "nextPlanned",
      (select json_build_object(
        'open', count(*) filter (where a.done_at is null),
        'overdue', count(*) filter (where a.done_at is null and a.due_on < ${today}))
        from action_items a where a.group_id = ${groupId} and a.project_id is null) as "generalActions",
      concat_ws('|',
        (select max(u.created_at) from status_updates u where u.group_id = ${groupId}),
        (select max(c.created_at) from status_confirmations c),
        (select max(c.created_at) from comments c where c.group_id = ${groupId})) as activity`,
  );
  return row as unknown as DashboardFrame;
}
