import "server-only";
import {
  type AnyColumn,
  and,
  inArray,
  isNotNull,
  isNull,
  lt,
  notInArray,
  or,
  type SQL,
  sql,
} from "drizzle-orm";
import { projects } from "@/db/schema";
import type { Delegation } from "@/lib/vocabulary";

/** Planned end passed while neither completed nor cancelled. `today` is an ISO date. */
export function overdueCondition(today: string): SQL {
  return and(
    lt(projects.plannedEnd, today),
    notInArray(projects.status, ["completed", "cancelled"]),
  ) as SQL;
}

/** A group id, or a column holding it (for queries across several groups). */
export type GroupRef = string | AnyColumn;

/**
 * The date from which an update counts as fresh: the first day of the group's last held
 * meeting, or 90 days before today when the group has held none.
 */
export function freshSince(groupId: GroupRef, today: string): SQL<string> {
  return sql<string>`coalesce(
    (select max(m.starts_on) from meetings m where m.group_id = ${groupId} and m.state = 'held'),
    ${today}::date - 90)`;
}

/** An open project with no update since the last held meeting (or in 90 days). */
export function staleCondition(groupId: GroupRef, today: string): SQL {
  return and(
    notInArray(projects.status, ["completed", "cancelled"]),
    or(
      isNull(projects.lastUpdateAt),
      sql`${projects.lastUpdateAt} < ${freshSince(groupId, today)}`,
    ),
  ) as SQL;
}

/**
 * Only one delegation has reported since the last held meeting (or in 90 days): the other
 * side has not stood behind the project's state lately.
 *
 * For one group, the projects reported on by one side are found once, from the group's
 * recent updates (index status_updates (group_id, created_at)), and looked up by hash — not
 * one subquery per project (min = max: one side only, without sorting for a distinct count).
 * Across groups (a column), per project.
 */
export function oneSidedCondition(groupId: GroupRef, today: string): SQL {
  if (typeof groupId === "string") {
    return sql`${projects.id} in (select u.project_id from status_updates u
      where u.group_id = ${groupId} and u.created_at >= ${freshSince(groupId, today)}
      group by u.project_id having min(u.author_delegation) = max(u.author_delegation))`;
  }
  return sql`(select count(distinct u.author_delegation) from status_updates u
    where u.project_id = ${projects.id} and u.created_at >= ${freshSince(groupId, today)}) = 1`;
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

const MAX_TERMS = 8;

/** Words of a search, each matched on its own (all must match). */
export function searchTerms(query: string): string[] {
  return query
    .normalize("NFC")
    .split(/\s+/u)
    .map((term) => term.replace(/\p{Cc}/gu, "").trim())
    .filter((term) => term.length > 0)
    .slice(0, MAX_TERMS);
}

function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Case-insensitive, accent- and script-insensitive search over code, titles, summaries,
 * organisations, places and partners: both sides are folded by the same SQL function, so
 * "Мурманск" matches "Murmansk" and "tromso" matches "Tromsø".
 */
export function searchCondition(query: string): SQL | undefined {
  const terms = searchTerms(query);
  if (!terms.length) return undefined;
  return and(
    ...terms.map(
      (term) =>
        sql`${projects.searchText} like '%' || workplan_fold(${escapeLike(term)}) || '%' escape '\\'`,
    ),
  );
}
