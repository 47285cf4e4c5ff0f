import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import * as s from "@/db/schema";
import { nextMeetingDates, seedDemo, seedDemoIfEmpty } from "@/db/seed/demo";
import { DEMO_ACCOUNTS } from "@/db/seed/demo-accounts";
import { previousMeetingDates } from "@/db/seed/demo-cycle";
import { isDemoInstallation } from "@/lib/admin/settings/queries";
import { verifyCredentials } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";

const NOW = new Date("2026-11-27T12:00:00Z");
const TABLES = [
  "users",
  "working_groups",
  "memberships",
  "cooperation_areas",
  "projects",
  "milestones",
  "work_plans",
  "work_plan_projects",
  "status_updates",
  "status_confirmations",
  "meetings",
  "meeting_attendees",
  "agenda_items",
  "agenda_item_projects",
  "decisions",
  "action_items",
  "settings",
];

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.destroy();
});

async function counts() {
  const result: Record<string, number> = {};
  for (const table of TABLES) {
    const [row] = await queryRows<{ n: number }>(
      t.db,
      sql.raw(`select count(*)::int as n from ${table}`),
    );
    result[table] = Number(row?.n);
  }
  return result;
}

async function userByEmail(email: string) {
  const [user] = await t.db.select().from(s.users).where(eq(s.users.email, email));
  if (!user) throw new Error(`no user ${email}`);
  return user;
}

describe(`demo data (${testBackend()})`, () => {
  it("is absent until seeded: no demo user exists in an empty installation", async () => {
    expect(await isDemoInstallation(t.db)).toBe(false);
    expect(await t.db.select().from(s.users)).toHaveLength(0);
  });

  it("seeds once; a second run leaves the same counts", async () => {
    expect((await seedDemo(t.db, { hashPassword, now: NOW })).seeded).toBe(true);
    const first = await counts();
    expect((await seedDemo(t.db, { hashPassword, now: NOW })).seeded).toBe(false);
    expect((await seedDemoIfEmpty(t.db, { hashPassword, now: NOW })).seeded).toBe(false);
    expect(await counts()).toEqual(first);
    expect(await isDemoInstallation(t.db)).toBe(true);
  });

  it("has the working group with at least 8 named areas, the open projects in the approved plan and meetings 4–7", async () => {
    const [group] = await t.db
      .select()
      .from(s.workingGroups)
      .where(eq(s.workingGroups.slug, "regional-cooperation"));
    expect(group?.nameNb).toBe("Arbeidsgruppen for regionalt og grensenært samarbeid");
    expect(group?.nameRu).toBe("Рабочая группа по региональному и приграничному сотрудничеству");
    const groupId = group?.id ?? "";
    const areas = await t.db
      .select()
      .from(s.cooperationAreas)
      .where(eq(s.cooperationAreas.groupId, groupId));
    expect(areas.length).toBeGreaterThanOrEqual(8);
    for (const area of areas)
      for (const name of [area.nameNb, area.nameRu, area.nameEn]) expect(name).toBeTruthy();

    const meetings = await t.db.select().from(s.meetings).where(eq(s.meetings.groupId, groupId));
    const byNumber = Object.fromEntries(meetings.map((m) => [m.number, m]));
    expect(byNumber[4]).toMatchObject({
      cityEn: "Kirkenes",
      state: "held",
      startsOn: "2016-01-26",
    });
    expect(byNumber[5]).toMatchObject({ cityRu: "Мурманск", state: "held", endsOn: "2018-03-15" });
    // The current cycle, dated from the seed's clock: the 6th held some five months ago,
    // the 7th planned in five to six weeks.
    expect(byNumber[6]).toMatchObject({
      state: "held",
      startsOn: previousMeetingDates(NOW).startsOn,
      cityEn: "Vadsø",
    });
    expect(byNumber[7]).toMatchObject({
      state: "planned",
      startsOn: nextMeetingDates(NOW).startsOn,
    });

    const [plan] = await t.db
      .select()
      .from(s.workPlans)
      .where(and(eq(s.workPlans.groupId, groupId), eq(s.workPlans.state, "approved")));
    expect(plan).toMatchObject({
      number: 3,
      approvedOn: byNumber[6]?.endsOn,
      approvedAtMeetingId: byNumber[6]?.id,
      periodStart: Number(byNumber[6]?.endsOn.slice(0, 4)),
    });
    const [previous] = await t.db
      .select()
      .from(s.workPlans)
      .where(and(eq(s.workPlans.groupId, groupId), eq(s.workPlans.number, 2)));
    expect(previous).toMatchObject({ state: "superseded", approvedOn: "2018-03-15" });
    const planned = await t.db
      .select()
      .from(s.workPlanProjects)
      .where(eq(s.workPlanProjects.planId, plan?.id ?? ""));
    expect(planned.length).toBeGreaterThanOrEqual(14);
    const usedAreas = await queryRows<{ n: number }>(
      t.db,
      sql`select count(distinct p.area_id)::int as n from projects p join work_plan_projects w on w.project_id = p.id where w.plan_id = ${previous?.id}`,
    );
    expect(Number(usedAreas[0]?.n)).toBe(areas.length);
  });

  it("is a living group on the day it is seeded: updated, awaiting, due for an update, overdue", async () => {
    const today = NOW.toISOString().slice(0, 10);
    const [row] = await queryRows<Record<string, number>>(
      t.db,
      sql`with g as (select id from working_groups where slug = 'regional-cooperation'),
        held as (select max(starts_on) as since from meetings where group_id = (select id from g) and state = 'held'),
        open as (select p.* from projects p join work_plan_projects w on w.project_id = p.id
          join work_plans wp on wp.id = w.plan_id
          where wp.group_id = (select id from g) and wp.state = 'approved'
            and p.status not in ('completed', 'cancelled'))
        select
          (select count(*)::int from open where last_update_at >= (select since from held) and awaiting_confirmation_from is null) as updated,
          (select count(*)::int from open where awaiting_confirmation_from is not null and last_update_at >= (select since from held)) as awaiting,
          (select count(*)::int from open where last_update_at is null or last_update_at < (select since from held)) as due,
          (select count(*)::int from open where planned_end < ${today}::date) as overdue,
          (select count(*)::int from open where planned_end >= ${today}::date) as running,
          (select count(*)::int from status_updates where created_at > ${NOW.toISOString()}::timestamptz) as future`,
    );
    expect(row?.updated).toBeGreaterThanOrEqual(3);
    expect(row?.awaiting).toBeGreaterThanOrEqual(2);
    expect(row?.due).toBeGreaterThanOrEqual(3);
    expect(row?.overdue).toBeGreaterThanOrEqual(2);
    expect(row?.overdue).toBeLessThan(row?.running ?? 0);
    expect(row?.future).toBe(0);
    // delegate.no has each kind: one to confirm, some to update before the 7th meeting.
    const [mine] = await queryRows<Record<string, number>>(
      t.db,
      sql`select
          count(*) filter (where p.awaiting_confirmation_from = 'NO')::int as to_confirm,
          count(*) filter (where p.last_update_at < (select max(starts_on) from meetings m
            where m.group_id = p.group_id and m.state = 'held'))::int as to_update
        from projects p join users u on u.id = p.contact_no_id
        where u.email = 'delegate.no@workplan.test' and p.status not in ('completed', 'cancelled')`,
    );
    expect(mine?.to_confirm).toBeGreaterThanOrEqual(1);
    expect(mine?.to_update).toBeGreaterThanOrEqual(1);
  });

  it("leaves some translations missing on purpose", async () => {
    const rows = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from projects where title_en is null or summary_en is null or title_nb is null or summary_ru is null`,
    );
    expect(Number(rows[0]?.n)).toBeGreaterThanOrEqual(3);
  });

  it("has a status history with notes in Norwegian and Russian, and current state equal to the last update", async () => {
    const languages = await queryRows<{ note_locale: string }>(
      t.db,
      sql`select distinct note_locale from status_updates where note is not null`,
    );
    expect(languages.map((r) => r.note_locale)).toEqual(expect.arrayContaining(["nb", "ru"]));
    const mismatched = await queryRows<{ code: string }>(
      t.db,
      sql`select p.code from projects p
          join lateral (select * from status_updates u where u.project_id = p.id order by created_at desc limit 1) last on true
          where last.status <> p.status or last.progress <> p.progress or last.health is distinct from p.health`,
    );
    expect(mismatched).toEqual([]);
  });

  it("creates the seven demo accounts with their delegation, language and role, hashed as in production", async () => {
    for (const account of DEMO_ACCOUNTS) {
      const user = await userByEmail(account.email);
      expect(user).toMatchObject({
        delegation: account.delegation,
        locale: account.locale,
        isAdmin: account.isAdmin,
      });
      expect(user.passwordHash).toMatch(/^\$argon2id\$/);
      expect(
        await verifyCredentials(t.db, { email: account.email, password: "workplan-demo" }),
      ).not.toBeNull();
    }
    expect(
      await verifyCredentials(t.db, { email: "admin@workplan.test", password: "wrong" }),
    ).toBeNull();
  });

  it("makes delegate.no and delegate.ru counterparts on at least five projects, each also with other partners", async () => {
    const no = await userByEmail("delegate.no@workplan.test");
    const ru = await userByEmail("delegate.ru@workplan.test");
    const all = await t.db.select().from(s.projects);
    const together = all.filter((p) => p.contactNoId === no.id && p.contactRuId === ru.id);
    expect(together.length).toBeGreaterThanOrEqual(5);
    expect(all.some((p) => p.contactNoId === no.id && p.contactRuId !== ru.id)).toBe(true);
    expect(all.some((p) => p.contactRuId === ru.id && p.contactNoId !== no.id)).toBe(true);
  });

  it("separates the second working group: delegate.other is a member of it only", async () => {
    const other = await userByEmail("delegate.other@workplan.test");
    const groups = await t.db
      .select({ slug: s.workingGroups.slug, role: s.memberships.role })
      .from(s.memberships)
      .innerJoin(s.workingGroups, eq(s.workingGroups.id, s.memberships.groupId))
      .where(eq(s.memberships.userId, other.id));
    expect(groups).toHaveLength(1);
    expect(groups[0]?.slug).not.toBe("regional-cooperation");
    expect(groups[0]?.role).toBe("delegate");
    const [secondGroup] = await t.db
      .select()
      .from(s.workingGroups)
      .where(eq(s.workingGroups.slug, groups[0]?.slug ?? ""));
    const projects = await t.db
      .select()
      .from(s.projects)
      .where(eq(s.projects.groupId, secondGroup?.id ?? ""));
    expect(projects.length).toBeGreaterThanOrEqual(3);
  });

  it("gives contacts only from the right delegation", async () => {
    const wrong = await queryRows<{ code: string }>(
      t.db,
      sql`select p.code from projects p
          left join users n on n.id = p.contact_no_id left join users r on r.id = p.contact_ru_id
          where n.delegation <> 'NO' or r.delegation <> 'RU'`,
    );
    expect(wrong).toEqual([]);
  });
});
