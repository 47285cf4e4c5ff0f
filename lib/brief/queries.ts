import { type SQL, sql } from "drizzle-orm";
import { type Executor, queryRows } from "@/db/client";
import type {
  BriefActionItem,
  BriefArea,
  BriefModel,
  BriefPeriod,
  BriefProject,
  BriefSummary,
  MeetingRef,
  Texts,
} from "@/lib/brief/types";
import { timeZoneFor } from "@/lib/i18n/time-zone";
import { addDays, parseIsoDate } from "@/lib/print/languages";
import {
  type Delegation,
  LOCALES,
  type Locale,
  PROJECT_HEALTHS,
  PROJECT_STATUSES,
  type ProjectHealth,
  type ProjectStatus,
} from "@/lib/vocabulary";

const texts = (prefix: string, column: string) =>
  sql.raw(
    `json_build_object('nb', ${prefix}.${column}_nb, 'ru', ${prefix}.${column}_ru, 'en', ${prefix}.${column}_en)`,
  );

export interface HeaderRow extends Record<string, unknown> {
  slug: string;
  name: Texts;
  commission: Texts;
  number: number;
  startsOn: string;
  endsOn: string;
  city: Texts;
  country: Delegation;
  state: "planned" | "held";
  previous: MeetingRef | null;
  plan: {
    id: string;
    number: number;
    periodStart: number;
    periodEnd: number;
    approvedOn: string | null;
  } | null;
}

/** The meeting, its group, the previous held meeting and the approved plan, in one query. */
export async function loadHeader(db: Executor, groupId: string, meetingNumber: number) {
  const [row] = await queryRows<HeaderRow>(
    db,
    sql`select g.slug, ${texts("g", "name")} as name, ${texts("g", "commission")} as commission,
        m.number, m.starts_on::text as "startsOn", m.ends_on::text as "endsOn",
        ${texts("m", "city")} as city, m.country::text as country, m.state::text as state,
        (select json_build_object('number', p.number, 'startsOn', p.starts_on, 'endsOn', p.ends_on,
            'city', ${texts("p", "city")})
          from meetings p where p.group_id = m.group_id and p.state = 'held' and p.number < m.number
          order by p.number desc limit 1) as previous,
        (select json_build_object('id', w.id, 'number', w.number, 'periodStart', w.period_start,
            'periodEnd', w.period_end, 'approvedOn', w.approved_on)
          from work_plans w where w.group_id = m.group_id and w.state = 'approved') as plan
      from meetings m join working_groups g on g.id = m.group_id
      where m.group_id = ${groupId} and m.number = ${meetingNumber}`,
  );
  return row ?? null;
}

/** The period's bounds as timestamps: from the first day's start to the end of the cut-off day. */
export interface Bounds {
  groupId: string;
  planId: string | null;
  from: string;
  to: string;
  timeZone: string;
}

const bounds = (b: Bounds) =>
  sql`(select (${b.from}::date)::timestamp at time zone ${b.timeZone} as t0,
      (${b.to}::date + 1)::timestamp at time zone ${b.timeZone} as t1)`;

/** The projects a brief covers: the approved plan's, or every project when none is approved. */
function inScope(b: Bounds, alias: string): SQL {
  const p = sql.raw(alias);
  const plan = b.planId
    ? sql`and exists (select 1 from work_plan_projects wp where wp.plan_id = ${b.planId} and wp.project_id = ${p}.id)`
    : sql``;
  return sql`${p}.group_id = ${b.groupId} and ${p}.archived_at is null ${plan}`;
}

/**
 * A project's state at a moment: what the first update after it recorded as "previous";
 * with no later update, the project's own current state.
 */
function stateAt(moment: SQL): SQL {
  const recorded = sql.raw("nx.found and nx.previous_status is not null");
  return sql`select
      (case when ${recorded} then nx.previous_status when nx.found then coalesce(pv.status, 'proposed') else p.status end)::text as status,
      (case when ${recorded} then nx.previous_health when nx.found then pv.health else p.health end)::text as health,
      (case when ${recorded} then coalesce(nx.previous_progress, pv.progress, 0)
            when nx.found then coalesce(pv.progress, 0) else p.progress end)::int as progress
    from (select 1) one
    left join lateral (select true as found, u.previous_status, u.previous_health, u.previous_progress
      from status_updates u where u.project_id = p.id and u.created_at >= ${moment}
      order by u.created_at, u.id limit 1) nx on true
    left join lateral (select u.status, u.health, u.progress
      from status_updates u where u.project_id = p.id and u.created_at < ${moment}
      order by u.created_at desc, u.id desc limit 1) pv on true`;
}

export interface ProjectRow extends Record<string, unknown> {
  id: string;
  code: string;
  title: Texts;
  plannedEnd: string | null;
  areaId: string;
  area: Texts;
  status0: ProjectStatus;
  health0: ProjectHealth | null;
  progress0: number;
  status1: ProjectStatus;
  health1: ProjectHealth | null;
  progress1: number;
  updatesInPeriod: number;
  lastUpdateAt: string | Date | null;
}

/** Every project in scope with its state at both ends of the period, in area order. */
export function loadProjects(db: Executor, b: Bounds) {
  return queryRows<ProjectRow>(
    db,
    sql`select p.id, p.code, ${texts("p", "title")} as title, p.planned_end::text as "plannedEnd",
        a.id as "areaId", ${texts("a", "name")} as area,
        s0.status as status0, s0.health as health0, s0.progress as progress0,
        s1.status as status1, s1.health as health1, s1.progress as progress1,
        (select count(*) from status_updates u
          where u.project_id = p.id and u.created_at >= b.t0 and u.created_at < b.t1)::int as "updatesInPeriod",
        (select max(u.created_at) from status_updates u
          where u.project_id = p.id and u.created_at < b.t1) as "lastUpdateAt"
      from projects p
      join cooperation_areas a on a.id = p.area_id
      cross join ${bounds(b)} b
      left join lateral (${stateAt(sql`b.t0`)}) s0 on true
      left join lateral (${stateAt(sql`b.t1`)}) s1 on true
      where ${inScope(b, "p")}
      order by a.position, a.id, p.code`,
  );
}

export interface UpdateRow extends Record<string, unknown> {
  projectId: string;
  at: string | Date;
  author: string;
  side: Delegation;
  status: ProjectStatus;
  previousStatus: ProjectStatus | null;
  note: string | null;
  noteLocale: Locale | null;
  nextSteps: string | null;
  confirmed: boolean;
}

/** The status updates posted in the period on the projects in scope. */
export function loadUpdates(db: Executor, b: Bounds) {
  return queryRows<UpdateRow>(
    db,
    sql`select u.project_id as "projectId", u.created_at as at, a.name as author,
        u.author_delegation::text as side, u.status::text as status,
        u.previous_status::text as "previousStatus", u.note, u.note_locale::text as "noteLocale",
        u.next_steps as "nextSteps", coalesce(c.created_at < b.t1, false) as confirmed
      from status_updates u
      join users a on a.id = u.author_id
      left join status_confirmations c on c.update_id = u.id
      cross join ${bounds(b)} b
      where u.group_id = ${b.groupId} and u.created_at >= b.t0 and u.created_at < b.t1
        and u.project_id in (select p.id from projects p where ${inScope(b, "p")})
      order by u.created_at, u.id`,
  );
}

export interface ActionRow extends Record<string, unknown> {
  id: string;
  text: Texts;
  dueOn: string | null;
  ownerName: string;
  ownerSide: Delegation;
  meetingNumber: number | null;
  projectCode: string | null;
  projectTitle: Texts | null;
}

/** The group's action items still open at the cut-off, soonest due first. */
export function loadOpenActions(db: Executor, b: Bounds) {
  return queryRows<ActionRow>(
    db,
    sql`select x.id, ${texts("x", "text")} as text, x.due_on::text as "dueOn",
        o.name as "ownerName", o.delegation::text as "ownerSide", m.number as "meetingNumber",
        p.code as "projectCode", case when p.id is null then null else ${texts("p", "title")} end as "projectTitle"
      from action_items x
      join users o on o.id = x.owner_id
      left join meetings m on m.id = x.meeting_id
      left join projects p on p.id = x.project_id
      cross join ${bounds(b)} b
      where x.group_id = ${b.groupId} and x.created_at < b.t1
        and (x.done_at is null or x.done_at >= b.t1)
      order by x.due_on nulls last, m.number nulls last, x.created_at, p.code nulls last, x.id`,
  );
}

export interface BriefOptions {
  groupId: string;
  meetingNumber: number;
  /** ISO date; default (and when invalid or before the period starts): the meeting's first day. */
  cutoff?: string | null;
  now?: Date;
}

const CLOSED: ProjectStatus[] = ["completed", "cancelled"];

export const toIso = (value: string | Date) => new Date(value).toISOString();

/** The period: from the previous held meeting's first day (or the plan's approval) to the cut-off. */
export function briefPeriod(header: HeaderRow, requested?: string | null): BriefPeriod {
  const timeZone = timeZoneFor(header.country);
  const start = (to: string) =>
    header.previous
      ? { from: header.previous.startsOn, basis: "meeting" as const }
      : header.plan?.approvedOn && header.plan.approvedOn <= to
        ? { from: header.plan.approvedOn, basis: "plan" as const }
        : { from: addDays(to, -365), basis: "year" as const };
  const cutoff = parseIsoDate(requested);
  const chosen = cutoff ? start(cutoff) : null;
  if (cutoff && chosen && chosen.from <= cutoff)
    return { ...chosen, to: cutoff, previousMeeting: header.previous, timeZone };
  const to = header.startsOn;
  const fallback = start(to);
  return {
    from: earlier(fallback.from, to),
    basis: fallback.basis,
    to,
    previousMeeting: header.previous,
    timeZone,
  };
}

/** The earlier of two ISO dates. */
const earlier = (a: string, b: string) => (a.localeCompare(b) <= 0 ? a : b);

const missingIn = (t: Texts): Locale[] => LOCALES.filter((l) => !t[l]?.trim());

function project(row: ProjectRow, updates: UpdateRow[], cutoff: string): BriefProject {
  const end = { status: row.status1, health: row.health1, progress: row.progress1 };
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    missing: missingIn(row.title),
    plannedEnd: row.plannedEnd,
    start: { status: row.status0, health: row.health0, progress: row.progress0 },
    end,
    progressDelta: row.progress1 - row.progress0,
    transitions: updates
      .filter((u) => u.previousStatus && u.previousStatus !== u.status)
      .map((u) => ({ at: toIso(u.at), from: u.previousStatus as ProjectStatus, to: u.status })),
    notes: updates
      .filter((u) => u.note || u.nextSteps)
      .map((u) => ({
        at: toIso(u.at),
        author: u.author,
        side: u.side,
        locale: u.noteLocale ?? "en",
        note: u.note,
        nextSteps: u.nextSteps,
        confirmed: u.confirmed,
      })),
    updatesInPeriod: row.updatesInPeriod,
    lastUpdateAt: row.lastUpdateAt ? toIso(row.lastUpdateAt) : null,
    overdue: !!row.plannedEnd && row.plannedEnd < cutoff && !CLOSED.includes(end.status),
    stale: !CLOSED.includes(end.status) && row.updatesInPeriod === 0,
  };
}

export function summarize(projects: BriefProject[]): BriefSummary {
  const zero = <K extends string>(keys: readonly K[]) =>
    Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  const summary: BriefSummary = {
    total: projects.length,
    status: zero(PROJECT_STATUSES),
    health: zero<ProjectHealth>(PROJECT_HEALTHS),
    healthUnrated: 0,
    averageProgress: null,
    overdue: 0,
    stale: 0,
    updatedInPeriod: 0,
  };
  let progress = 0;
  for (const p of projects) {
    summary.status[p.end.status]++;
    if (p.end.health) summary.health[p.end.health]++;
    else if (p.end.status === "planned" || p.end.status === "in_progress") summary.healthUnrated++;
    progress += p.end.progress;
    if (p.overdue) summary.overdue++;
    if (p.stale) summary.stale++;
    if (p.updatesInPeriod > 0) summary.updatedInPeriod++;
  }
  if (projects.length) summary.averageProgress = Math.round(progress / projects.length);
  return summary;
}

/**
 * Everything the brief for one meeting shows, in four queries: the meeting and its
 * context, the projects with their state at both ends of the period, the updates of the
 * period, and the open action items. Null when the group has no meeting with that number.
 */
export async function buildBrief(db: Executor, options: BriefOptions): Promise<BriefModel | null> {
  const header = await loadHeader(db, options.groupId, options.meetingNumber);
  if (!header) return null;
  const period = briefPeriod(header, options.cutoff);
  const b: Bounds = {
    groupId: options.groupId,
    planId: header.plan?.id ?? null,
    from: period.from,
    to: period.to,
    timeZone: period.timeZone,
  };
  const [projectRows, updateRows, actionRows] = await Promise.all([
    loadProjects(db, b),
    loadUpdates(db, b),
    loadOpenActions(db, b),
  ]);

  const updatesOf = new Map<string, UpdateRow[]>();
  for (const u of updateRows)
    updatesOf.set(u.projectId, [...(updatesOf.get(u.projectId) ?? []), u]);
  const areas: BriefArea[] = [];
  const projects: BriefProject[] = [];
  for (const row of projectRows) {
    const p = project(row, updatesOf.get(row.id) ?? [], period.to);
    projects.push(p);
    const last = areas[areas.length - 1];
    if (last?.id === row.areaId) last.projects.push(p);
    else areas.push({ id: row.areaId, name: row.area, projects: [p] });
  }

  const actions: BriefActionItem[] = actionRows.map((a) => ({
    id: a.id,
    text: a.text,
    owner: { name: a.ownerName, side: a.ownerSide },
    dueOn: a.dueOn,
    overdue: !!a.dueOn && a.dueOn < period.to,
    meetingNumber: a.meetingNumber,
    project: a.projectCode ? { code: a.projectCode, title: a.projectTitle as Texts } : null,
  }));

  const { plan } = header;
  return {
    generatedAt: (options.now ?? new Date()).toISOString(),
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
    period,
    plan: plan
      ? {
          number: plan.number,
          periodStart: plan.periodStart,
          periodEnd: plan.periodEnd,
          approvedOn: plan.approvedOn,
        }
      : null,
    summary: summarize(projects),
    areas,
    actionItems: {
      overdue: actions.filter((a) => a.overdue),
      open: actions.filter((a) => !a.overdue),
    },
    notUpdated: projects
      .filter((p) => p.updatesInPeriod === 0)
      .map(({ id, code, title, end, lastUpdateAt }) => ({ id, code, title, end, lastUpdateAt })),
  };
}
