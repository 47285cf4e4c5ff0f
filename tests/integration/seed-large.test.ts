import { and, count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import * as s from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import type { LargeScale } from "@/db/seed/large/scale";
import {
  COORDINATOR_EMAIL,
  FIRST_GROUP_SLUG,
  LARGE_SETTING,
  seedLarge,
} from "@/db/seed/large/seed";
import { verifyCredentials } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import {
  oneSidedCondition,
  overdueCondition,
  staleCondition,
} from "@/lib/projects/list/conditions";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";

const SMALL: LargeScale = {
  groups: 2,
  areasPerGroup: 4,
  projects: 40,
  firstGroupProjects: 25,
  statusUpdates: 400,
  users: 30,
  meetings: 6,
};
const AS_OF = "2026-11-27";

let a: TestDatabase;
let b: TestDatabase;
beforeAll(async () => {
  [a, b] = await Promise.all([createTestDatabase(), createTestDatabase()]);
});
afterAll(async () => {
  await Promise.all([a?.destroy(), b?.destroy()]);
});

async function one<T extends Record<string, unknown>>(
  t: TestDatabase,
  query: ReturnType<typeof sql>,
) {
  const [row] = await queryRows<T>(t.db, query);
  if (!row) throw new Error("no row");
  return row;
}

/** A digest of what the generator decided, ids included. */
async function checksums(t: TestDatabase) {
  return one<Record<string, string>>(
    t,
    sql`select
      (select md5(string_agg(concat_ws('|', p.id, g.slug, p.code, p.title_nb, p.title_ru, p.title_en,
          p.summary_en, p.status, p.health, p.progress, p.last_update_at, p.version), ',' order by g.slug, p.code))
        from projects p join working_groups g on g.id = p.group_id where g.slug like 'large-%') as projects,
      (select md5(string_agg(concat_ws('|', u.id, u.project_id, u.created_at, u.status, u.progress, u.note, u.next_steps),
          ',' order by u.id))
        from status_updates u join working_groups g on g.id = u.group_id where g.slug like 'large-%') as updates,
      (select md5(string_agg(concat_ws('|', u.email, u.name, u.locale), ',' order by u.email))
        from users u where u.email like '%large.workplan.test' or u.email = ${COORDINATOR_EMAIL}) as users,
      (select md5(string_agg(concat_ws('|', m.id, m.starts_on, m.city_en, a.title_en), ',' order by m.id, a.position))
        from meetings m join agenda_items a on a.meeting_id = m.id
        join working_groups g on g.id = m.group_id where g.slug like 'large-%') as meetings`,
  );
}

interface TableCounts extends Record<string, number> {
  groups: number;
  users: number;
  projects: number;
  updates: number;
  confirmations: number;
  meetings: number;
  planned: number;
  comments: number;
}

async function tableCounts(t: TestDatabase) {
  return one<TableCounts>(
    t,
    sql`select
      (select count(*)::int from working_groups) as groups,
      (select count(*)::int from users) as users,
      (select count(*)::int from projects) as projects,
      (select count(*)::int from status_updates) as updates,
      (select count(*)::int from status_confirmations) as confirmations,
      (select count(*)::int from meetings) as meetings,
      (select count(*)::int from work_plan_projects) as planned,
      (select count(*)::int from comments) as comments`,
  );
}

async function firstGroupId(t: TestDatabase) {
  const [group] = await t.db
    .select({ id: s.workingGroups.id })
    .from(s.workingGroups)
    .where(eq(s.workingGroups.slug, FIRST_GROUP_SLUG));
  if (!group) throw new Error("no first group");
  return group.id;
}

describe(`large data set (${testBackend()})`, () => {
  it("seeds the requested sizes", async () => {
    const result = await seedLarge(a, { hashPassword, scale: SMALL, asOf: AS_OF });
    expect(result.seeded).toBe(true);
    const c = await one<{
      groups: number;
      areas: number;
      projects: number;
      first: number;
      updates: number;
      users: number;
      meetings: number;
      planned: number;
      held: number;
      confirmations: number;
    }>(
      a,
      sql`select
        (select count(*)::int from working_groups where slug like 'large-%') as groups,
        (select count(*)::int from cooperation_areas) as areas,
        (select count(*)::int from projects) as projects,
        (select count(*)::int from projects p join working_groups g on g.id = p.group_id
           where g.slug = ${FIRST_GROUP_SLUG}) as first,
        (select count(*)::int from status_updates) as updates,
        (select count(*)::int from users) as users,
        (select count(*)::int from meetings) as meetings,
        (select count(*)::int from meetings where state = 'planned' and starts_on > ${AS_OF}::date) as planned,
        (select count(*)::int from meetings where state = 'held' and ends_on < ${AS_OF}::date) as held,
        (select count(*)::int from status_confirmations) as confirmations`,
    );
    expect(c).toMatchObject({
      groups: 2,
      areas: 8,
      projects: 40,
      first: 25,
      updates: 400,
      users: 30,
      meetings: 6,
    });
    expect(c.planned + c.held).toBe(6);
    expect(c.planned).toBeGreaterThanOrEqual(2);
    // About 30 % of the updates are confirmed by the other side.
    expect(c.confirmations / c.updates).toBeGreaterThan(0.15);
    expect(c.confirmations / c.updates).toBeLessThan(0.45);
    const timings = Object.fromEntries(result.timings.map((t) => [t.table, t.rows]));
    expect(timings.status_updates).toBe(400);
  });

  it("does nothing when the data set is already there", async () => {
    const before = await tableCounts(a);
    expect((await seedLarge(a, { hashPassword, scale: SMALL, asOf: AS_OF })).seeded).toBe(false);
    expect(await tableCounts(a)).toEqual(before);
    const [marker] = await a.db.select().from(s.settings).where(eq(s.settings.key, LARGE_SETTING));
    expect(marker?.value).toMatchObject({ asOf: AS_OF, scale: SMALL });
  });

  it("writes the same data into another database, next to the demo data", async () => {
    expect((await seedDemo(b.db, { hashPassword })).seeded).toBe(true);
    const demo = await tableCounts(b);
    expect((await seedLarge(b, { hashPassword, scale: SMALL, asOf: AS_OF })).seeded).toBe(true);
    expect(await checksums(b)).toEqual(await checksums(a));
    const both = await tableCounts(b);
    expect(both.groups).toBe(demo.groups + 2);
    expect(both.users).toBe(demo.users + 30);
    expect(both.projects).toBe(demo.projects + 40);
    // The demo's own groups keep their members and projects.
    const [demoGroup] = await b.db
      .select({ n: count() })
      .from(s.projects)
      .innerJoin(s.workingGroups, eq(s.workingGroups.id, s.projects.groupId))
      .where(eq(s.workingGroups.slug, "regional-cooperation"));
    expect(Number(demoGroup?.n)).toBeGreaterThanOrEqual(25);
  });

  it("keeps every project's current state equal to its last status update", async () => {
    const mismatched = await queryRows<{ code: string }>(
      a.db,
      sql`select p.code from projects p
          left join lateral (select u.*, c.update_id as confirmed,
              count(*) over () as n
            from status_updates u left join status_confirmations c on c.update_id = u.id
            where u.project_id = p.id order by u.created_at desc limit 1) last on true
          where (last.id is null and (p.status <> 'proposed' or p.progress <> 0 or p.health is not null
                   or p.last_update_at is not null or p.awaiting_confirmation_from is not null or p.version <> 1))
             or (last.id is not null and (
                  last.status <> p.status or last.progress <> p.progress
                  or last.health is distinct from p.health
                  or last.created_at <> p.last_update_at
                  or p.version <> last.n + 1
                  or p.awaiting_confirmation_from is distinct from
                     (case when last.confirmed is null
                           then (case last.author_delegation when 'NO' then 'RU' else 'NO' end)::delegation end)))`,
    );
    expect(mismatched).toEqual([]);
  });

  it("writes a plausible history: chronological, chained, by contacts or coordinators", async () => {
    const broken = await queryRows<{ id: string; problem: string }>(
      a.db,
      sql`with h as (
          select u.*, lag(u.created_at) over w as prev_at, lag(u.status) over w as prev_status,
            lag(u.health) over w as prev_health, lag(u.progress) over w as prev_progress,
            lead(u.created_at) over w as next_at
          from status_updates u window w as (partition by u.project_id order by u.created_at))
        select h.id, 'chain' as problem from h
          where h.prev_at is not null and (h.previous_status <> h.prev_status
            or h.previous_health is distinct from h.prev_health or h.previous_progress <> h.prev_progress)
        union all
        select h.id, 'first' from h
          where h.prev_at is null and (h.previous_status <> 'proposed' or h.previous_progress <> 0)
        union all
        select h.id, 'order' from h where h.prev_at is not null and h.created_at <= h.prev_at
        union all
        select h.id, 'author' from h join projects p on p.id = h.project_id
          where h.author_id is distinct from p.contact_no_id and h.author_id is distinct from p.contact_ru_id
            and not exists (select 1 from memberships m where m.user_id = h.author_id
              and m.group_id = h.group_id and m.role = 'coordinator')
        union all
        select h.id, 'confirmation' from h join status_confirmations c on c.update_id = h.id
          where c.delegation = h.author_delegation or c.created_at <= h.created_at
            or (h.next_at is not null and c.created_at >= h.next_at)
        union all
        select h.id, 'period' from h where h.created_at < '2015-10-01' or h.created_at >= ${AS_OF}::date`,
    );
    expect(broken).toEqual([]);
    const setbacks = await one<{ n: number; total: number }>(
      a,
      sql`select count(*) filter (where progress < previous_progress)::int as n, count(*)::int as total
          from status_updates`,
    );
    expect(setbacks.n / setbacks.total).toBeLessThan(0.05);
    const languages = await queryRows<{ note_locale: string }>(
      a.db,
      sql`select distinct note_locale from status_updates where note is not null order by 1`,
    );
    expect(languages.map((r) => r.note_locale).sort()).toEqual(["en", "nb", "ru"]);
    const lengths = await one<{ min: number; max: number }>(
      a,
      sql`select min(length(note))::int as min, max(length(note))::int as max from status_updates`,
    );
    expect(lengths.min).toBeGreaterThanOrEqual(40);
    expect(lengths.max).toBeLessThanOrEqual(400);
  });

  it("has one approved plan per group, superseded ones before it, plans and items inside their group", async () => {
    const plans = await queryRows<{ slug: string; approved: number; superseded: number }>(
      a.db,
      sql`select g.slug, count(*) filter (where w.state = 'approved')::int as approved,
            count(*) filter (where w.state = 'superseded')::int as superseded
          from working_groups g join work_plans w on w.group_id = g.id
          where g.slug like 'large-%' group by g.slug order by g.slug`,
    );
    expect(plans.map((p) => p.approved)).toEqual([1, 1]);
    const approved = await one<{ listed: number; total: number }>(
      a,
      sql`select (select count(*)::int from work_plan_projects wp join work_plans w on w.id = wp.plan_id
                  where w.state = 'approved' and w.group_id = g.id) as listed,
                 (select count(*)::int from projects p where p.group_id = g.id) as total
          from working_groups g where g.slug = ${FIRST_GROUP_SLUG}`,
    );
    expect(approved.listed).toBeGreaterThan(0);
    expect(approved.listed).toBeLessThanOrEqual(approved.total);
    const crossing = await one<{ n: number }>(
      a,
      sql`select (
          (select count(*) from agenda_item_projects ap join agenda_items ai on ai.id = ap.agenda_item_id
             join meetings m on m.id = ai.meeting_id join projects p on p.id = ap.project_id
             where p.group_id <> m.group_id)
        + (select count(*) from decisions d join meetings m on m.id = d.meeting_id
             join projects p on p.id = d.project_id where p.group_id <> m.group_id)
        + (select count(*) from projects p join users u on u.id = p.contact_no_id where u.delegation <> 'NO')
        + (select count(*) from projects p join users u on u.id = p.contact_ru_id where u.delegation <> 'RU')
        + (select count(*) from projects p where p.contact_no_id is not null and not exists (
             select 1 from memberships m where m.user_id = p.contact_no_id and m.group_id = p.group_id))
        )::int as n`,
    );
    expect(crossing.n).toBe(0);
  });

  it("gives the dashboard something to count: overdue, stale, one-sided, awaiting, action items", async () => {
    const groupId = await firstGroupId(a);
    const figure = async (condition: ReturnType<typeof sql>) => {
      const [row] = await a.db
        .select({ n: count() })
        .from(s.projects)
        .where(and(eq(s.projects.groupId, groupId), condition));
      return Number(row?.n ?? 0);
    };
    expect(await figure(overdueCondition(AS_OF))).toBeGreaterThan(0);
    expect(await figure(staleCondition(groupId, AS_OF))).toBeGreaterThan(0);
    expect(await figure(oneSidedCondition(groupId, AS_OF))).toBeGreaterThan(0);
    expect(await figure(sql`${s.projects.awaitingConfirmationFrom} is not null`)).toBeGreaterThan(
      0,
    );
    const actions = await one<{ done: number; open: number; overdue: number }>(
      a,
      sql`select count(*) filter (where done_at is not null)::int as done,
            count(*) filter (where done_at is null)::int as open,
            count(*) filter (where done_at is null and due_on < ${AS_OF}::date)::int as overdue
          from action_items`,
    );
    expect(actions.done).toBeGreaterThan(0);
    expect(actions.open).toBeGreaterThan(0);
  });

  it("lets coordinator.large sign in with the demo password as coordinator of the first group", async () => {
    const user = await verifyCredentials(a.db, {
      email: COORDINATOR_EMAIL,
      password: "workplan-demo",
    });
    expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
    const [membership] = await a.db
      .select({ role: s.memberships.role })
      .from(s.memberships)
      .where(
        and(
          eq(s.memberships.userId, user?.id ?? ""),
          eq(s.memberships.groupId, await firstGroupId(a)),
        ),
      );
    expect(membership?.role).toBe("coordinator");
    expect(
      await verifyCredentials(a.db, {
        email: "user-0001@large.workplan.test",
        password: "workplan-demo",
      }),
    ).not.toBeNull();
    expect(
      await verifyCredentials(a.db, { email: COORDINATOR_EMAIL, password: "wrong" }),
    ).toBeNull();
  });
});
