import "server-only";
import type { z } from "zod";
import type { ActionItemRow } from "@/lib/action-items/types";
import type { AdminAreaRow } from "@/lib/admin/groups/types";
import { localizedValues } from "@/lib/i18n/localized";
import type { MeetingActionItem, MeetingDetail, MeetingSummary } from "@/lib/meetings/types";
import type { PlanProject, PlanSummary } from "@/lib/plans/types";
import type { ProjectRow } from "@/lib/projects/list/types";
import type { ProjectDetail } from "@/lib/projects/types";
import type * as S from "./schemas";

/*
 * The domain queries' results as the API shows them (lib/api/schemas.ts): internal ids of
 * records that have a public identifier (a project's code, a plan's or meeting's number) are
 * left out, dates become ISO text, and every language's text is given.
 */

type Out<T extends z.ZodType> = z.output<T>;

const iso = (value: Date | string | null | undefined): string | null =>
  value === null || value === undefined
    ? null
    : value instanceof Date
      ? value.toISOString()
      : new Date(value).toISOString();

const localized = (v: { nb?: string | null; ru?: string | null; en?: string | null }) => ({
  nb: v.nb ?? null,
  ru: v.ru ?? null,
  en: v.en ?? null,
});

export function areaOut(row: AdminAreaRow): Out<typeof S.Area> {
  return {
    id: row.id,
    position: row.position,
    name: localizedValues(row, "name"),
    dacCode: row.dacCode,
    archived: row.archivedAt !== null,
    projects: row.projects,
  };
}

export function planSummaryOut(plan: PlanSummary): Out<typeof S.PlanSummary> {
  return {
    number: plan.number,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    state: plan.state,
    approvedOn: plan.approvedOn,
    supersededAt: iso(plan.supersededAt),
    meeting: plan.meeting
      ? { number: plan.meeting.number, city: localized(plan.meeting.city) }
      : null,
    projectCount: plan.projectCount,
    carriedOverCount: plan.carriedOverCount,
  };
}

export function planProjectOut(p: PlanProject): Out<typeof S.PlanProject> {
  return {
    code: p.code,
    title: localized(p.title),
    area: { id: p.area.id, position: p.area.position, name: localized(p.area.name) },
    status: p.status,
    health: p.health,
    progress: p.progress,
    carriedOver: p.carriedOver,
    archived: p.archived,
  };
}

export function projectListItemOut(row: ProjectRow): Out<typeof S.ProjectListItem> {
  return {
    code: row.code,
    title: localizedValues(row, "title"),
    area: localizedValues(row, "area"),
    status: row.status,
    health: row.health,
    progress: row.progress,
    plannedEnd: row.plannedEnd,
    lastUpdateAt: iso(row.lastUpdateAt),
    awaitingConfirmationFrom: row.awaitingConfirmationFrom,
    archived: row.archived,
    contacts: {
      no: row.contactNoId ? { id: row.contactNoId, name: row.contactNoName ?? "" } : null,
      ru: row.contactRuId ? { id: row.contactRuId, name: row.contactRuName ?? "" } : null,
    },
    overdue: row.overdue,
    stale: row.stale,
  };
}

export function projectOut(p: ProjectDetail): Out<typeof S.Project> {
  return {
    code: p.code,
    version: p.version,
    title: localized(p.title),
    summary: localized(p.summary),
    area: p.area,
    status: p.status,
    health: p.health,
    progress: p.progress,
    plannedStart: p.plannedStart,
    plannedEnd: p.plannedEnd,
    leadOrganisations: { no: p.leadOrgNo, ru: p.leadOrgRu },
    contacts: { no: p.contactNo, ru: p.contactRu },
    partners: p.partners,
    places: p.places.map((place) => place.names.en),
    funding: p.funding,
    lastUpdateAt: iso(p.lastUpdateAt),
    awaitingConfirmationFrom: p.awaitingConfirmationFrom,
    archivedAt: iso(p.archivedAt),
    milestones: p.milestones.map((m) => ({
      id: m.id,
      title: localized(m.title),
      dueOn: m.dueOn,
      doneOn: m.doneOn,
    })),
    plans: p.plans.map((plan) => ({
      number: plan.number,
      periodStart: plan.periodStart,
      periodEnd: plan.periodEnd,
      state: plan.state,
      carriedOver: plan.carriedOver,
    })),
    latestUpdate: p.latestUpdate
      ? {
          ...p.latestUpdate,
          createdAt: iso(p.latestUpdate.createdAt) ?? p.latestUpdate.createdAt,
          confirmation: p.latestUpdate.confirmation
            ? {
                ...p.latestUpdate.confirmation,
                at: iso(p.latestUpdate.confirmation.at) ?? p.latestUpdate.confirmation.at,
              }
            : null,
        }
      : null,
  };
}

export function meetingSummaryOut(m: MeetingSummary): Out<typeof S.MeetingSummary> {
  return {
    number: m.number,
    startsOn: m.startsOn,
    endsOn: m.endsOn,
    city: localized(m.city),
    country: m.country,
    state: m.state,
    closed: m.closed,
    agendaItems: m.agendaItems,
    decisions: m.decisions,
    openActionItems: m.openActionItems,
  };
}

const linkedOut = (p: { code: string; title: Parameters<typeof localized>[0] }) => ({
  code: p.code,
  title: localized(p.title),
});

function meetingItemOut(
  item: MeetingActionItem,
  meeting: { number: number; city: Out<typeof S.Localized> },
): Out<typeof S.ActionItem> {
  return {
    id: item.id,
    text: localized(item.text),
    owner: { id: item.ownerId, name: item.ownerName, side: item.ownerDelegation },
    dueOn: item.dueOn,
    doneAt: iso(item.doneAt),
    doneBy: item.doneByName,
    project: item.project ? linkedOut(item.project) : null,
    meeting,
    overdue: item.overdue,
  };
}

export function meetingOut(m: MeetingDetail, items: MeetingActionItem[]): Out<typeof S.Meeting> {
  const city = localized(m.city);
  return {
    number: m.number,
    startsOn: m.startsOn,
    endsOn: m.endsOn,
    city,
    country: m.country,
    state: m.state,
    closedAt: iso(m.closedAt),
    minutes: localized(m.minutes),
    attendees: m.attendees.map((a) => ({
      name: a.name,
      side: a.delegation,
      capacity: a.capacity,
      position: a.position,
    })),
    agenda: m.agenda.map((a) => ({
      position: a.position,
      title: localized(a.title),
      projects: a.projects.map(linkedOut),
    })),
    decisions: m.decisions.map((d) => ({
      position: d.position,
      text: localized(d.text),
      project: d.project ? linkedOut(d.project) : null,
    })),
    actionItems: items.map((item) => meetingItemOut(item, { number: m.number, city })),
    previousNumber: m.previousNumber,
    nextNumber: m.nextNumber,
  };
}

export function actionItemOut(row: ActionItemRow): Out<typeof S.ActionItem> {
  return {
    id: row.id,
    text: localizedValues(row, "text"),
    owner: { id: row.ownerId, name: row.ownerName, side: row.ownerDelegation },
    dueOn: row.dueOn,
    doneAt: iso(row.doneAt),
    doneBy: row.doneByName,
    project:
      row.projectCode !== null
        ? {
            code: row.projectCode,
            title: localizedValues(row, "projectTitle"),
          }
        : null,
    meeting:
      row.meetingNumber !== null
        ? {
            number: row.meetingNumber,
            city: localizedValues(row, "meetingCity"),
          }
        : null,
    overdue: row.overdue,
  };
}
