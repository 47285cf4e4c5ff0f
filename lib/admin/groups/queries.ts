import "server-only";
import { and, asc, count, eq, isNotNull, isNull, type SQLWrapper, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { cooperationAreas, memberships, projects, users, workingGroups } from "@/db/schema";
import { groupNameColumns } from "@/lib/admin/groups/columns";
import { localizedColumns } from "@/lib/i18n/localized";
import { UUID_PATTERN as UUID } from "@/lib/validation";
import type { AdminAreaRow, AdminGroupRow, GroupOption } from "./types";

/** A correlated count, as a column of the outer row: the builder's query in parentheses. */
const countOf = (query: SQLWrapper) => sql<number>`(${query})`.mapWith(Number);

/** Every working group, archived ones last, with how much hangs on it. */
export async function listGroups(db: Executor): Promise<AdminGroupRow[]> {
  return db
    .select({
      id: workingGroups.id,
      ...groupNameColumns,
      ...localizedColumns(workingGroups, "commission"),
      archivedAt: workingGroups.archivedAt,
      members: countOf(
        db
          .select({ n: count() })
          .from(memberships)
          .innerJoin(users, eq(users.id, memberships.userId))
          .where(and(eq(memberships.groupId, workingGroups.id), eq(users.active, true))),
      ),
      areas: countOf(
        db
          .select({ n: count() })
          .from(cooperationAreas)
          .where(
            and(
              eq(cooperationAreas.groupId, workingGroups.id),
              isNull(cooperationAreas.archivedAt),
            ),
          ),
      ),
      projects: countOf(
        db
          .select({ n: count() })
          .from(projects)
          .where(and(eq(projects.groupId, workingGroups.id), isNull(projects.archivedAt))),
      ),
    })
    .from(workingGroups)
    .orderBy(
      isNotNull(workingGroups.archivedAt),
      asc(workingGroups.createdAt),
      asc(workingGroups.slug),
    );
}

export async function getGroupForAdmin(db: Executor, groupId: string) {
  if (!UUID.test(groupId)) return null;
  const [group] = await db.select().from(workingGroups).where(eq(workingGroups.id, groupId));
  return group ?? null;
}

/** The group's areas in their order, with the number of projects each holds. */
export async function listAreas(db: Executor, groupId: string): Promise<AdminAreaRow[]> {
  // The id comes from the URL (and is read alongside getGroupForAdmin): not a uuid, no areas.
  if (!UUID.test(groupId)) return [];
  return db
    .select({
      id: cooperationAreas.id,
      ...localizedColumns(cooperationAreas, "name"),
      position: cooperationAreas.position,
      archivedAt: cooperationAreas.archivedAt,
      dacCode: cooperationAreas.dacCode,
      projects: countOf(
        db
          .select({ n: count() })
          .from(projects)
          .where(and(eq(projects.areaId, cooperationAreas.id), isNull(projects.archivedAt))),
      ),
    })
    .from(cooperationAreas)
    .where(eq(cooperationAreas.groupId, groupId))
    .orderBy(asc(cooperationAreas.position), asc(cooperationAreas.createdAt));
}

/** Groups to offer in the membership form: every group, archived ones marked. */
export async function groupOptions(db: Executor): Promise<GroupOption[]> {
  return db
    .select({
      id: workingGroups.id,
      ...groupNameColumns,
      archived: sql<boolean>`${workingGroups.archivedAt} is not null`,
    })
    .from(workingGroups)
    .orderBy(
      isNotNull(workingGroups.archivedAt),
      asc(workingGroups.createdAt),
      asc(workingGroups.slug),
    );
}
