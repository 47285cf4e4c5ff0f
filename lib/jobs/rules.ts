/** The first retry waits this long; each further one twice as long, up to MAX_DELAY_MS. */
export const BASE_DELAY_MS = 30_000;
export const MAX_DELAY_MS = 60 * 60_000;

/**
 * Exponential backoff with jitter: after attempt 1 about 30 s, then 1, 2, 4 … minutes, at most
 * an hour — so eight attempts span about two hours of a mail server being away.
 */
export function nextAttemptDelayMs(attempt: number, base = BASE_DELAY_MS): number {
  const delay = Math.min(base * 2 ** Math.max(0, attempt - 1), MAX_DELAY_MS);
  return Math.round(delay * (0.8 + Math.random() * 0.4));
}

/** A failure that another attempt cannot mend (the mail server refused the address for good). */
export class PermanentJobError extends Error {
  override name = "PermanentJobError";
}
