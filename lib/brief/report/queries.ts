import { sql } from "drizzle-orm";
import { type Executor, queryRows } from "@/db/client";
import type { BriefPlan, MeetingRef, Texts } from "@/lib/brief/types";
import { type AreaFigures, loadAreaFigures, sumFigures } from "@/lib/dashboard/queries/areas";
import { averageProgress } from "@/lib/dashboard/rules";
import { addDays, parseIsoDate } from "@/lib/print/languages";

export interface ReportArea {
  id: string | null;
  name: Texts;
  figures: Pick<AreaFigures, "total" | "status" | "overdue" | "progressSum">;
  averageProgress: number | null;
}

export interface ReportModel {
  generatedAt: string;
  /** The day the figures describe (the projects' current state). */
  asOf: string;
  timeZone: string;
  group: { slug: string; name: Texts; commission: Texts };
  period: { from: string; to: string; defaulted: boolean; invalid: boolean };
  plan: BriefPlan | null;
  areas: ReportArea[];
  total: ReportArea;
  meetings: (MeetingRef & { decisions: { position: number; text: Texts }[] })[];
}

interface GroupRow extends Record<string, unknown> {
  slug: string;
  name: Texts;
  commission: Texts;
  plan: BriefPlan | null;
}

const texts = (alias: string, column: string) =>
  sql.raw(
    `json_build_object('nb', ${alias}.${column}_nb, 'ru', ${alias}.${column}_ru, 'en', ${alias}.${column}_en)`,
  );

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
  const [group] = await queryRows<GroupRow>(
    db,
    sql`select g.slug, ${texts("g", "name")} as name, ${texts("g", "commission")} as commission,
        (select json_build_object('number', w.number, 'periodStart', w.period_start,
            'periodEnd', w.period_end, 'approvedOn', w.approved_on)
          from work_plans w where w.group_id = g.id and w.state = 'approved') as plan
      from working_groups g where g.id = ${options.groupId}`,
  );
  if (!group) return null;
  const period = reportPeriod(options, options.today, group.plan);
  const [areas, meetings] = await Promise.all([
    loadAreaFigures(
      db,
      { groupId: options.groupId, userId: "", today: options.today, locale: "en" },
      { plan: undefined, side: undefined },
    ),
    queryRows<ReportModel["meetings"][number] & Record<string, unknown>>(
      db,
      sql`select m.number, m.starts_on::text as "startsOn", m.ends_on::text as "endsOn",
          ${texts("m", "city")} as city,
          coalesce((select json_agg(json_build_object('position', d.position, 'text', ${texts("d", "text")})
              order by d.position) from decisions d where d.meeting_id = m.id), '[]'::json) as decisions
        from meetings m
        where m.group_id = ${options.groupId} and m.state = 'held'
          and m.starts_on between ${period.from}::date and ${period.to}::date
        order by m.starts_on, m.number`,
    ),
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
    meetings,
  };
}
