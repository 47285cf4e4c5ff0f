// Addresses the run's SMTP server (e2e/mail-sink.ts) refuses, so that tests can make mail fail
// for good (a dead letter) through the app itself: the server's own database is out of reach.
// Every other address is accepted. The refusal is the one a real server gives for a mailbox
// that does not exist: 550, permanent, so the app keeps it as a dead letter at once.

/** Refused every time. */
export const REFUSED_DOMAIN = "refused.workplan.test";
/** Refused the first time an address is seen, accepted after (the cause was fixed). */
export const REFUSED_ONCE_DOMAIN = "refused-once.workplan.test";

export const REFUSAL = { code: 550, message: "no such mailbox" } as const;

/**
 * Whether the sink refuses a recipient now; `seen` holds the addresses already refused once
 * (the sink keeps it for the run).
 */
export function refuses(address: string, seen: Set<string>): boolean {
  const lower = address.toLowerCase();
  const domain = lower.slice(lower.lastIndexOf("@") + 1);
  if (domain === REFUSED_DOMAIN) return true;
  if (domain !== REFUSED_ONCE_DOMAIN || seen.has(lower)) return false;
  seen.add(lower);
  return true;
}
