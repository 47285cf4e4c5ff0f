import { and, asc, desc, eq, sql } from "drizzle-orm";
import { type Executor, queryRows } from "@/db/client";
import { milestones, projects } from "@/db/schema";
import type { TextEditedAt } from "@/db/schema/projects";
import { isStorableText, UUID_PATTERN as UUID } from "@/lib/validation";
import "server-only";
import type { LocalizedValues } from "@/lib/i18n/localized";
import { overdueCondition, staleCondition } from "@/lib/projects/list/conditions";
import { parseProjectFilters } from "@/lib/projects/list/input";
import { type ListScope, listProjects } from "@/lib/projects/list/queries";
import type {
  Currency,
  Delegation,
  Locale,
  PlanState,
  ProjectHealth,
  ProjectStatus,
} from "@/lib/vocabulary";

/** A project of the given group by its code (scope first); null when absent or in another group. */
export async function getProjectByCode(db: Executor, groupId: string, code: string) {
  // A code from a URL may hold anything; no stored code holds NUL (PostgreSQL would refuse it).
  if (code.length > 64 || !isStorableText(code)) return null;
  const [row] = await db
    .select()
    .from(projects)
    .where(and(eq(projects.groupId, groupId), eq(projects.code, code)))
    .limit(1);
  return row ?? null;
}

export interface ContactPerson {
  id: string;
  name: string;
  email: string;
  position: string | null;
}

export interface MilestoneItem {
  id: string;
  title: LocalizedValues;
  dueOn: string | null;
  doneOn: string | null;
}

export interface PlanMembership {
  number: number;
  periodStart: number;
  periodEnd: number;
  state: PlanState;
  carriedOver: boolean;
}

/** The project's newest status update and who, if anyone, has confirmed it. */
export interface LatestUpdate {
  id: string;
  side: Delegation;
  createdAt: string;
  confirmation: { name: string; side: Delegation; at: string } | null;
}

/** Everything the project page shows above its history. Dates are ISO strings. */
export interface ProjectDetail {
  id: string;
  code: string;
  title: LocalizedValues;
  summary: LocalizedValues;
  /** When each title and summary language was last edited (for "possibly outdated"). */
  textEditedAt: TextEditedAt;
  area: Record<Locale, string>;
  status: ProjectStatus;
  health: ProjectHealth | null;
  progress: number;
  plannedStart: string | null;
  plannedEnd: string | null;
  leadOrgNo: string | null;
  leadOrgRu: string | null;
  contactNo: ContactPerson | null;
  contactRu: ContactPerson | null;
  partners: string[];
  places: string[];
  funding: { amount: string; currency: Currency; source: string | null } | null;
  lastUpdateAt: string | null;
  awaitingConfirmationFrom: Delegation | null;
  version: number;
  archivedAt: string | null;
  milestones: MilestoneItem[];
  plans: PlanMembership[];
  latestUpdate: LatestUpdate | null;
}

type Row = Omit<ProjectDetail, "funding"> & {
  fundingAmount: string | null;
  fundingCurrency: Currency | null;
  fundingSource: string | null;
};

/** ISO 8601 text for a timestamp on both backends (raw queries get no driver mapping). */
const iso = (column: string) => sql.raw(`to_json(${column}) #>> '{}'`);

const contact = (alias: string) =>
  sql.raw(`case when ${alias}.id is null then null else json_build_object(
    'id', ${alias}.id, 'name', ${alias}.name, 'email', ${alias}.email, 'position', ${alias}.position) end`);

/**
 * A project of the group by its code, with its area, contacts, milestones, work plans and
 * latest update, in one query (scope first: the group, then the code).
 */
export async function getProjectDetail(
  db: Executor,
  groupId: string,
  code: string,
): Promise<ProjectDetail | null> {
  if (code.length > 64 || !isStorableText(code)) return null;
  const [row] = await queryRows<Row & Record<string, unknown>>(
    db,
    sql`select p.id, p.code,
        json_build_object('nb', p.title_nb, 'ru', p.title_ru, 'en', p.title_en) as "title",
        json_build_object('nb', p.summary_nb, 'ru', p.summary_ru, 'en', p.summary_en) as "summary",
        p.text_edited_at as "textEditedAt",
        json_build_object('nb', a.name_nb, 'ru', a.name_ru, 'en', a.name_en) as "area",
        p.status, p.health, p.progress,
        p.planned_start::text as "plannedStart", p.planned_end::text as "plannedEnd",
        p.lead_org_no as "leadOrgNo", p.lead_org_ru as "leadOrgRu",
        ${contact("cno")} as "contactNo", ${contact("cru")} as "contactRu",
        to_json(p.partners) as "partners", to_json(p.places) as "places",
        p.funding_amount::text as "fundingAmount", p.funding_currency as "fundingCurrency",
        p.funding_source as "fundingSource",
        ${iso("p.last_update_at")} as "lastUpdateAt",
        p.awaiting_confirmation_from as "awaitingConfirmationFrom",
        p.version, ${iso("p.archived_at")} as "archivedAt",
        coalesce((
          select json_agg(json_build_object(
            'id', m.id, 'title', json_build_object('nb', m.title_nb, 'ru', m.title_ru, 'en', m.title_en),
            'dueOn', m.due_on, 'doneOn', m.done_on) order by m.position, m.due_on nulls last)
          from milestones m where m.project_id = p.id
        ), '[]'::json) as "milestones",
        coalesce((
          select json_agg(json_build_object(
            'number', w.number, 'periodStart', w.period_start, 'periodEnd', w.period_end,
            'state', w.state, 'carriedOver', wp.carried_over) order by w.number)
          from work_plan_projects wp join work_plans w on w.id = wp.plan_id and w.group_id = wp.group_id
          where wp.project_id = p.id and wp.group_id = p.group_id
        ), '[]'::json) as "plans",
        (
          select json_build_object(
            'id', su.id, 'side', su.author_delegation, 'createdAt', su.created_at,
            'confirmation', case when sc.update_id is null then null else json_build_object(
              'name', cu.name, 'side', sc.delegation, 'at', sc.created_at) end)
          from status_updates su
          left join status_confirmations sc on sc.update_id = su.id
          left join users cu on cu.id = sc.user_id
          where su.project_id = p.id and su.group_id = p.group_id
          order by su.created_at desc, su.id desc limit 1
        ) as "latestUpdate"
      from projects p
      join cooperation_areas a on a.id = p.area_id and a.group_id = p.group_id
      left join users cno on cno.id = p.contact_no_id
      left join users cru on cru.id = p.contact_ru_id
      where p.group_id = ${groupId} and p.code = ${code}`,
  );
  if (!row) return null;
  const { fundingAmount, fundingCurrency, fundingSource, ...rest } = row;
  return {
    ...rest,
    funding:
      fundingAmount !== null && fundingCurrency !== null
        ? { amount: fundingAmount, currency: fundingCurrency, source: fundingSource }
        : null,
  };
}

/** Planned end passed while the project is neither completed nor cancelled. */
export function isOverdue(
  project: Pick<ProjectDetail, "plannedEnd" | "status">,
  today: string,
): boolean {
  return (
    project.plannedEnd !== null &&
    project.plannedEnd < today &&
    project.status !== "completed" &&
    project.status !== "cancelled"
  );
}

export function isMilestoneOverdue(milestone: MilestoneItem, today: string): boolean {
  return milestone.doneOn === null && milestone.dueOn !== null && milestone.dueOn < today;
}

export interface AreaOption {
  id: string;
  nameNb: string;
  nameRu: string;
  nameEn: string;
  archived: boolean;
}

export interface PersonOption {
  id: string;
  name: string;
  delegation: Delegation;
  /** False for a current contact who could not be chosen today (left the group, deactivated). */
  eligible: boolean;
}

export interface ProjectFormOptions {
  areas: AreaOption[];
  people: PersonOption[];
}

/**
 * The choices of the project form, in one query: the group's areas in order, and the members
 * who can be contacts (coordinators and delegates, active). `keep` adds what an existing project
 * already refers to, so editing it never silently drops an archived area or a former member.
 */
export async function getProjectFormOptions(
  db: Executor,
  groupId: string,
  keep: { areaId?: string | null; contactIds?: (string | null)[] } = {},
): Promise<ProjectFormOptions> {
  const areaId = keep.areaId && UUID.test(keep.areaId) ? keep.areaId : null;
  const contactIds = (keep.contactIds ?? []).filter((id): id is string => !!id && UUID.test(id));
  const keptArea = areaId ? sql` or a.id = ${areaId}` : sql``;
  const keptPeople = contactIds.length
    ? sql` or u.id in (${sql.join(
        contactIds.map((id) => sql`${id}`),
        sql`, `,
      )})`
    : sql``;
  const [row] = await queryRows<{ areas: AreaOption[]; people: PersonOption[] }>(
    db,
    sql`select
      coalesce((
        select json_agg(json_build_object('id', a.id, 'nameNb', a.name_nb, 'nameRu', a.name_ru,
          'nameEn', a.name_en, 'archived', a.archived_at is not null) order by a.position, a.name_en)
        from cooperation_areas a
        where a.group_id = ${groupId} and (a.archived_at is null${keptArea})
      ), '[]'::json) as areas,
      coalesce((
        select json_agg(json_build_object('id', p.id, 'name', p.name, 'delegation', p.delegation,
          'eligible', p.eligible) order by p.name)
        from (
          select u.id, u.name, u.delegation, (m.user_id is not null and u.active) as eligible
          from users u
          left join memberships m on m.user_id = u.id and m.group_id = ${groupId}
            and m.role in ('coordinator', 'delegate')
          where (m.user_id is not null and u.active)${keptPeople}
        ) p
      ), '[]'::json) as people`,
  );
  return { areas: row?.areas ?? [], people: row?.people ?? [] };
}

/** A project of the group with its milestones in order; null when the code is not the group's. */
export async function getProjectForEdit(db: Executor, groupId: string, code: string) {
  if (code.length > 64) return null;
  const project = await db.query.projects.findFirst({
    where: and(eq(projects.groupId, groupId), eq(projects.code, code)),
    with: { milestones: { orderBy: [asc(milestones.position)] } },
  });
  return project ?? null;
}

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
