/** What the bench measures, picked from the data set by SQL (so any seed or scale works). */
import { sql } from "drizzle-orm";
import { type DatabaseHandle, queryRows } from "@/db/client";
import { COORDINATOR_EMAIL, FIRST_GROUP_SLUG } from "@/db/seed/large/seed";

export interface BenchWorld {
  slug: string;
  groupId: string;
  groupProjects: number;
  userId: string;
  email: string;
  /** The project closest to 200 status updates, and how many it has. */
  historyProject: { id: string; code: string; updates: number };
  /** Projects the load test posts status updates to, one per client, with their versions. */
  postProjects: { id: string; code: string; version: number }[];
  /** The project the direct (floor) timing of a status update writes to. */
  floorPostProject: { id: string; code: string; version: number };
  /** The group's next planned meeting (else its last), for the brief. */
  meetingNumber: number;
  /** Every large group with its project count, for the export of all projects. */
  groups: { slug: string; projects: number }[];
  /** A search term and how many of the group's projects it finds. */
  search: { q: string; hits: number };
}

const one = <T>(rows: T[], what: string): T => {
  const row = rows[0];
  if (!row) throw new Error(`bench: no ${what} in the data set`);
  return row;
};

/**
 * Reads the targets from the bench's copy and lets the coordinator read every large group
 * (observer), so that one session can export all of them. Only ever run on the copy.
 */
export async function loadWorld(handle: DatabaseHandle, copied: boolean): Promise<BenchWorld> {
  const db = handle.db;
  const group = one(
    await queryRows<{ id: string; n: number }>(
      db,
      sql`select g.id, (select count(*) from projects p where p.group_id = g.id)::int as n
          from working_groups g where g.slug = ${FIRST_GROUP_SLUG}`,
    ),
    `group ${FIRST_GROUP_SLUG}`,
  );
  const user = one(
    await queryRows<{ id: string }>(
      db,
      sql`select id from users where email = ${COORDINATOR_EMAIL}`,
    ),
    COORDINATOR_EMAIL,
  );
  if (copied) {
    await db.execute(sql`insert into memberships (user_id, group_id, role)
      select ${user.id}, g.id, 'observer' from working_groups g where g.slug like 'large-%'
      on conflict do nothing`);
  }
  const historyProject = one(
    await queryRows<{ id: string; code: string; updates: number }>(
      db,
      sql`select p.id, p.code, count(u.id)::int as updates
          from projects p join status_updates u on u.project_id = p.id
          where p.group_id = ${group.id} and p.archived_at is null
          group by p.id, p.code order by abs(count(u.id) - 200), p.code limit 1`,
    ),
    "project with a history",
  );
  const posting = await queryRows<{ id: string; code: string; version: number }>(
    db,
    sql`select id, code, version from projects
        where group_id = ${group.id} and archived_at is null and id <> ${historyProject.id}
        order by code limit 11`,
  );
  const floorPostProject = one(posting.slice(10), "eleven active projects");
  const meeting = one(
    await queryRows<{ number: number }>(
      db,
      sql`select number from meetings where group_id = ${group.id}
          order by (state = 'planned') desc, case when state = 'planned' then number else -number end
          limit 1`,
    ),
    "meeting",
  );
  const groups = await queryRows<{ slug: string; projects: number }>(
    db,
    sql`select g.slug, count(p.id)::int as projects from working_groups g
        left join projects p on p.group_id = g.id
        where g.slug like 'large-%' group by g.slug order by g.slug`,
  );
  const q = "Мурманск";
  const [hits] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from projects
        where group_id = ${group.id} and archived_at is null
          and search_text like '%' || workplan_fold(${q}) || '%'`,
  );
  return {
    slug: FIRST_GROUP_SLUG,
    groupId: group.id,
    groupProjects: group.n,
    userId: user.id,
    email: COORDINATOR_EMAIL,
    historyProject,
    postProjects: posting.slice(0, 10),
    floorPostProject,
    meetingNumber: meeting.number,
    groups,
    search: { q, hits: hits?.n ?? 0 },
  };
}
