import { and, inArray, isNotNull, isNull, lt, notInArray, or, type SQL, sql } from "drizzle-orm";
import { projects } from "@/db/schema";
import type { Delegation } from "@/db/schema/enums";

/** Planned end passed while neither completed nor cancelled. `today` is an ISO date. */
export function overdueCondition(today: string): SQL {
  return and(
    lt(projects.plannedEnd, today),
    notInArray(projects.status, ["completed", "cancelled"]),
  ) as SQL;
}

/**
 * The date from which an update counts as fresh: the first day of the group's last held
 * meeting, or 90 days before today when the group has held none.
 */
export function freshSince(groupId: string, today: string): SQL<string> {
  return sql<string>`coalesce(
    (select max(m.starts_on) from meetings m where m.group_id = ${groupId} and m.state = 'held'),
    ${today}::date - 90)`;
}

/** An open project with no update since the last held meeting (or in 90 days). */
export function staleCondition(groupId: string, today: string): SQL {
  return and(
    notInArray(projects.status, ["completed", "cancelled"]),
    or(
      isNull(projects.lastUpdateAt),
      sql`${projects.lastUpdateAt} < ${freshSince(groupId, today)}`,
    ),
  ) as SQL;
}

/** Projects with a lead organisation or a contact person on the given side (or both sides). */
export function sideCondition(side: Delegation | "both"): SQL {
  const no = or(isNotNull(projects.leadOrgNo), isNotNull(projects.contactNoId)) as SQL;
  const ru = or(isNotNull(projects.leadOrgRu), isNotNull(projects.contactRuId)) as SQL;
  if (side === "NO") return no;
  if (side === "RU") return ru;
  return and(no, ru) as SQL;
}

export function statusIn(statuses: readonly string[]): SQL | undefined {
  return statuses.length ? inArray(projects.status, statuses as never[]) : undefined;
}
