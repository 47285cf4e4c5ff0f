import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import { createArea, createGroup, createProject, createUser } from "../support/factories";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.destroy();
});

/** The SQLSTATE of the database error behind a failed query (drizzle wraps it). */
async function sqlState(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
      const code = (e as { code?: unknown }).code;
      if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
    }
    throw error;
  }
  return undefined;
}

describe(`the database itself refuses what must never be stored (${testBackend()})`, () => {
  it("refuses a progress of 101 or -1", async () => {
    const group = await createGroup(t.db);
    const area = await createArea(t.db, group.id);
    expect(await sqlState(createProject(t.db, group.id, area.id, { progress: 101 }))).toBe("23514");
    expect(await sqlState(createProject(t.db, group.id, area.id, { progress: -1 }))).toBe("23514");
    const ok = await createProject(t.db, group.id, area.id, { progress: 100 });
    expect(ok.progress).toBe(100);
  });

  it("refuses an unknown status", async () => {
    const group = await createGroup(t.db);
    const area = await createArea(t.db, group.id);
    const project = await createProject(t.db, group.id, area.id);
    // 22P02: invalid input value for enum project_status.
    expect(
      await sqlState(
        t.db.execute(sql`update projects set status = 'finished' where id = ${project.id}`),
      ),
    ).toBe("22P02");
  });

  it("refuses a project in a cooperation area of another group", async () => {
    const mine = await createGroup(t.db);
    const theirs = await createGroup(t.db);
    const theirArea = await createArea(t.db, theirs.id);
    expect(await sqlState(createProject(t.db, mine.id, theirArea.id))).toBe("23503");
  });

  it("refuses health on a project that is neither planned nor in progress", async () => {
    const group = await createGroup(t.db);
    const area = await createArea(t.db, group.id);
    expect(
      await sqlState(
        createProject(t.db, group.id, area.id, { status: "completed", health: "on_track" }),
      ),
    ).toBe("23514");
  });

  it("refuses a project without a title in any language, or ending before it starts", async () => {
    const group = await createGroup(t.db);
    const area = await createArea(t.db, group.id);
    expect(
      await sqlState(
        createProject(t.db, group.id, area.id, { titleNb: null, titleRu: null, titleEn: null }),
      ),
    ).toBe("23514");
    expect(
      await sqlState(
        createProject(t.db, group.id, area.id, {
          plannedStart: "2019-01-01",
          plannedEnd: "2018-12-31",
        }),
      ),
    ).toBe("23514");
  });

  it("refuses two projects with the same code in one group, allows it across groups", async () => {
    const a = await createGroup(t.db);
    const b = await createGroup(t.db);
    const areaA = await createArea(t.db, a.id);
    const areaB = await createArea(t.db, b.id);
    await createProject(t.db, a.id, areaA.id, { code: "2018-07" });
    expect(await sqlState(createProject(t.db, a.id, areaA.id, { code: "2018-07" }))).toBe("23505");
    expect((await createProject(t.db, b.id, areaB.id, { code: "2018-07" })).code).toBe("2018-07");
  });

  it("keeps status updates append-only", async () => {
    const group = await createGroup(t.db);
    const area = await createArea(t.db, group.id);
    const project = await createProject(t.db, group.id, area.id);
    const author = await createUser(t.db);
    const [update] = await t.db
      .insert(s.statusUpdates)
      .values({
        projectId: project.id,
        groupId: group.id,
        authorId: author.id,
        authorDelegation: "NO",
        status: "in_progress",
        health: "on_track",
        progress: 10,
      })
      .returning();
    if (!update) throw new Error("no update");
    expect(
      await sqlState(
        t.db.update(s.statusUpdates).set({ progress: 90 }).where(eq(s.statusUpdates.id, update.id)),
      ),
    ).toBe("23001");
    expect(
      await sqlState(t.db.delete(s.statusUpdates).where(eq(s.statusUpdates.id, update.id))),
    ).toBe("23001");
  });

  it("keeps the audit log append-only: no update, delete or truncate (issue 18.8)", async () => {
    const actor = await createUser(t.db);
    const [event] = await t.db
      .insert(s.auditEvents)
      .values({ actorId: actor.id, action: "test.append_only", entityType: "test" })
      .returning();
    if (!event) throw new Error("no event");
    const own = eq(s.auditEvents.id, event.id);
    expect(
      await sqlState(t.db.update(s.auditEvents).set({ action: "test.rewritten" }).where(own)),
    ).toBe("23001");
    expect(
      await sqlState(
        t.db
          .update(s.auditEvents)
          .set({ createdAt: new Date(0) })
          .where(own),
      ),
    ).toBe("23001");
    expect(await sqlState(t.db.delete(s.auditEvents).where(own))).toBe("23001");
    expect(await sqlState(t.db.execute(sql`truncate audit_events`))).toBe("23001");
    // Users are deactivated, never deleted: one with a trail cannot be.
    expect(await sqlState(t.db.delete(s.users).where(eq(s.users.id, actor.id)))).toBe("23001");
    const [kept] = await t.db.select().from(s.auditEvents).where(own);
    expect(kept).toEqual(event);
  });

  it("freezes the project list of an approved work plan", async () => {
    const group = await createGroup(t.db);
    const area = await createArea(t.db, group.id);
    const first = await createProject(t.db, group.id, area.id);
    const second = await createProject(t.db, group.id, area.id);
    const [plan] = await t.db
      .insert(s.workPlans)
      .values({ groupId: group.id, number: 1, periodStart: 2018, periodEnd: 2019 })
      .returning();
    if (!plan) throw new Error("no plan");
    await t.db
      .insert(s.workPlanProjects)
      .values({ planId: plan.id, projectId: first.id, groupId: group.id });
    await t.db
      .update(s.workPlans)
      .set({ state: "approved", approvedOn: "2018-03-15" })
      .where(eq(s.workPlans.id, plan.id));
    expect(
      await sqlState(
        t.db
          .insert(s.workPlanProjects)
          .values({ planId: plan.id, projectId: second.id, groupId: group.id }),
      ),
    ).toBe("23001");
    expect(
      await sqlState(t.db.delete(s.workPlanProjects).where(eq(s.workPlanProjects.planId, plan.id))),
    ).toBe("23001");
  });

  it("allows one approved work plan per group at a time", async () => {
    const group = await createGroup(t.db);
    await t.db.insert(s.workPlans).values({
      groupId: group.id,
      number: 1,
      periodStart: 2016,
      periodEnd: 2017,
      state: "approved",
      approvedOn: "2016-01-27",
    });
    expect(
      await sqlState(
        t.db.insert(s.workPlans).values({
          groupId: group.id,
          number: 2,
          periodStart: 2018,
          periodEnd: 2019,
          state: "approved",
          approvedOn: "2018-03-15",
        }),
      ),
    ).toBe("23505");
  });

  it("stores emails in lower case only", async () => {
    expect(await sqlState(createUser(t.db, { email: "Someone@Workplan.test" }))).toBe("23514");
  });
});
