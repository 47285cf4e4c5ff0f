/** Today's date (ISO, UTC) — the one place the app asks the clock, so tests can pass their own. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
