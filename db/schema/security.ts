import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./users";

/**
 * Failed sign-ins per account (normalised email, whether or not it exists) and per client
 * address, in a fixed window. Lives in the database so every app server sees the same counts.
 */
export const signInThrottles = pgTable(
  "sign_in_throttles",
  {
    scope: text().notNull(),
    key: text().notNull(),
    failures: integer().notNull(),
    windowStartedAt: timestamp({ withTimezone: true }).notNull(),
    blockedUntil: timestamp({ withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.scope, t.key] }),
    index("sign_in_throttles_window_idx").on(t.windowStartedAt),
    check("sign_in_throttles_scope", sql`${t.scope} in ('account', 'ip')`),
    check("sign_in_throttles_failures", sql`${t.failures} >= 0`),
  ],
);

/** A user's authenticator (TOTP) secret, encrypted; confirmedAt null while enrolling. */
export const twoFactorCredentials = pgTable("two_factor_credentials", {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  /** AES-256-GCM with WORKPLAN_ENCRYPTION_KEY, bound to the user id (see lib/auth/secret-box.ts). */
  secretEncrypted: text().notNull(),
  confirmedAt: timestamp({ withTimezone: true }),
  /** The last 30-second step a code was accepted for: a code is never accepted twice. */
  lastUsedStep: bigint({ mode: "number" }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** One-time recovery codes, stored as salted SHA-256 hashes; each usable once. */
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text().notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("recovery_codes_user_idx").on(t.userId)],
);

export type SignInThrottle = typeof signInThrottles.$inferSelect;
export type TwoFactorCredential = typeof twoFactorCredentials.$inferSelect;
export type RecoveryCode = typeof recoveryCodes.$inferSelect;
