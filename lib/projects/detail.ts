import type { TextEditedAt } from "@/db/schema/projects";
import "server-only";
import { sql } from "drizzle-orm";
import { type Executor, queryRows } from "@/db/client";
import type {
  Currency,
  Delegation,
  Locale,
  PlanState,
  ProjectHealth,
  ProjectStatus,
} from "@/db/schema/enums";
import type { LocalizedValues } from "@/lib/i18n/localized";
import { isStorableText } from "@/lib/validation";

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
