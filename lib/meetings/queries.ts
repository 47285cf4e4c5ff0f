import "server-only";
import { and, asc, desc, eq, gt, isNull, lt, max, min, sql } from "drizzle-orm";
import { type AnyPgColumn, alias } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";
import {
  actionItems,
  agendaItems,
  decisions,
  meetings,
  type Project,
  projects,
  users,
  workingGroups,
} from "@/db/schema";
import { actionItemColumns, itemDoneBy, itemOwner } from "@/lib/action-items/queries";
import { type LocalizedValues, localizedColumns } from "@/lib/i18n/localized";
import { meetingDateColumns } from "@/lib/meetings/columns";
import { projectTitleFields } from "@/lib/projects/columns";
import type { Delegation } from "@/lib/vocabulary";
import type {
  LinkedProject,
  MeetingActionItem,
  MeetingDetail,
  MeetingEditorOptions,
  MeetingSummary,
} from "./types";

const localized = (nb: string | null, ru: string | null, en: string | null): LocalizedValues => ({
  nb,
  ru,
  en,
});

/** The project columns a meeting shows, and the group they must belong to. */
const PROJECT_COLUMNS = {
  id: true,
  groupId: true,
  ...projectTitleFields,
} as const;

type ProjectRow = Pick<Project, keyof typeof PROJECT_COLUMNS>;

/** A linked project, if it is the group's own: a link never shows another group's project. */
function linked(project: ProjectRow | null, groupId: string): LinkedProject | null {
  if (!project || project.groupId !== groupId) return null;
  return {
    id: project.id,
    code: project.code,
    title: localized(project.titleNb, project.titleRu, project.titleEn),
  };
}

const other = alias(meetings, "other");

// In a relational query, drizzle points every column of a `sql` fragment at the table being
// read; a column of another table stays itself only inside a nested query builder, as here.

/** A user's name, as the database sorts it, for rows that point at a user. */
const userName = (db: Executor, userId: AnyPgColumn) =>
  db.select({ name: users.name }).from(users).where(eq(users.id, userId));

const projectCode = (db: Executor, projectId: AnyPgColumn) =>
  db.select({ code: projects.code }).from(projects).where(eq(projects.id, projectId));

/** The group's meeting numbered just before or after this one. */
const neighbour = (db: Executor, m: { groupId: AnyPgColumn; number: AnyPgColumn }, next: boolean) =>
  db
    .select({ number: next ? min(other.number) : max(other.number) })
    .from(other)
    .where(
      and(
        eq(other.groupId, m.groupId),
        next ? gt(other.number, m.number) : lt(other.number, m.number),
      ),
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
  const row = await db.query.meetings.findFirst({
    where: and(eq(meetings.groupId, groupId), eq(meetings.number, number)),
    extras: (m) => ({
      previousNumber: sql<number | null>`${neighbour(db, m, false)}`.as("previous_number"),
      nextNumber: sql<number | null>`${neighbour(db, m, true)}`.as("next_number"),
    }),
    with: {
      attendees: {
        with: { user: { columns: { name: true, position: true } } },
        orderBy: (a) => [
          asc(a.delegation),
          asc(sql`coalesce(${userName(db, a.userId)}, ${a.name})`),
        ],
      },
      agenda: {
        with: {
          projects: {
            with: { project: { columns: PROJECT_COLUMNS } },
            orderBy: (link) => [asc(sql`${projectCode(db, link.projectId)}`)],
          },
        },
        orderBy: (a) => [asc(a.position), asc(a.id)],
      },
      decisions: {
        with: { project: { columns: PROJECT_COLUMNS } },
        orderBy: (d) => [asc(d.position), asc(d.id)],
      },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    number: row.number,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    city: localized(row.cityNb, row.cityRu, row.cityEn),
    country: row.country,
    state: row.state,
    closedAt: row.closedAt?.toISOString() ?? null,
    briefCutoffOn: row.briefCutoffOn,
    briefReadyAt: row.briefReadyAt?.toISOString() ?? null,
    minutes: localized(row.minutesNb, row.minutesRu, row.minutesEn),
    attendees: row.attendees.map((a) => ({
      id: a.id,
      userId: a.userId,
      name: a.user?.name ?? a.name ?? "",
      delegation: a.delegation,
      capacity: a.capacity,
      position: a.user?.position ?? null,
    })),
    agenda: row.agenda.map((a) => ({
      id: a.id,
      position: a.position,
      title: localized(a.titleNb, a.titleRu, a.titleEn),
      projects: a.projects.flatMap((link) => linked(link.project, groupId) ?? []),
    })),
    decisions: row.decisions.map((d) => ({
      id: d.id,
      position: d.position,
      text: localized(d.textNb, d.textRu, d.textEn),
      project: linked(d.project, groupId),
    })),
    previousNumber: row.previousNumber,
    nextNumber: row.nextNumber,
  };
}

/**
 * The group's meetings with what each holds, in one query: planned ones by date (the next
 * first), held and cancelled ones newest first.
 */
export async function listMeetings(
  db: Executor,
  groupId: string,
): Promise<{ planned: MeetingSummary[]; held: MeetingSummary[]; cancelled: MeetingSummary[] }> {
  const rows = await db
    .select({
      id: meetings.id,
      ...meetingDateColumns,
      country: meetings.country,
      state: meetings.state,
      closed: sql<boolean>`${meetings.closedAt} is not null`,
      agendaItems: db.$count(agendaItems, eq(agendaItems.meetingId, meetings.id)),
      decisions: db.$count(decisions, eq(decisions.meetingId, meetings.id)),
      openActionItems: db.$count(
        actionItems,
        and(
          eq(actionItems.meetingId, meetings.id),
          eq(actionItems.groupId, meetings.groupId),
          isNull(actionItems.doneAt),
        ),
      ),
    })
    .from(meetings)
    .where(eq(meetings.groupId, groupId))
    .orderBy(desc(meetings.startsOn), desc(meetings.number));
  const summaries = rows.map(({ cityNb, cityRu, cityEn, ...row }) => ({
    ...row,
    city: localized(cityNb, cityRu, cityEn),
  }));
  return {
    planned: summaries.filter((m) => m.state === "planned").reverse(),
    held: summaries.filter((m) => m.state === "held"),
    cancelled: summaries.filter((m) => m.state === "cancelled"),
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

/** The choices of the meeting editors, in one query: active members and the group's projects. */
export async function getMeetingEditorOptions(
  db: Executor,
  groupId: string,
): Promise<MeetingEditorOptions> {
  const group = await db.query.workingGroups.findFirst({
    where: eq(workingGroups.id, groupId),
    columns: { id: true },
    with: {
      memberships: {
        columns: { role: true },
        with: {
          user: {
            columns: { id: true, name: true, delegation: true, position: true, active: true },
          },
        },
        orderBy: (m) => [asc(sql`${userName(db, m.userId)}`)],
      },
      projects: {
        columns: {
          id: true,
          ...projectTitleFields,
          archivedAt: true,
        },
        orderBy: (p) => [asc(p.code)],
      },
    },
  });
  if (!group) return { members: [], projects: [] };
  return {
    members: group.memberships
      .filter((m) => m.user.active)
      .map(({ role, user }) => ({
        id: user.id,
        name: user.name,
        delegation: user.delegation,
        role,
        position: user.position,
      })),
    projects: group.projects.map((p) => ({
      id: p.id,
      code: p.code,
      title: localized(p.titleNb, p.titleRu, p.titleEn),
      archived: p.archivedAt !== null,
    })),
  };
}

/** The action items a meeting gave, in the order they were recorded, in one query. */
export async function getMeetingActionItems(
  db: Executor,
  groupId: string,
  meetingId: string,
  today: string,
): Promise<MeetingActionItem[]> {
  const rows = await db
    .select({
      ...actionItemColumns,
      projectId: projects.id,
      projectCode: projects.code,
      ...localizedColumns(projects, "title", "projectTitle"),
    })
    .from(actionItems)
    .innerJoin(itemOwner, eq(itemOwner.id, actionItems.ownerId))
    .leftJoin(itemDoneBy, eq(itemDoneBy.id, actionItems.doneById))
    .leftJoin(
      projects,
      and(eq(projects.id, actionItems.projectId), eq(projects.groupId, actionItems.groupId)),
    )
    .where(and(eq(actionItems.groupId, groupId), eq(actionItems.meetingId, meetingId)))
    .orderBy(asc(actionItems.createdAt), asc(actionItems.id));
  return rows.map((r) => ({
    id: r.id,
    text: localized(r.textNb, r.textRu, r.textEn),
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
            title: localized(r.projectTitleNb, r.projectTitleRu, r.projectTitleEn),
          }
        : null,
    overdue: !r.doneAt && r.dueOn !== null && r.dueOn < today,
  }));
}
