import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { type Executor, queryRows } from "@/db/client";
import { milestones, projects } from "@/db/schema";
import type { Delegation } from "@/db/schema/enums";

export interface AreaOption {
  id: string;
  nameNb: string;
  nameRu: string;
  nameEn: string;
  archived: boolean;
}

export interface PersonOption {
  id: string;
  name: string;
  delegation: Delegation;
  /** False for a current contact who could not be chosen today (left the group, deactivated). */
  eligible: boolean;
}

export interface ProjectFormOptions {
  areas: AreaOption[];
  people: PersonOption[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The choices of the project form, in one query: the group's areas in order, and the members
 * who can be contacts (coordinators and delegates, active). `keep` adds what an existing project
 * already refers to, so editing it never silently drops an archived area or a former member.
 */
export async function getProjectFormOptions(
  db: Executor,
  groupId: string,
  keep: { areaId?: string | null; contactIds?: (string | null)[] } = {},
): Promise<ProjectFormOptions> {
  const areaId = keep.areaId && UUID.test(keep.areaId) ? keep.areaId : null;
  const contactIds = (keep.contactIds ?? []).filter((id): id is string => !!id && UUID.test(id));
  const keptArea = areaId ? sql` or a.id = ${areaId}` : sql``;
  const keptPeople = contactIds.length
    ? sql` or u.id in (${sql.join(
        contactIds.map((id) => sql`${id}`),
        sql`, `,
      )})`
    : sql``;
  const [row] = await queryRows<{ areas: AreaOption[]; people: PersonOption[] }>(
    db,
    sql`select
      coalesce((
        select json_agg(json_build_object('id', a.id, 'nameNb', a.name_nb, 'nameRu', a.name_ru,
          'nameEn', a.name_en, 'archived', a.archived_at is not null) order by a.position, a.name_en)
        from cooperation_areas a
        where a.group_id = ${groupId} and (a.archived_at is null${keptArea})
      ), '[]'::json) as areas,
      coalesce((
        select json_agg(json_build_object('id', p.id, 'name', p.name, 'delegation', p.delegation,
          'eligible', p.eligible) order by p.name)
        from (
          select u.id, u.name, u.delegation, (m.user_id is not null and u.active) as eligible
          from users u
          left join memberships m on m.user_id = u.id and m.group_id = ${groupId}
            and m.role in ('coordinator', 'delegate')
          where (m.user_id is not null and u.active)${keptPeople}
        ) p
      ), '[]'::json) as people`,
  );
  return { areas: row?.areas ?? [], people: row?.people ?? [] };
}

/** A project of the group with its milestones in order; null when the code is not the group's. */
export async function getProjectForEdit(db: Executor, groupId: string, code: string) {
  if (code.length > 64) return null;
  const project = await db.query.projects.findFirst({
    where: and(eq(projects.groupId, groupId), eq(projects.code, code)),
    with: { milestones: { orderBy: [asc(milestones.position)] } },
  });
  return project ?? null;
}
