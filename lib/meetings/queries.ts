import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { type Executor, queryRows } from "@/db/client";
import { actionItems, meetings, projects, users } from "@/db/schema";
import type { LocalizedValues } from "@/lib/i18n/localized";
import type { Delegation, GroupRole, MeetingState } from "@/lib/vocabulary";

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

export interface MeetingSummary {
  id: string;
  number: number;
  startsOn: string;
  endsOn: string;
  city: LocalizedValues;
  country: Delegation;
  state: MeetingState;
  closed: boolean;
  agendaItems: number;
  decisions: number;
  openActionItems: number;
}

const count = (query: ReturnType<typeof sql>) => sql<number>`(${query})`.mapWith(Number);

/**
 * The group's meetings with what each holds, in one query: planned ones by date (the next
 * first), held ones newest first.
 */
export async function listMeetings(
  db: Executor,
  groupId: string,
): Promise<{ planned: MeetingSummary[]; held: MeetingSummary[] }> {
  const rows = await db
    .select({
      id: meetings.id,
      number: meetings.number,
      startsOn: meetings.startsOn,
      endsOn: meetings.endsOn,
      cityNb: meetings.cityNb,
      cityRu: meetings.cityRu,
      cityEn: meetings.cityEn,
      country: meetings.country,
      state: meetings.state,
      closed: sql<boolean>`${meetings.closedAt} is not null`,
      agendaItems: count(
        sql`select count(*) from agenda_items a where a.meeting_id = ${meetings.id}`,
      ),
      decisions: count(sql`select count(*) from decisions d where d.meeting_id = ${meetings.id}`),
      openActionItems: count(
        sql`select count(*) from action_items ai where ai.meeting_id = ${meetings.id}
            and ai.group_id = ${meetings.groupId} and ai.done_at is null`,
      ),
    })
    .from(meetings)
    .where(eq(meetings.groupId, groupId))
    .orderBy(desc(meetings.startsOn), desc(meetings.number));
  const summaries = rows.map(({ cityNb, cityRu, cityEn, ...row }) => ({
    ...row,
    city: { nb: cityNb, ru: cityRu, en: cityEn },
  }));
  return {
    planned: summaries.filter((m) => m.state === "planned").reverse(),
    held: summaries.filter((m) => m.state === "held"),
  };
}

/**
 * What a new meeting most likely is: the number after the group's highest, in the other
 * country than the last one (the sides host in turn).
 */
export async function newMeetingDefaults(
  db: Executor,
  groupId: string,
): Promise<{ number: number; country: Delegation }> {
  const [last] = await db
    .select({ number: meetings.number, country: meetings.country })
    .from(meetings)
    .where(eq(meetings.groupId, groupId))
    .orderBy(desc(meetings.number))
    .limit(1);
  if (!last) return { number: 1, country: "NO" };
  return { number: last.number + 1, country: last.country === "NO" ? "RU" : "NO" };
}

export interface MemberOption {
  id: string;
  name: string;
  delegation: Delegation;
  role: GroupRole;
  position: string | null;
}

export interface ProjectOption {
  id: string;
  code: string;
  title: LocalizedValues;
  archived: boolean;
}

export interface MeetingEditorOptions {
  members: MemberOption[];
  projects: ProjectOption[];
}

/** The choices of the meeting editors, in one query: active members and the group's projects. */
export async function getMeetingEditorOptions(
  db: Executor,
  groupId: string,
): Promise<MeetingEditorOptions> {
  const [row] = await queryRows<MeetingEditorOptions & Record<string, unknown>>(
    db,
    sql`select
      coalesce((
        select json_agg(json_build_object('id', u.id, 'name', u.name, 'delegation', u.delegation,
          'role', ms.role, 'position', u.position) order by u.name)
        from memberships ms join users u on u.id = ms.user_id
        where ms.group_id = ${groupId} and u.active
      ), '[]'::json) as "members",
      coalesce((
        select json_agg(json_build_object('id', p.id, 'code', p.code,
          'title', json_build_object('nb', p.title_nb, 'ru', p.title_ru, 'en', p.title_en),
          'archived', p.archived_at is not null) order by p.code)
        from projects p where p.group_id = ${groupId}
      ), '[]'::json) as "projects"`,
  );
  return { members: row?.members ?? [], projects: row?.projects ?? [] };
}

export interface MeetingActionItem {
  id: string;
  text: LocalizedValues;
  ownerId: string;
  ownerName: string;
  ownerDelegation: Delegation;
  dueOn: string | null;
  doneAt: string | null;
  doneByName: string | null;
  project: { id: string; code: string; title: LocalizedValues } | null;
  /** Open with its due date passed. */
  overdue: boolean;
}

const owner = alias(users, "owner");
const doneBy = alias(users, "done_by");

/** The action items a meeting gave, in the order they were recorded, in one query. */
export async function getMeetingActionItems(
  db: Executor,
  groupId: string,
  meetingId: string,
  today: string,
): Promise<MeetingActionItem[]> {
  const rows = await db
    .select({
      id: actionItems.id,
      textNb: actionItems.textNb,
      textRu: actionItems.textRu,
      textEn: actionItems.textEn,
      ownerId: actionItems.ownerId,
      ownerName: owner.name,
      ownerDelegation: owner.delegation,
      dueOn: actionItems.dueOn,
      doneAt: actionItems.doneAt,
      doneByName: doneBy.name,
      projectId: projects.id,
      projectCode: projects.code,
      projectTitleNb: projects.titleNb,
      projectTitleRu: projects.titleRu,
      projectTitleEn: projects.titleEn,
    })
    .from(actionItems)
    .innerJoin(owner, eq(owner.id, actionItems.ownerId))
    .leftJoin(doneBy, eq(doneBy.id, actionItems.doneById))
    .leftJoin(
      projects,
      and(eq(projects.id, actionItems.projectId), eq(projects.groupId, actionItems.groupId)),
    )
    .where(and(eq(actionItems.groupId, groupId), eq(actionItems.meetingId, meetingId)))
    .orderBy(asc(actionItems.createdAt), asc(actionItems.id));
  return rows.map((r) => ({
    id: r.id,
    text: { nb: r.textNb, ru: r.textRu, en: r.textEn },
    ownerId: r.ownerId,
    ownerName: r.ownerName,
    ownerDelegation: r.ownerDelegation,
    dueOn: r.dueOn,
    doneAt: r.doneAt?.toISOString() ?? null,
    doneByName: r.doneByName,
    project:
      r.projectId && r.projectCode
        ? {
            id: r.projectId,
            code: r.projectCode,
            title: { nb: r.projectTitleNb, ru: r.projectTitleRu, en: r.projectTitleEn },
          }
        : null,
    overdue: !r.doneAt && r.dueOn !== null && r.dueOn < today,
  }));
}
