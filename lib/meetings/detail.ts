import "server-only";
import { sql } from "drizzle-orm";
import { type Executor, queryRows } from "@/db/client";
import type { Delegation, MeetingState } from "@/db/schema/enums";
import type { LocalizedValues } from "@/lib/i18n/localized";

export interface LinkedProject {
  id: string;
  code: string;
  title: LocalizedValues;
}

export interface Attendee {
  id: string;
  /** Null for a guest. */
  userId: string | null;
  name: string;
  delegation: Delegation;
  capacity: string | null;
  /** The member's own job title and organisation. */
  position: string | null;
}

export interface AgendaEntry {
  id: string;
  position: number;
  title: LocalizedValues;
  projects: LinkedProject[];
}

export interface DecisionEntry {
  id: string;
  position: number;
  text: LocalizedValues;
  project: LinkedProject | null;
}

/** The meeting page's record, everything but the action items. Dates are ISO strings. */
export interface MeetingDetail {
  id: string;
  number: number;
  startsOn: string;
  endsOn: string;
  city: LocalizedValues;
  country: Delegation;
  state: MeetingState;
  closedAt: string | null;
  minutes: LocalizedValues;
  attendees: Attendee[];
  agenda: AgendaEntry[];
  decisions: DecisionEntry[];
  previousNumber: number | null;
  nextNumber: number | null;
}

const l10nJson = (alias: string, prefix: string) =>
  `json_build_object('nb', ${alias}.${prefix}_nb, 'ru', ${alias}.${prefix}_ru, 'en', ${alias}.${prefix}_en)`;

const l10n = (alias: string, prefix: string) => sql.raw(l10nJson(alias, prefix));

const project = (alias: string) =>
  sql.raw(
    `json_build_object('id', ${alias}.id, 'code', ${alias}.code, 'title', ${l10nJson(alias, "title")})`,
  );

/**
 * A meeting of the group by its number, with attendees, the agenda (and the projects each item
 * is about), minutes and decisions, in one query. Scope first: the group, then the number.
 */
export async function getMeetingDetail(
  db: Executor,
  groupId: string,
  number: number,
): Promise<MeetingDetail | null> {
  const [row] = await queryRows<MeetingDetail & Record<string, unknown>>(
    db,
    sql`select m.id, m.number, m.starts_on::text as "startsOn", m.ends_on::text as "endsOn",
        ${l10n("m", "city")} as "city", m.country, m.state,
        to_json(m.closed_at) #>> '{}' as "closedAt",
        ${l10n("m", "minutes")} as "minutes",
        coalesce((
          select json_agg(json_build_object(
            'id', at.id, 'userId', at.user_id, 'name', coalesce(u.name, at.name),
            'delegation', at.delegation, 'capacity', at.capacity, 'position', u.position)
            order by at.delegation, coalesce(u.name, at.name))
          from meeting_attendees at left join users u on u.id = at.user_id
          where at.meeting_id = m.id
        ), '[]'::json) as "attendees",
        coalesce((
          select json_agg(json_build_object(
            'id', a.id, 'position', a.position, 'title', ${l10n("a", "title")},
            'projects', coalesce((
              select json_agg(${project("p")} order by p.code)
              from agenda_item_projects ap
              join projects p on p.id = ap.project_id and p.group_id = m.group_id
              where ap.agenda_item_id = a.id
            ), '[]'::json)) order by a.position, a.id)
          from agenda_items a where a.meeting_id = m.id
        ), '[]'::json) as "agenda",
        coalesce((
          select json_agg(json_build_object(
            'id', d.id, 'position', d.position, 'text', ${l10n("d", "text")},
            'project', case when p.id is null then null else ${project("p")} end)
            order by d.position, d.id)
          from decisions d
          left join projects p on p.id = d.project_id and p.group_id = m.group_id
          where d.meeting_id = m.id
        ), '[]'::json) as "decisions",
        (select max(o.number) from meetings o
          where o.group_id = m.group_id and o.number < m.number) as "previousNumber",
        (select min(o.number) from meetings o
          where o.group_id = m.group_id and o.number > m.number) as "nextNumber"
      from meetings m
      where m.group_id = ${groupId} and m.number = ${number}`,
  );
  return row ?? null;
}
