import { pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";
import { users, workingGroups } from "./users";

/** When a user last looked at a group's dashboard, for "what changed since my last visit". */
export const dashboardVisits = pgTable(
  "dashboard_visits",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    groupId: uuid()
      .notNull()
      .references(() => workingGroups.id, { onDelete: "cascade" }),
    seenAt: timestamp({ withTimezone: true }).notNull(),
    /** The start of the previous visit: changes after it count as new during this visit. */
    previousSeenAt: timestamp({ withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.groupId] })],
);

export type DashboardVisit = typeof dashboardVisits.$inferSelect;
