import { sql } from "drizzle-orm";
import { type Executor, queryRows } from "@/db/client";

/** The columns that say whose a row is, in the tables an account's own actions write. */
const OWNER_COLUMNS: Record<string, string> = {
  users: "id",
  two_factor_credentials: "user_id",
  recovery_codes: "user_id",
  audit_events: "actor_id",
  notifications: "user_id",
  notification_preferences: "user_id",
  access_tokens: "user_id",
  idempotency_keys: "user_id",
  user_sessions: "user_id",
};

export async function tableNames(db: Executor): Promise<string[]> {
  const rows = await queryRows<{ name: string }>(
    db,
    sql`select tablename as name from pg_tables where schemaname = 'public' order by tablename`,
  );
  return rows.map((row) => row.name);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A digest of every row of every table, per table, in one query: a refused action must leave
 * each of them as it was. With `owner`, split instead into the rows that belong to that user
 * (`mine`) and everything else: an action on one's own account may change only the former.
 */
export async function fingerprint(
  db: Executor,
  tables: readonly string[],
  owner?: string,
): Promise<Record<string, string>> {
  if (owner !== undefined && !UUID.test(owner)) throw new Error("owner must be a user id");
  const digest = (from: string, where = "true") =>
    `md5(coalesce((select string_agg(x::text, '|' order by x::text) from ${from} x where ${where}), ''))`;
  const parts = tables.flatMap((table) => {
    const from = `"${table}"`;
    const column = OWNER_COLUMNS[table];
    if (owner === undefined || !column) return [`select '${table}' as k, ${digest(from)} as h`];
    const mine = `x.${column} = '${owner}'`;
    return [
      `select '${table}' as k, ${digest(from, `x.${column} is distinct from '${owner}'`)} as h`,
      `select 'mine:${table}' as k, ${digest(from, mine)} as h`,
    ];
  });
  const rows = await queryRows<{ k: string; h: string }>(db, sql.raw(parts.join(" union all ")));
  return Object.fromEntries(rows.map((row) => [row.k, row.h]));
}

/** The entries of `after` that differ from `before`: the tables (or own rows) that changed. */
export function changed(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys(after).filter((key) => before[key] !== after[key]);
}
