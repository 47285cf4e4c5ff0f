import "server-only";

/**
 * Typed mappers for the few raw statements a measured plan needs (docs/performance.md): the
 * compiler cannot check their columns against the schema, so each reader checks at run time
 * what a cast would only have assumed. A renamed column, a changed type or a missing key then
 * fails here, naming the field, instead of rendering "undefined" further on.
 */
export type Row = Record<string, unknown>;

function fail(key: string, expected: string, value: unknown): never {
  const found = value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;
  throw new TypeError(`raw row: "${key}" is ${found}, expected ${expected}`);
}

export function text(row: Row, key: string): string {
  const value = row[key];
  return typeof value === "string" ? value : fail(key, "text", value);
}

export function textOrNull(row: Row, key: string): string | null {
  return row[key] === null ? null : text(row, key);
}

/** A whole number; PostgreSQL's bigint and numeric arrive as text from some drivers. */
export function int(row: Row, key: string): number {
  const value = row[key];
  const number = typeof value === "string" && /^-?\d+$/.test(value) ? Number(value) : value;
  return typeof number === "number" && Number.isInteger(number)
    ? number
    : fail(key, "a whole number", value);
}

export function intOrNull(row: Row, key: string): number | null {
  return row[key] === null ? null : int(row, key);
}

/** One of a fixed set of words (an enum of the schema). */
export function oneOf<T extends string>(row: Row, key: string, values: readonly T[]): T {
  const value = row[key];
  return (values as readonly unknown[]).includes(value)
    ? (value as T)
    : fail(key, `one of ${values.join(", ")}`, value);
}

export function oneOfOrNull<T extends string>(
  row: Row,
  key: string,
  values: readonly T[],
): T | null {
  return row[key] === null ? null : oneOf(row, key, values);
}

/** A moment as ISO 8601 text: drivers give a timestamp as a Date or as text. */
export function moment(row: Row, key: string): string {
  const value = row[key];
  const date =
    value instanceof Date ? value : typeof value === "string" ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : fail(key, "a moment", value);
}

export function momentOrNull(row: Row, key: string): string | null {
  return row[key] === null ? null : moment(row, key);
}

const isRecord = (value: unknown): value is Row =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** An object the statement built (json_build_object). */
export function record(row: Row, key: string): Row {
  const value = row[key];
  return isRecord(value) ? value : fail(key, "an object", value);
}

export function recordOrNull(row: Row, key: string): Row | null {
  return row[key] === null ? null : record(row, key);
}

/** A list of objects the statement built (json_agg). */
export function records(row: Row, key: string): Row[] {
  const value = row[key];
  if (!Array.isArray(value)) return fail(key, "a list", value);
  return value.map((item, i) => (isRecord(item) ? item : fail(`${key}[${i}]`, "an object", item)));
}

/** A count for each of the keys (json_build_object of counts). */
export function counts<K extends string>(row: Row, key: string, keys: readonly K[]) {
  const object = record(row, key);
  return Object.fromEntries(keys.map((k) => [k, int(object, k)])) as Record<K, number>;
}

/** A text in every language ({ nb, ru, en }), each possibly missing. */
export function texts(row: Row, key: string) {
  const object = record(row, key);
  return {
    nb: textOrNull(object, "nb"),
    ru: textOrNull(object, "ru"),
    en: textOrNull(object, "en"),
  };
}
