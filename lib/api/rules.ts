/* Rules of the JSON API and its personal access tokens: pure, shared by the token forms and the server. */

/** What a token may do: read, or read and write. */
export const TOKEN_SCOPES = ["read", "write"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** Expiry in days: the form offers these, 90 by default, one year at most. */
export const TOKEN_EXPIRY_CHOICES = [7, 30, 90, 180, 365] as const;
export const TOKEN_EXPIRY_DEFAULT = 90;
export const TOKEN_EXPIRY_MAX = 365;
export const TOKEN_NAME_MAX = 100;

/**
 * Every token starts with this, so a secret pasted where it should not be (a log, a ticket, a
 * repository) is recognisable — by people and by secret scanners.
 */
export const TOKEN_PREFIX = "wpat_";
/** The characters of a token shown in lists (the prefix and a few more), never the secret. */
export const TOKEN_SHOWN_LENGTH = TOKEN_PREFIX.length + 6;

/** An Idempotency-Key: 1–255 visible ASCII characters (a UUID is the usual choice). */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
/** How long the first answer to a key is kept and given again. */
export const IDEMPOTENCY_HOURS = 24;

/** Requests per minute when API_RATE_LIMIT is not set. */
export const DEFAULT_RATE_LIMIT = 600;
export const RATE_WINDOW_SECONDS = 60;

/** Items per page of a list: the default, and the most a client may ask for. */
export const API_PAGE_DEFAULT = 50;
export const API_PAGE_MAX = 200;

export const API_BASE = "/api/v1";

/** May a token of this scope use this HTTP method? Reading is in both scopes. */
export function scopeAllows(scope: TokenScope, method: string): boolean {
  if (method === "GET" || method === "HEAD") return true;
  return scope === "write";
}

/** A token's state, from its dates: what the lists show beside it. */
export function tokenState(
  token: { expiresAt: string; revokedAt: string | null },
  now: Date,
): "active" | "expired" | "revoked" {
  if (token.revokedAt) return "revoked";
  return new Date(token.expiresAt).getTime() <= now.getTime() ? "expired" : "active";
}

/**
 * An IATI organisation identifier: a registration agency's code and the organisation's number
 * in it, joined by hyphens (e.g. NO-BRC-971277882); no spaces, slashes or other separators.
 */
export const IATI_ORGANISATION_PATTERN = /^[A-Za-z0-9]{2,}(?:-[A-Za-z0-9._]+)+$/;
export const IATI_ORGANISATION_MAX = 100;
