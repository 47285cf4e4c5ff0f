import { and, type SQL, sql } from "drizzle-orm";
import { projects } from "@/db/schema";

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
