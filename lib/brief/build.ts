import type { Executor } from "@/db/client";
import {
  LOCALES,
  type Locale,
  PROJECT_HEALTHS,
  PROJECT_STATUSES,
  type ProjectHealth,
  type ProjectStatus,
} from "@/db/schema/enums";
import { addDays, parseIsoDate } from "@/lib/documents/languages";
import { timeZoneFor } from "@/lib/i18n/time-zone";
import type {
  BriefActionItem,
  BriefArea,
  BriefModel,
  BriefPeriod,
  BriefProject,
  BriefSummary,
  Texts,
} from "./model";
import {
  type Bounds,
  type HeaderRow,
  loadHeader,
  loadOpenActions,
  loadProjects,
  loadUpdates,
  type ProjectRow,
  type UpdateRow,
} from "./queries";

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
