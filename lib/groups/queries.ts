import { and, asc, eq, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { memberships, type WorkingGroup, workingGroups } from "@/db/schema";
import type { GroupRole } from "@/db/schema/enums";
import type { Actor } from "@/lib/auth/permissions";

export interface GroupForUser {
  group: WorkingGroup;
  /** The user's role; null for an admin who is not a member. */
  role: GroupRole | null;
}

/** The groups a user may open: their memberships, or every group for an admin. */
export async function listGroupsForUser(db: Executor, actor: Actor): Promise<GroupForUser[]> {
  const rows = await db
    .select({ group: workingGroups, role: memberships.role })
    .from(workingGroups)
    [actor.isAdmin ? "leftJoin" : "innerJoin"](
      memberships,
      and(eq(memberships.groupId, workingGroups.id), eq(memberships.userId, actor.id)),
    )
    .where(isNull(workingGroups.archivedAt))
    .orderBy(asc(workingGroups.createdAt), asc(workingGroups.slug));
  return rows.map((r) => ({ group: r.group, role: r.role }));
}

/** A group by its URL slug with the user's role in it (the caller decides what that allows). */
export async function findGroupBySlug(
  db: Executor,
  actor: Actor,
  slug: string,
): Promise<GroupForUser | null> {
  const [row] = await db
    .select({ group: workingGroups, role: memberships.role })
    .from(workingGroups)
    .leftJoin(
      memberships,
      and(eq(memberships.groupId, workingGroups.id), eq(memberships.userId, actor.id)),
    )
    .where(eq(workingGroups.slug, slug))
    .limit(1);
  return row ? { group: row.group, role: row.role } : null;
}
