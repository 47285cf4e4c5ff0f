import "server-only";
import { and, asc, desc, eq, gte, inArray, isNull, lt, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";
import {
  actionItems,
  agendaItemProjects,
  agendaItems,
  meetings,
  projects,
  statusConfirmations,
  statusUpdates,
  users,
  workingGroups,
  workPlans,
} from "@/db/schema";
import {
  type Bounds,
  briefScope,
  loadProjects,
  type ProjectRow,
  periodEnd,
  periodStart,
} from "@/lib/brief/project-states";
import { briefPeriod, CLOSED, summarize, toIso } from "@/lib/brief/rules";
import type {
  BriefActionItem,
  BriefAgendaItem,
  BriefArea,
  BriefHeader,
  BriefModel,
  BriefProject,
  BriefScope,
  MeetingHeader,
} from "@/lib/brief/types";
import { documentsAddedBetween } from "@/lib/documents/queries";
import { localizedValues } from "@/lib/i18n/localized";
import { heldBefore } from "@/lib/meetings/columns";
import type { PlaceFigure, PlaceRef } from "@/lib/places/types";
import { approvedPlan } from "@/lib/plans/queries";
import { updateTranslations } from "@/lib/projects/status-updates/queries";
import { jsonList, jsonObject, jsonTexts, scalar } from "@/lib/server/json";
import { LOCALES, type Locale, PROJECT_HEALTHS } from "@/lib/vocabulary";

/** The meeting, its group, the previous held meeting and the approved plan, in one query. */
export async function loadHeader(
  db: Executor,
  groupId: string,
  meetingNumber: number,
): Promise<MeetingHeader | null> {
  const earlier = alias(meetings, "previous");
  const previous = db
    .select({
      meeting: jsonObject({
        number: earlier.number,
        startsOn: earlier.startsOn,
        endsOn: earlier.endsOn,
        city: jsonTexts(earlier, "city"),
      }),
    })
    .from(earlier)
    .where(heldBefore(earlier, "number"))
    .orderBy(desc(earlier.number))
    .limit(1);
  const plan = db
    .select({
      plan: jsonObject({
        id: workPlans.id,
        number: workPlans.number,
        periodStart: workPlans.periodStart,
        periodEnd: workPlans.periodEnd,
        approvedOn: workPlans.approvedOn,
      }),
    })
    .from(workPlans)
    .where(and(eq(workPlans.groupId, meetings.groupId), approvedPlan));
  // The agenda in order, each item with its projects in code order.
  const linked = db
    .select({
      list: jsonList(
        jsonObject({
          code: projects.code,
          title: jsonTexts(projects, "title"),
        }),
        sql`${projects.code}`,
      ),
    })
    .from(agendaItemProjects)
    .innerJoin(projects, eq(projects.id, agendaItemProjects.projectId))
    .where(eq(agendaItemProjects.agendaItemId, agendaItems.id));
  const agenda = db
    .select({
      list: jsonList(
        jsonObject({
          position: agendaItems.position,
          title: jsonTexts(agendaItems, "title"),
          projects: sql<BriefAgendaItem["projects"]>`(${linked})`,
        }),
        sql`${agendaItems.position}`,
      ),
    })
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meetings.id));
  const [row] = await db
    .select({
      slug: workingGroups.slug,
      name: localizedValues(workingGroups, "name"),
      commission: localizedValues(workingGroups, "commission"),
      number: meetings.number,
      startsOn: meetings.startsOn,
      endsOn: meetings.endsOn,
      city: localizedValues(meetings, "city"),
      country: meetings.country,
      state: meetings.state,
      briefCutoffOn: meetings.briefCutoffOn,
      previous: sql<MeetingHeader["previous"]>`(${previous})`,
      plan: sql<MeetingHeader["plan"]>`(${plan})`,
      agenda: scalar(agenda),
    })
    .from(meetings)
    .innerJoin(workingGroups, eq(workingGroups.id, meetings.groupId))
    .where(and(eq(meetings.groupId, groupId), eq(meetings.number, meetingNumber)));
  return row ? { ...row, agenda: row.agenda ?? [] } : null;
}

/** What a document's head says of the meeting and its group. */
export function documentHeader(header: MeetingHeader): BriefHeader {
  return {
    group: { slug: header.slug, name: header.name, commission: header.commission },
    meeting: {
      number: header.number,
      startsOn: header.startsOn,
      endsOn: header.endsOn,
      city: header.city,
      country: header.country,
      state: header.state,
    },
  };
}

/** The status updates posted in the period on the projects in scope. */
function loadUpdates(db: Executor, b: Bounds) {
  return db
    .select({
      projectId: statusUpdates.projectId,
      at: statusUpdates.createdAt,
      author: users.name,
      side: statusUpdates.authorDelegation,
      status: statusUpdates.status,
      previousStatus: statusUpdates.previousStatus,
      note: statusUpdates.note,
      noteLocale: statusUpdates.noteLocale,
      nextSteps: statusUpdates.nextSteps,
      translations: updateTranslations,
      confirmed: sql<boolean>`coalesce(${statusConfirmations.createdAt} < ${periodEnd(b)}, false)`,
    })
    .from(statusUpdates)
    .innerJoin(users, eq(users.id, statusUpdates.authorId))
    .leftJoin(statusConfirmations, eq(statusConfirmations.updateId, statusUpdates.id))
    .where(
      and(
        eq(statusUpdates.groupId, b.groupId),
        gte(statusUpdates.createdAt, periodStart(b)),
        lt(statusUpdates.createdAt, periodEnd(b)),
        inArray(
          statusUpdates.projectId,
          db.select({ id: projects.id }).from(projects).where(briefScope(b)),
        ),
      ),
    )
    .orderBy(asc(statusUpdates.createdAt), asc(statusUpdates.id));
}

type UpdateRow = Awaited<ReturnType<typeof loadUpdates>>[number];

/** The group's action items still open at the cut-off, soonest due first. */
function loadOpenActions(db: Executor, b: Bounds) {
  const end = periodEnd(b);
  return (
    db
      .select({
        id: actionItems.id,
        text: localizedValues(actionItems, "text"),
        dueOn: actionItems.dueOn,
        ownerName: users.name,
        ownerSide: users.delegation,
        meetingNumber: meetings.number,
        projectCode: projects.code,
        projectTitle: localizedValues(projects, "title"),
      })
      .from(actionItems)
      .innerJoin(users, eq(users.id, actionItems.ownerId))
      .leftJoin(meetings, eq(meetings.id, actionItems.meetingId))
      .leftJoin(projects, eq(projects.id, actionItems.projectId))
      .where(
        and(
          eq(actionItems.groupId, b.groupId),
          lt(actionItems.createdAt, end),
          or(isNull(actionItems.doneAt), gte(actionItems.doneAt, end)),
        ),
      )
      // Ascending puts what has no due date, meeting or project last, as PostgreSQL does.
      .orderBy(
        asc(actionItems.dueOn),
        asc(meetings.number),
        asc(actionItems.createdAt),
        asc(projects.code),
        asc(actionItems.id),
      )
  );
}

export interface BriefOptions {
  groupId: string;
  meetingNumber: number;
  /** ISO date; default (and when invalid or before the period starts): the meeting's first day. */
  cutoff?: string | null;
  /** All the plan's projects (the default), or only those open at the cut-off. */
  scope?: BriefScope;
  now?: Date;
}

const missingIn = (t: Record<Locale, string | null>): Locale[] =>
  LOCALES.filter((l) => !t[l]?.trim());

function project(row: ProjectRow, updates: UpdateRow[], cutoff: string): BriefProject {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    missing: missingIn(row.title),
    plannedEnd: row.plannedEnd,
    start: row.start,
    end: row.end,
    progressDelta: row.end.progress - row.start.progress,
    transitions: updates.flatMap((u) =>
      u.previousStatus && u.previousStatus !== u.status
        ? [{ at: toIso(u.at), from: u.previousStatus, to: u.status }]
        : [],
    ),
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
        translations: u.translations.map((tr) => ({
          locale: tr.locale,
          note: tr.note,
          nextSteps: tr.nextSteps,
          by: tr.translatorName,
        })),
      })),
    updatesInPeriod: row.updatesInPeriod,
    lastUpdateAt: row.lastUpdateAt,
    overdue: !!row.plannedEnd && row.plannedEnd < cutoff && !CLOSED.includes(row.end.status),
    stale: !CLOSED.includes(row.end.status) && row.updatesInPeriod === 0,
  };
}

/** The brief's projects counted by place, by health at the cut-off; most projects first. */
function placeFiguresOf(
  projects: readonly BriefProject[],
  placesOf: Map<string, PlaceRef[]>,
): PlaceFigure[] {
  const byKey = new Map<string, PlaceFigure>();
  for (const p of projects) {
    for (const place of placesOf.get(p.id) ?? []) {
      let figure = byKey.get(place.key);
      if (!figure) {
        figure = {
          ...place,
          total: 0,
          health: Object.fromEntries(PROJECT_HEALTHS.map((h) => [h, 0])) as PlaceFigure["health"],
        };
        byKey.set(place.key, figure);
      }
      figure.total++;
      if (p.end.health) figure.health[p.end.health]++;
    }
  }
  return [...byKey.values()].sort((a, b) => b.total - a.total || a.key.localeCompare(b.key));
}

/**
 * Everything the brief for one meeting shows, in five queries: the meeting and its
 * context, the projects with their state at both ends of the period (and their places), the
 * updates of the period, the open action items, and the documents of the period. Null when
 * the group has no meeting with that number.
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
  const [projectRows, updateRows, actionRows, documents] = await Promise.all([
    loadProjects(db, b),
    loadUpdates(db, b),
    loadOpenActions(db, b),
    documentsAddedBetween(db, b.groupId, briefScope(b), periodStart(b), periodEnd(b), header.slug),
  ]);

  const placesOf = new Map(projectRows.map((r) => [r.id, r.places]));
  const updatesOf = new Map<string, UpdateRow[]>();
  for (const u of updateRows)
    updatesOf.set(u.projectId, [...(updatesOf.get(u.projectId) ?? []), u]);
  const areas: BriefArea[] = [];
  const projects: BriefProject[] = [];
  const scope = options.scope ?? "all";
  for (const row of projectRows) {
    if (scope === "active" && CLOSED.includes(row.end.status)) continue;
    const p = {
      ...project(row, updatesOf.get(row.id) ?? [], period.to),
      documents: documents.get(row.id) ?? [],
    };
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
    project:
      a.projectCode && a.projectTitle ? { code: a.projectCode, title: a.projectTitle } : null,
  }));

  const { plan } = header;
  return {
    generatedAt: (options.now ?? new Date()).toISOString(),
    header: documentHeader(header),
    period,
    plan: plan
      ? {
          number: plan.number,
          periodStart: plan.periodStart,
          periodEnd: plan.periodEnd,
          approvedOn: plan.approvedOn,
        }
      : null,
    agenda: header.agenda,
    scope,
    summary: summarize(projects),
    areas,
    actionItems: {
      overdue: actions.filter((a) => a.overdue),
      open: actions.filter((a) => !a.overdue),
    },
    notUpdated: projects
      .filter((p) => p.updatesInPeriod === 0)
      .map(({ id, code, title, end, lastUpdateAt }) => ({ id, code, title, end, lastUpdateAt })),
    places: placeFiguresOf(projects, placesOf),
  };
}
