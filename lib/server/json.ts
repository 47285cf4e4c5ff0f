import "server-only";
import { type AnyColumn, type GetColumnData, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import { type LocalizedKey, localizedValues } from "@/lib/i18n/localized";

/**
 * JSON built by the database from columns the compiler knows: for reads that gather several
 * lists or a nested record into one statement (docs/performance.md, "one statement per
 * concern"). The result's type follows the columns, so renaming or retyping one fails `tsc`.
 */

type Field = AnyColumn | SQL<unknown>;

/** What a value becomes in JSON: a timestamp turns into ISO 8601 text. */
type Jsonified<T> = T extends Date ? string : T;

type ValueOf<F> = F extends AnyColumn
  ? Jsonified<GetColumnData<F>>
  : F extends SQL<infer T>
    ? Jsonified<T>
    : never;

export type JsonShape<T extends Record<string, Field>> = { [K in keyof T]: ValueOf<T[K]> };

/** A field's text in every language (`${field}Nb`, …) as one JSON object: `{ nb, ru, en }`. */
export function jsonTexts<F extends string, T extends Record<LocalizedKey<F>, Field>>(
  table: T,
  field: F,
) {
  return jsonObject(localizedValues(table, field));
}

/** `json_build_object('key', value, …)`, typed by its columns and expressions. */
export function jsonObject<T extends Record<string, Field>>(fields: T): SQL<JsonShape<T>> {
  const pairs = Object.entries(fields).map(([key, value]) => {
    // Keys are the code's own property names, never input: safe as literals.
    if (!/^\w+$/.test(key)) throw new Error(`not a JSON key: ${key}`);
    return sql`${sql.raw(`'${key}'`)}, ${value}`;
  });
  return sql<JsonShape<T>>`json_build_object(${sql.join(pairs, sql`, `)})`;
}

/** The rows' objects as one JSON array in the given order; an empty array when there are none. */
export function jsonList<T>(object: SQL<T>, ...orderBy: SQL[]): SQL<T[]> {
  const order = orderBy.length ? sql` order by ${sql.join(orderBy, sql`, `)}` : sql``;
  return sql<T[]>`coalesce(json_agg(${object}${order}), '[]'::json)`;
}

/** A column of a left-joined table: null when no row joined. */
export function orNull<C extends AnyColumn>(column: C): SQL<GetColumnData<C> | null> {
  return sql<GetColumnData<C> | null>`${column}`;
}

/**
 * A correlated subquery of one row and one column (a `jsonList`, a `jsonObject`) as a value of
 * the outer row, typed by that column: `scalar(db.select({ list }).from(…).where(…))`.
 */
export function scalar<T>(
  query: SQLWrapper & { readonly _: { readonly result: Record<string, T>[] } },
): SQL<T | null> {
  return sql<T | null>`(${query})`;
}
