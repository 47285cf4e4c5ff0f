import { API_PAGE_DEFAULT, API_PAGE_MAX } from "./rules";

/*
 * Cursor paging. A cursor is opaque to clients (base64url JSON): the project list pages by its
 * code (keyset: a change between pages neither repeats nor skips a project), the action-item
 * list by page number.
 */

export type Cursor = { after: string } | { page: number };

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor), "utf8").toString("base64url");
}

/** The cursor sent, or null when there is none; "invalid" for anything that is not ours. */
export function decodeCursor(value: string | null): Cursor | null | "invalid" {
  if (value === null || value === "") return null;
  if (value.length > 400 || !/^[A-Za-z0-9_-]+$/.test(value)) return "invalid";
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (typeof parsed !== "object" || parsed === null) return "invalid";
    const { after, page } = parsed as { after?: unknown; page?: unknown };
    if (typeof after === "string" && after.length <= 64 && !after.includes("\u0000"))
      return { after };
    if (typeof page === "number" && Number.isInteger(page) && page >= 1 && page <= 100_000)
      return { page };
    return "invalid";
  } catch {
    return "invalid";
  }
}

/** `limit` as sent: a whole number from 1 to API_PAGE_MAX, else null (refused). */
export function parseLimit(value: string | null): number | null {
  if (value === null || value === "") return API_PAGE_DEFAULT;
  if (!/^\d{1,4}$/.test(value)) return null;
  const limit = Number(value);
  return limit >= 1 && limit <= API_PAGE_MAX ? limit : null;
}

/** The query's parameters as the list parsers take them: repeated names become arrays. */
export function queryRecord(params: URLSearchParams): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    record[key] = values.length > 1 ? values : (values[0] ?? "");
  }
  return record;
}
