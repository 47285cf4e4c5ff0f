import "server-only";
import { and, asc, between, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { decisions, meetings, workingGroups, workPlans } from "@/db/schema";
import type { BriefPlan, ReportArea, ReportModel, Texts } from "@/lib/brief/types";
import { loadAreaFigures } from "@/lib/dashboard/queries/areas";
import { averageProgress, sumFigures } from "@/lib/dashboard/rules";
import { approvedPlan } from "@/lib/plans/queries";
import { addDays, parseIsoDate } from "@/lib/print/languages";
import { jsonList, jsonObject, jsonTexts, scalar } from "@/lib/server/json";

/**
 * The requested period when it is valid; otherwise the last twelve months up to today — or,
 * when the approved plan's period ended before those months began, the plan's period.
 */
export function reportPeriod(
  requested: { from?: string | null; to?: string | null },
  today: string,
  plan: BriefPlan | null,
): ReportModel["period"] {
  const from = parseIsoDate(requested.from);
  const to = parseIsoDate(requested.to);
  if (from && to && from <= to) return { from, to, defaulted: false, invalid: false };
  const invalid = Boolean(requested.from || requested.to);
  // The day after the same date a year earlier (29 February falls back to the 28th).
  const d = new Date(`${today}T00:00:00Z`);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth() + 1, 0)).getUTCDate();
  const back = Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), Math.min(d.getUTCDate(), lastDay));
  const yearAgo = addDays(new Date(back).toISOString().slice(0, 10), 1);
  if (plan && `${plan.periodEnd}-12-31` < yearAgo)
    return {
      from: `${plan.periodStart}-01-01`,
      to: `${plan.periodEnd}-12-31`,
      defaulted: true,
      invalid,
    };
  return { from: yearAgo, to: today, defaulted: true, invalid };
}

/**
 * The report of one working group to the commission for a period: the approved plan's
 * figures per cooperation area (the dashboard's own query and definitions) and the
 * decisions of the meetings held in the period. Three queries; null for an unknown group.
 */
export async function buildReport(
  db: Executor,
  options: { groupId: string; from?: string | null; to?: string | null; today: string; now?: Date },
): Promise<ReportModel | null> {
  const plan = db
    .select({
      plan: jsonObject({
        number: workPlans.number,
        periodStart: workPlans.periodStart,
        periodEnd: workPlans.periodEnd,
        approvedOn: workPlans.approvedOn,
      }),
    })
    .from(workPlans)
    .where(and(eq(workPlans.groupId, workingGroups.id), approvedPlan));
  const [group] = await db
    .select({
      slug: workingGroups.slug,
      name: { nb: workingGroups.nameNb, ru: workingGroups.nameRu, en: workingGroups.nameEn },
      commission: {
        nb: workingGroups.commissionNb,
        ru: workingGroups.commissionRu,
        en: workingGroups.commissionEn,
      },
      plan: scalar(plan),
    })
    .from(workingGroups)
    .where(eq(workingGroups.id, options.groupId));
  if (!group) return null;
  const period = reportPeriod(options, options.today, group.plan);
  const [areas, meetings] = await Promise.all([
    loadAreaFigures(
      db,
      { groupId: options.groupId, userId: "", today: options.today, locale: "en" },
      { plan: undefined, side: undefined },
    ),
    loadMeetings(db, options.groupId, period),
  ]);
  const toArea = (id: string | null, name: Texts, f: ReportArea["figures"]): ReportArea => ({
    id,
    name,
    figures: { total: f.total, status: f.status, overdue: f.overdue, progressSum: f.progressSum },
    averageProgress: averageProgress(f),
  });
  const totals = sumFigures(areas);
  return {
    generatedAt: (options.now ?? new Date()).toISOString(),
    asOf: options.today,
    timeZone: "Europe/Oslo",
    group: { slug: group.slug, name: group.name, commission: group.commission },
    period,
    plan: group.plan,
    areas: areas.map((a) => toArea(a.areaId, a.name, a)),
    total: toArea(null, { nb: null, ru: null, en: null }, totals),
    meetings: meetings.map((m) => ({ ...m, decisions: m.decisions ?? [] })),
  };
}

/** The meetings held in the period, each with its decisions in order. */
function loadMeetings(db: Executor, groupId: string, period: { from: string; to: string }) {
  const decided = db
    .select({
      list: jsonList(
        jsonObject({
          position: decisions.position,
          text: jsonTexts(decisions, "text"),
        }),
        asc(decisions.position),
      ),
    })
    .from(decisions)
    .where(eq(decisions.meetingId, meetings.id));
  return db
    .select({
      number: meetings.number,
      startsOn: meetings.startsOn,
      endsOn: meetings.endsOn,
      city: { nb: meetings.cityNb, ru: meetings.cityRu, en: meetings.cityEn },
      decisions: scalar(decided),
    })
    .from(meetings)
    .where(
      and(
        eq(meetings.groupId, groupId),
        eq(meetings.state, "held"),
        between(meetings.startsOn, sql`${period.from}::date`, sql`${period.to}::date`),
      ),
    )
    .orderBy(asc(meetings.startsOn), asc(meetings.number));
}
