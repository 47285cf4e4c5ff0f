import { UUID_PATTERN as UUID } from "@/lib/validation";
import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { type Executor, queryRows } from "@/db/client";
import { cooperationAreas, workingGroups } from "@/db/schema";

export interface AdminGroupRow extends Record<string, unknown> {
  id: string;
  slug: string;
  nameNb: string;
  nameRu: string;
  nameEn: string;
  commissionNb: string;
  commissionRu: string;
  commissionEn: string;
  archivedAt: Date | string | null;
  members: number;
  areas: number;
  projects: number;
}

/** Every working group, archived ones last, with how much hangs on it. */
export async function listGroups(db: Executor): Promise<AdminGroupRow[]> {
  return queryRows<AdminGroupRow>(
    db,
    sql`select g.id, g.slug, g.name_nb as "nameNb", g.name_ru as "nameRu", g.name_en as "nameEn",
          g.commission_nb as "commissionNb", g.commission_ru as "commissionRu",
          g.commission_en as "commissionEn", g.archived_at as "archivedAt",
          (select count(*)::int from memberships m join users u on u.id = m.user_id
            where m.group_id = g.id and u.active) as members,
          (select count(*)::int from cooperation_areas a
            where a.group_id = g.id and a.archived_at is null) as areas,
          (select count(*)::int from projects p
            where p.group_id = g.id and p.archived_at is null) as projects
        from working_groups g
        order by g.archived_at is not null, g.created_at, g.slug`,
  );
}

export async function getGroupForAdmin(db: Executor, groupId: string) {
  if (!UUID.test(groupId)) return null;
  const [group] = await db.select().from(workingGroups).where(eq(workingGroups.id, groupId));
  return group ?? null;
}

export interface AdminAreaRow {
  id: string;
  nameNb: string;
  nameRu: string;
  nameEn: string;
  position: number;
  archivedAt: Date | null;
  projects: number;
}

/** The group's areas in their order, with the number of projects each holds. */
export async function listAreas(db: Executor, groupId: string): Promise<AdminAreaRow[]> {
  // The id comes from the URL (and is read alongside getGroupForAdmin): not a uuid, no areas.
  if (!UUID.test(groupId)) return [];
  return db
    .select({
      id: cooperationAreas.id,
      nameNb: cooperationAreas.nameNb,
      nameRu: cooperationAreas.nameRu,
      nameEn: cooperationAreas.nameEn,
      position: cooperationAreas.position,
      archivedAt: cooperationAreas.archivedAt,
      projects: sql<number>`(select count(*)::int from projects p
        where p.area_id = ${cooperationAreas.id} and p.archived_at is null)`,
    })
    .from(cooperationAreas)
    .where(eq(cooperationAreas.groupId, groupId))
    .orderBy(asc(cooperationAreas.position), asc(cooperationAreas.createdAt));
}

/** Groups to offer in the membership form: every group, archived ones marked. */
export async function groupOptions(db: Executor) {
  return db
    .select({
      id: workingGroups.id,
      slug: workingGroups.slug,
      nameNb: workingGroups.nameNb,
      nameRu: workingGroups.nameRu,
      nameEn: workingGroups.nameEn,
      archived: sql<boolean>`${workingGroups.archivedAt} is not null`,
    })
    .from(workingGroups)
    .orderBy(
      sql`${workingGroups.archivedAt} is not null`,
      asc(workingGroups.createdAt),
      asc(workingGroups.slug),
    );
}

export type GroupOption = Awaited<ReturnType<typeof groupOptions>>[number];
