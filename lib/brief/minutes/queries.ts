import { sql } from "drizzle-orm";
import { type Executor, queryRows } from "@/db/client";
import { loadHeader, toIso } from "@/lib/brief/queries";
import type { BriefHeader, Texts } from "@/lib/brief/types";
import { timeZoneFor } from "@/lib/i18n/time-zone";
import type { Delegation } from "@/lib/vocabulary";

export interface Attendee {
  name: string;
  position: string | null;
  delegation: Delegation;
}

export interface MinutesModel {
  generatedAt: string;
  timeZone: string;
  header: BriefHeader;
  attendees: Attendee[];
  agenda: { position: number; title: Texts; projects: string[] }[];
  minutes: Texts;
  decisions: { position: number; text: Texts; project: string | null }[];
  actionItems: {
    id: string;
    text: Texts;
    owner: { name: string; side: Delegation };
    dueOn: string | null;
    doneAt: string | null;
    project: string | null;
  }[];
}

const texts = (alias: string, column: string) =>
  sql.raw(
    `json_build_object('nb', ${alias}.${column}_nb, 'ru', ${alias}.${column}_ru, 'en', ${alias}.${column}_en)`,
  );

interface Row extends Record<string, unknown> {
  minutes: Texts;
  attendees: Attendee[];
  agenda: MinutesModel["agenda"];
  decisions: MinutesModel["decisions"];
  actionItems: (Omit<MinutesModel["actionItems"][number], "doneAt"> & { doneAt: string | null })[];
}

/**
 * The minutes of a held meeting as a document: attendees by delegation, agenda, minutes
 * text, numbered decisions and action items. Null when the meeting does not exist or has not
 * been held. Two queries.
 */
export async function buildMinutes(
  db: Executor,
  options: { groupId: string; meetingNumber: number; now?: Date },
): Promise<MinutesModel | null> {
  const header = await loadHeader(db, options.groupId, options.meetingNumber);
  if (header?.state !== "held") return null;
  const [row] = await queryRows<Row>(
    db,
    sql`select ${texts("m", "minutes")} as minutes,
        coalesce((select json_agg(json_build_object('name', coalesce(u.name, a.name),
            'position', coalesce(a.capacity, u.position), 'delegation', a.delegation)
            order by a.delegation, (ms.role = 'coordinator') desc nulls last, coalesce(u.name, a.name))
          from meeting_attendees a left join users u on u.id = a.user_id
          left join memberships ms on ms.user_id = a.user_id and ms.group_id = m.group_id
          where a.meeting_id = m.id), '[]'::json) as attendees,
        coalesce((select json_agg(json_build_object('position', i.position, 'title', ${texts("i", "title")},
            'projects', (select coalesce(json_agg(p.code order by p.code), '[]'::json)
              from agenda_item_projects ap join projects p on p.id = ap.project_id
              where ap.agenda_item_id = i.id)) order by i.position)
          from agenda_items i where i.meeting_id = m.id), '[]'::json) as agenda,
        coalesce((select json_agg(json_build_object('position', d.position, 'text', ${texts("d", "text")},
            'project', p.code) order by d.position)
          from decisions d left join projects p on p.id = d.project_id
          where d.meeting_id = m.id), '[]'::json) as decisions,
        coalesce((select json_agg(json_build_object('id', x.id, 'text', ${texts("x", "text")},
            'owner', json_build_object('name', o.name, 'side', o.delegation), 'dueOn', x.due_on,
            'doneAt', x.done_at, 'project', p.code) order by x.due_on nulls last, x.created_at, p.code, x.id)
          from action_items x join users o on o.id = x.owner_id left join projects p on p.id = x.project_id
          where x.meeting_id = m.id), '[]'::json) as "actionItems"
      from meetings m where m.group_id = ${options.groupId} and m.number = ${options.meetingNumber}`,
  );
  if (!row) return null;
  return {
    generatedAt: (options.now ?? new Date()).toISOString(),
    timeZone: timeZoneFor(header.country),
    header: {
      group: { slug: header.slug, name: header.name, commission: header.commission },
      meeting: {
        number: header.number,
        startsOn: header.startsOn,
        endsOn: header.endsOn,
        city: header.city,
        country: header.country,
        state: header.state,
      },
    },
    attendees: row.attendees,
    agenda: row.agenda,
    minutes: row.minutes,
    decisions: row.decisions,
    actionItems: row.actionItems.map((a) => ({ ...a, doneAt: a.doneAt ? toIso(a.doneAt) : null })),
  };
}
