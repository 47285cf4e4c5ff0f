import { asc, desc, sql } from "drizzle-orm";
import { type Executor, queryRows } from "@/db/client";
import { projects } from "@/db/schema";
import { overdueCondition, staleCondition } from "./conditions";
import { parseProjectFilters } from "./filters";
import { type ListScope, listProjects } from "./list";

export interface NextMeeting {
  number: number;
  startsOn: string;
  cityNb: string | null;
  cityRu: string | null;
  cityEn: string | null;
}

export interface MyActionItem {
  id: string;
  textNb: string | null;
  textRu: string | null;
  textEn: string | null;
  dueOn: string | null;
  projectCode: string | null;
  meetingNumber: number | null;
}

const MY_PROJECTS_LIMIT = 200;

/**
 * A delegate's desk: the projects they are a contact on (those needing an update before the
 * next meeting first), the next meeting, and their open action items. Two queries.
 */
export async function getMyWork(db: Executor, scope: ListScope) {
  const [list, [extra]] = await Promise.all([
    listProjects(db, scope, parseProjectFilters({ mine: "1" }), {
      pageSize: MY_PROJECTS_LIMIT,
      orderBy: [
        desc(sql`coalesce(${staleCondition(scope.groupId, scope.today)}, false)`),
        desc(sql`coalesce(${overdueCondition(scope.today)}, false)`),
        asc(projects.code),
      ],
    }),
    queryRows<{ next_meeting: NextMeeting | null; action_items: MyActionItem[] | null }>(
      db,
      sql`select
        (select json_build_object('number', m.number, 'startsOn', m.starts_on,
           'cityNb', m.city_nb, 'cityRu', m.city_ru, 'cityEn', m.city_en)
         from meetings m where m.group_id = ${scope.groupId} and m.state = 'planned' and m.starts_on >= ${scope.today}
         order by m.starts_on limit 1) as next_meeting,
        (select json_agg(json_build_object('id', a.id, 'textNb', a.text_nb, 'textRu', a.text_ru, 'textEn', a.text_en,
           'dueOn', a.due_on, 'projectCode', p.code, 'meetingNumber', m.number) order by a.due_on nulls last, a.created_at)
         from action_items a
         left join projects p on p.id = a.project_id
         left join meetings m on m.id = a.meeting_id
         where a.group_id = ${scope.groupId} and a.owner_id = ${scope.userId} and a.done_at is null) as action_items`,
    ),
  ]);
  return {
    projects: list.rows,
    nextMeeting: extra?.next_meeting ?? null,
    actionItems: extra?.action_items ?? [],
  };
}
