/** Times are plain milliseconds since the epoch, always UTC, so the data ignore the machine's zone. */

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export const utc = (year: number, month: number, day: number): number =>
  Date.UTC(year, month - 1, day);

/** "2018-03-15" → ms at 00:00 UTC. */
export function parseDay(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`not an ISO date: ${iso}`);
  const ms = utc(Number(match[1]), Number(match[2]), Number(match[3]));
  if (Number.isNaN(ms) || isoDay(ms) !== iso) throw new Error(`not a valid date: ${iso}`);
  return ms;
}

/** ms → "2018-03-15". */
export const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
/** ms → "2018-03-15T09:30:00.000Z". */
export const isoTime = (ms: number): string => new Date(ms).toISOString();

export const startOfDay = (ms: number): number => Math.floor(ms / DAY) * DAY;
export const yearOf = (ms: number): number => new Date(ms).getUTCFullYear();
export const monthOf = (ms: number): number => new Date(ms).getUTCMonth() + 1;

export function firstOfMonth(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

export function lastOfMonth(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0);
}

/** Moves a day forward to the next Tuesday, Wednesday or Thursday (meetings are mid-week). */
export function midWeek(ms: number): number {
  let day = startOfDay(ms);
  while (![2, 3, 4].includes(new Date(day).getUTCDay())) day += DAY;
  return day;
}

export const clamp = (value: number, min: number, max: number): number =>
  Math.min(max, Math.max(min, value));
