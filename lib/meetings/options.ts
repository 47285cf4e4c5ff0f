import "server-only";
import { sql } from "drizzle-orm";
import { type Executor, queryRows } from "@/db/client";
import type { Delegation, GroupRole } from "@/db/schema/enums";
import type { LocalizedValues } from "@/lib/i18n/localized";

export interface MemberOption {
  id: string;
  name: string;
  delegation: Delegation;
  role: GroupRole;
  position: string | null;
}

export interface ProjectOption {
  id: string;
  code: string;
  title: LocalizedValues;
  archived: boolean;
}

export interface MeetingEditorOptions {
  members: MemberOption[];
  projects: ProjectOption[];
}

/** The choices of the meeting editors, in one query: active members and the group's projects. */
export async function getMeetingEditorOptions(
  db: Executor,
  groupId: string,
): Promise<MeetingEditorOptions> {
  const [row] = await queryRows<MeetingEditorOptions & Record<string, unknown>>(
    db,
    sql`select
      coalesce((
        select json_agg(json_build_object('id', u.id, 'name', u.name, 'delegation', u.delegation,
          'role', ms.role, 'position', u.position) order by u.name)
        from memberships ms join users u on u.id = ms.user_id
        where ms.group_id = ${groupId} and u.active
      ), '[]'::json) as "members",
      coalesce((
        select json_agg(json_build_object('id', p.id, 'code', p.code,
          'title', json_build_object('nb', p.title_nb, 'ru', p.title_ru, 'en', p.title_en),
          'archived', p.archived_at is not null) order by p.code)
        from projects p where p.group_id = ${groupId}
      ), '[]'::json) as "projects"`,
  );
  return { members: row?.members ?? [], projects: row?.projects ?? [] };
}
