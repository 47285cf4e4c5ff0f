/**
 * Whether this process currently believes the database is unreachable. Kept on globalThis so
 * that the proxy and the app — separate module graphs in one Node process — share it. Set when
 * a query fails with a connection error, cleared by a background probe (lib/server/outage-watch.ts).
 * No imports: the proxy reads it on every request.
 */
export interface OutageState {
  down: boolean;
  /** When the current outage was noticed (ms since the epoch), null while up. */
  since: number | null;
  /** The running probe loop, if any. */
  probing: boolean;
}

const KEY = "__workplanDatabaseOutage";
const slot = globalThis as { [KEY]?: OutageState };

export function outageState(): OutageState {
  slot[KEY] ??= { down: false, since: null, probing: false };
  return slot[KEY];
}

export function databaseIsDown(): boolean {
  return slot[KEY]?.down === true;
}

/** How long clients should wait before asking again (the Retry-After header), in seconds. */
export const RETRY_AFTER_SECONDS = 5;

/** Set by the proxy on every request it lets through: the path and query asked for. */
export const REQUEST_PATH_HEADER = "x-workplan-path";

/** A path on this site, or "/" for anything that could lead elsewhere ("//host", "/\host"). */
export function localPath(value: string | null | undefined): string {
  return value && /^\/(?![/\\])/.test(value) ? value : "/";
}
