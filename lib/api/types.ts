import type { TokenScope } from "./rules";

/** A personal access token as its lists show it: never its secret. Dates are ISO strings. */
export interface TokenRow {
  id: string;
  name: string;
  scope: TokenScope;
  /** The first characters of the secret, so its owner can tell tokens apart. */
  prefix: string;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  lastUsedIp: string | null;
  revokedAt: string | null;
}

/** A token in the administrators' list: whose it is, too. */
export interface AdminTokenRow extends TokenRow {
  owner: { id: string; name: string; email: string; active: boolean };
}

/** What creating a token answers: the secret, shown this once. */
export interface CreatedToken {
  id: string;
  name: string;
  scope: TokenScope;
  expiresAt: string;
  secret: string;
}
