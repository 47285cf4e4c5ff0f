import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./users";

/**
 * Personal access tokens for the JSON API: only a SHA-256 hash of the secret is kept (the
 * secret is shown once). A token acts as its user, never beyond them nor beyond its scope.
 */
export const accessTokens = pgTable(
  "access_tokens",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text().notNull(),
    /** "read", or "write" (which includes reading). */
    scope: text().notNull(),
    tokenHash: text().notNull(),
    /** The first characters of the secret, so its owner can tell tokens apart. */
    prefix: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    lastUsedAt: timestamp({ withTimezone: true }),
    lastUsedIp: text(),
    revokedAt: timestamp({ withTimezone: true }),
    revokedById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("access_tokens_hash_key").on(t.tokenHash),
    index("access_tokens_user_idx").on(t.userId, t.createdAt),
    check("access_tokens_scope", sql`${t.scope} in ('read', 'write')`),
    check("access_tokens_name_not_blank", sql`length(btrim(${t.name})) > 0`),
  ],
);

/**
 * The first answer to a write sent with an Idempotency-Key: the same key from the same user
 * within 24 hours gets this answer again, and nothing is written twice. `fingerprint` is the
 * request (method, path, body) the key was first used with; another request with the same key
 * is refused.
 */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    key: text().notNull(),
    fingerprint: text().notNull(),
    status: integer().notNull(),
    body: jsonb().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.key] }),
    index("idempotency_keys_created_idx").on(t.createdAt),
  ],
);

/** Requests per API token and minute, shared by every app server (a fixed window). */
export const apiRateLimits = pgTable(
  "api_rate_limits",
  {
    key: text().notNull(),
    windowStart: timestamp({ withTimezone: true }).notNull(),
    count: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);

export type AccessToken = typeof accessTokens.$inferSelect;
