import { sql } from "drizzle-orm";
import { type Executor, queryRows } from "@/db/client";
import type { PlanState } from "@/db/schema/enums";

export interface AreaOption {
  id: string;
  nameNb: string;
  nameRu: string;
  nameEn: string;
}

export interface PlanOption {
  number: number;
  periodStart: number;
  periodEnd: number;
  state: PlanState;
}

/** The choices of the list's filters: the group's areas and work plans, in one query. */
export async function getListOptions(db: Executor, groupId: string) {
  const [row] = await queryRows<{ areas: AreaOption[] | null; plans: PlanOption[] | null }>(
    db,
    sql`select
      (select json_agg(json_build_object('id', a.id, 'nameNb', a.name_nb, 'nameRu', a.name_ru, 'nameEn', a.name_en)
         order by a.position) from cooperation_areas a where a.group_id = ${groupId} and a.archived_at is null) as areas,
      (select json_agg(json_build_object('number', w.number, 'periodStart', w.period_start,
         'periodEnd', w.period_end, 'state', w.state) order by w.number desc)
         from work_plans w where w.group_id = ${groupId}) as plans`,
  );
  return { areas: row?.areas ?? [], plans: row?.plans ?? [] };
}
