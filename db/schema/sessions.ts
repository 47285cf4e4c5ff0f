import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/**
 * Every signed-in session (issue 18.5): its id rides in the session cookie and is checked on each
 * request, so signing out, or ending it from the profile, ends it at once — a copied cookie no
 * longer works. The profile lists a user's active ones.
 */
export const userSessions = pgTable(
  "user_sessions",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The user's session version when it began: a password change ends it with the others. */
    sessionVersion: integer().notNull(),
    /** The browser's User-Agent, shortened; the client's address (lib/security/client-address.ts). */
    userAgent: text(),
    ip: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("user_sessions_user_idx").on(t.userId, t.lastSeenAt)],
);

export type UserSession = typeof userSessions.$inferSelect;
