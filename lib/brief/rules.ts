import type {
  BriefArea,
  BriefPeriod,
  BriefProject,
  BriefScope,
  BriefSummary,
  MeetingHeader,
} from "@/lib/brief/types";
import { timeZoneFor } from "@/lib/i18n/time-zone";
import { addDays, parseIsoDate } from "@/lib/print/languages";
import {
  type Locale,
  PROJECT_HEALTHS,
  PROJECT_STATUSES,
  type ProjectHealth,
  type ProjectStatus,
} from "@/lib/vocabulary";

/** Projects done one way or the other: neither overdue nor stale any more. */
export const CLOSED: ProjectStatus[] = ["completed", "cancelled"];

/** A moment as the documents keep it: ISO 8601 in UTC. */
export const toIso = (value: string | Date) => new Date(value).toISOString();

/** The earlier of two ISO dates. */
const earlier = (a: string, b: string) => (a.localeCompare(b) <= 0 ? a : b);

/**
 * The period: from the previous held meeting's first day (or the plan's approval) to the
 * cut-off — the one asked for, else the meeting's own (its first day unless set).
 */
export function briefPeriod(
  header: Pick<MeetingHeader, "country" | "previous" | "plan" | "startsOn" | "briefCutoffOn">,
  requested?: string | null,
): BriefPeriod {
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
  const to = header.briefCutoffOn ?? header.startsOn;
  const fallback = start(to);
  return {
    from: earlier(fallback.from, to),
    basis: fallback.basis,
    to,
    previousMeeting: header.previous,
    timeZone,
  };
}

/** The brief's headline figures, from its projects' state at the cut-off. */
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

/** The notes of a brief without a translation into one of its languages, and their projects. */
export interface TranslationGap {
  locale: Locale;
  count: number;
  projects: Pick<BriefProject, "code" | "title">[];
}

/**
 * Per language (by default the two sides'), the brief's notes written in another one and not
 * translated into it: what coordinators see before the meeting, with the projects to fix.
 */
export function translationGaps(
  areas: readonly BriefArea[],
  locales: readonly Locale[] = ["nb", "ru"],
): TranslationGap[] {
  const projects = areas.flatMap((a) => a.projects);
  return locales.map((locale) => {
    const concerned: Pick<BriefProject, "code" | "title">[] = [];
    let count = 0;
    for (const p of projects) {
      const lacking = p.notes.filter(
        (n) => n.locale !== locale && !n.translations?.some((t) => t.locale === locale),
      ).length;
      count += lacking;
      if (lacking) concerned.push({ code: p.code, title: p.title });
    }
    return { locale, count, projects: concerned };
  });
}

/** The brief's project scope from a query string: "active", else every project of the plan. */
export const parseBriefScope = (value: unknown): BriefScope =>
  value === "active" ? "active" : "all";
