import "server-only";
import { and, asc, desc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import {
  actionItems,
  cooperationAreas,
  meetings,
  memberships,
  milestones,
  projects,
  users,
} from "@/db/schema";
import { localizedColumns, localizedValues } from "@/lib/i18n/localized";
import { plannedFrom } from "@/lib/meetings/columns";
import { getPlacePicker, placeRef } from "@/lib/places/queries";
import { projectTitleFields } from "@/lib/projects/columns";
import { overdueCondition, staleCondition } from "@/lib/projects/list/conditions";
import { parseProjectFilters } from "@/lib/projects/list/input";
import { type ListScope, listProjects } from "@/lib/projects/list/queries";
import { CONTACT_ROLES } from "@/lib/projects/rules";
import type {
  MyActionItem,
  NextMeeting,
  PlanMembership,
  ProjectDetail,
  ProjectFormOptions,
} from "@/lib/projects/types";
import { jsonList, jsonObject, orNull } from "@/lib/server/json";
import { isStorableText, UUID_PATTERN as UUID } from "@/lib/validation";

/** A code from a URL may hold anything; no stored code is longer or holds NUL (PostgreSQL would refuse it). */
const possibleCode = (code: string) => code.length <= 64 && isStorableText(code);

/** A project of the given group by its code (scope first); null when absent or in another group. */
export async function getProjectByCode(db: Executor, groupId: string, code: string) {
  if (!possibleCode(code)) return null;
  const [row] = await db
    .select()
    .from(projects)
    .where(and(eq(projects.groupId, groupId), eq(projects.code, code)))
    .limit(1);
  return row ?? null;
}

const CONTACT = { id: true, name: true, email: true, position: true } as const;
const PLACE_COLUMNS = {
  key: true,
  nameNb: true,
  nameRu: true,
  nameEn: true,
  nameSe: true,
  latitude: true,
  longitude: true,
} as const;

/**
 * A project of the group by its code, with its area, contacts, milestones, work plans and
 * latest update, in one statement (scope first: the group, then the code).
 */
export async function getProjectDetail(
  db: Executor,
  groupId: string,
  code: string,
): Promise<ProjectDetail | null> {
  if (!possibleCode(code)) return null;
  const row = await db.query.projects.findFirst({
    where: and(eq(projects.groupId, groupId), eq(projects.code, code)),
    columns: {
      id: true,
      ...projectTitleFields,
      summaryNb: true,
      summaryRu: true,
      summaryEn: true,
      textEditedAt: true,
      status: true,
      health: true,
      progress: true,
      plannedStart: true,
      plannedEnd: true,
      leadOrgNo: true,
      leadOrgRu: true,
      partners: true,
      fundingAmount: true,
      fundingCurrency: true,
      fundingSource: true,
      lastUpdateAt: true,
      awaitingConfirmationFrom: true,
      version: true,
      archivedAt: true,
    },
    with: {
      area: { columns: { nameNb: true, nameRu: true, nameEn: true } },
      places: {
        columns: {},
        orderBy: (pp, { asc }) => [asc(pp.position)],
        with: { place: { columns: PLACE_COLUMNS } },
      },
      contactNo: { columns: CONTACT },
      contactRu: { columns: CONTACT },
      milestones: {
        columns: {
          id: true,
          titleNb: true,
          titleRu: true,
          titleEn: true,
          dueOn: true,
          doneOn: true,
        },
        orderBy: (m, { asc }) => [asc(m.position), asc(m.dueOn)],
      },
      plans: {
        columns: { carriedOver: true },
        where: (wp, { eq }) => eq(wp.groupId, groupId),
        with: {
          plan: { columns: { number: true, periodStart: true, periodEnd: true, state: true } },
        },
      },
      updates: {
        columns: { id: true, authorDelegation: true, createdAt: true },
        where: (su, { eq }) => eq(su.groupId, groupId),
        orderBy: (su, { desc }) => [desc(su.createdAt), desc(su.id)],
        limit: 1,
        with: {
          confirmation: {
            columns: { delegation: true, createdAt: true },
            with: { user: { columns: { name: true } } },
          },
        },
      },
    },
  });
  if (!row) return null;
  const { area, milestones, plans, updates, fundingAmount, fundingCurrency, fundingSource } = row;
  const latest = updates[0];
  return {
    id: row.id,
    code: row.code,
    title: localizedValues(row, "title"),
    summary: localizedValues(row, "summary"),
    textEditedAt: row.textEditedAt,
    area: localizedValues(area, "name"),
    status: row.status,
    health: row.health,
    progress: row.progress,
    plannedStart: row.plannedStart,
    plannedEnd: row.plannedEnd,
    leadOrgNo: row.leadOrgNo,
    leadOrgRu: row.leadOrgRu,
    contactNo: row.contactNo,
    contactRu: row.contactRu,
    partners: row.partners,
    places: row.places.map((pp) => placeRef(pp.place)),
    funding:
      fundingAmount !== null && fundingCurrency !== null
        ? { amount: fundingAmount, currency: fundingCurrency, source: fundingSource }
        : null,
    lastUpdateAt: row.lastUpdateAt?.toISOString() ?? null,
    awaitingConfirmationFrom: row.awaitingConfirmationFrom,
    version: row.version,
    archivedAt: row.archivedAt?.toISOString() ?? null,
    milestones: milestones.map(({ titleNb, titleRu, titleEn, ...m }) => ({
      ...m,
      title: { nb: titleNb, ru: titleRu, en: titleEn },
    })),
    plans: plans
      .map((p): PlanMembership => ({ ...p.plan, carriedOver: p.carriedOver }))
      .sort((a, b) => a.number - b.number),
    latestUpdate: latest
      ? {
          id: latest.id,
          side: latest.authorDelegation,
          createdAt: latest.createdAt.toISOString(),
          confirmation: latest.confirmation
            ? {
                name: latest.confirmation.user.name,
                side: latest.confirmation.delegation,
                at: latest.confirmation.createdAt.toISOString(),
              }
            : null,
        }
      : null,
  };
}

/**
 * The choices of the project form, in one statement: the group's areas in order, and the
 * members who can be contacts (coordinators and delegates, active). `keep` adds what an
 * existing project already refers to, so editing it never silently drops an archived area or
 * a former member.
 */
export async function getProjectFormOptions(
  db: Executor,
  groupId: string,
  keep: { areaId?: string | null; contactIds?: (string | null)[] } = {},
): Promise<ProjectFormOptions> {
  const areaId = keep.areaId && UUID.test(keep.areaId) ? keep.areaId : null;
  const contactIds = (keep.contactIds ?? []).filter((id): id is string => !!id && UUID.test(id));
  const area = cooperationAreas;
  const areas = db
    .select({
      list: jsonList(
        jsonObject({
          id: area.id,
          ...localizedColumns(area, "name"),
          archived: sql<boolean>`${area.archivedAt} is not null`,
        }),
        asc(area.position),
        asc(area.nameEn),
      ).as("areas"),
    })
    .from(area)
    .where(
      and(
        eq(area.groupId, groupId),
        areaId ? or(isNull(area.archivedAt), eq(area.id, areaId)) : isNull(area.archivedAt),
      ),
    )
    .as("area_options");
  const eligible = sql<boolean>`(${memberships.userId} is not null and ${users.active})`;
  const people = db
    .select({
      list: jsonList(
        jsonObject({ id: users.id, name: users.name, delegation: users.delegation, eligible }),
        asc(users.name),
      ).as("people"),
    })
    .from(users)
    .leftJoin(
      memberships,
      and(
        eq(memberships.userId, users.id),
        eq(memberships.groupId, groupId),
        inArray(memberships.role, [...CONTACT_ROLES]),
      ),
    )
    .where(contactIds.length ? or(eligible, inArray(users.id, contactIds)) : eligible)
    .as("people_options");
  // Each aggregate is one row, so their cross join is the one row of both lists.
  const [[row], places] = await Promise.all([
    db.select({ areas: areas.list, people: people.list }).from(areas).crossJoin(people),
    getPlacePicker(db),
  ]);
  return { areas: row?.areas ?? [], people: row?.people ?? [], places };
}

/** A project of the group with its milestones in order; null when the code is not the group's. */
export async function getProjectForEdit(db: Executor, groupId: string, code: string) {
  if (code.length > 64) return null;
  const project = await db.query.projects.findFirst({
    where: and(eq(projects.groupId, groupId), eq(projects.code, code)),
    with: {
      milestones: { orderBy: [asc(milestones.position)] },
      places: {
        columns: {},
        orderBy: (pp, { asc }) => [asc(pp.position)],
        with: { place: { columns: { key: true } } },
      },
    },
  });
  return project ?? null;
}

const MY_PROJECTS_LIMIT = 200;

/**
 * The group's next planned meeting and the viewer's open action items, in one statement:
 * the items' list is one row, the meeting (if any) joins it.
 */
async function myAgenda(db: Executor, scope: ListScope) {
  const items = db
    .select({
      list: jsonList<MyActionItem>(
        jsonObject({
          id: actionItems.id,
          ...localizedColumns(actionItems, "text"),
          dueOn: actionItems.dueOn,
          projectCode: orNull(projects.code),
          meetingNumber: orNull(meetings.number),
        }),
        asc(actionItems.dueOn),
        asc(actionItems.createdAt),
      ).as("items"),
    })
    .from(actionItems)
    .leftJoin(projects, eq(projects.id, actionItems.projectId))
    .leftJoin(meetings, eq(meetings.id, actionItems.meetingId))
    .where(
      and(
        eq(actionItems.groupId, scope.groupId),
        eq(actionItems.ownerId, scope.userId),
        isNull(actionItems.doneAt),
      ),
    )
    .as("my_items");
  const next = db
    .select({
      meeting: sql<NextMeeting>`${jsonObject({
        number: meetings.number,
        startsOn: meetings.startsOn,
        briefCutoffOn: meetings.briefCutoffOn,
        ...localizedColumns(meetings, "city"),
      })}`.as("meeting"),
    })
    .from(meetings)
    .where(and(eq(meetings.groupId, scope.groupId), plannedFrom(scope.today)))
    .orderBy(asc(meetings.startsOn))
    .limit(1)
    .as("next_meeting");
  const [row] = await db
    .select({ actionItems: items.list, nextMeeting: next.meeting })
    .from(items)
    .leftJoin(next, sql`true`);
  return { actionItems: row?.actionItems ?? [], nextMeeting: row?.nextMeeting ?? null };
}

/**
 * A delegate's desk: the projects they are a contact on (those needing an update before the
 * next meeting first), the next meeting, and their open action items. Two statements.
 */
export async function getMyWork(db: Executor, scope: ListScope) {
  const [list, agenda] = await Promise.all([
    listProjects(db, scope, parseProjectFilters({ mine: "1" }), {
      pageSize: MY_PROJECTS_LIMIT,
      orderBy: [
        desc(sql`coalesce(${staleCondition(scope.groupId, scope.today)}, false)`),
        desc(sql`coalesce(${overdueCondition(scope.today)}, false)`),
        asc(projects.code),
      ],
    }),
    myAgenda(db, scope),
  ]);
  return { projects: list.rows, ...agenda };
}
