import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Executor } from "@/db/client";
import * as s from "@/db/schema";
import { completeActionItem, reopenActionItem } from "@/lib/action-items/actions";
import { parseActionItemFilters } from "@/lib/action-items/input";
import { countActionItems, listActionItems } from "@/lib/action-items/queries";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import {
  asSessionUser,
  createArea,
  createGroup,
  createMember,
  createProject,
} from "../support/factories";
import { buildProjectWorld } from "../support/project-world";

const TODAY = "2019-06-01";
let t: TestDatabase;
let w: Awaited<ReturnType<typeof listWorld>>;
let p: Awaited<ReturnType<typeof buildProjectWorld>>;

async function createActionItem(
  db: Executor,
  groupId: string,
  ownerId: string,
  fields: Partial<s.NewActionItem> = {},
) {
  const [item] = await db
    .insert(s.actionItems)
    .values({ groupId, ownerId, textEn: "An action item", ...fields })
    .returning();
  if (!item) throw new Error("action item not created");
  return item;
}

/**
 * A group with two areas, three projects (one archived) and action items of every kind:
 * overdue, open with and without a due date, done, with and without a project.
 */
async function listWorld(db: Executor) {
  const group = await createGroup(db);
  const other = await createGroup(db);
  const sea = await createArea(db, group.id, 1);
  const fish = await createArea(db, group.id, 2);
  const me = await createMember(db, group.id, "delegate", { delegation: "NO" });
  const ru = await createMember(db, group.id, "delegate", { delegation: "RU", locale: "ru" });
  const stranger = await createMember(db, other.id, "coordinator");
  const [meeting] = await db
    .insert(s.meetings)
    .values({
      groupId: group.id,
      number: 5,
      startsOn: "2018-03-14",
      endsOn: "2018-03-15",
      cityEn: "Murmansk",
      cityRu: "Мурманск",
      country: "RU",
      state: "held",
    })
    .returning();
  const a = await createProject(db, group.id, sea.id, {
    code: "A-01",
    contactNoId: me.id,
    leadOrgNo: "Kystverket",
    status: "in_progress",
  });
  const b = await createProject(db, group.id, fish.id, {
    code: "B-01",
    titleEn: null,
    titleNb: "Havbruk i Vardø",
    contactRuId: ru.id,
    leadOrgRu: "МГТУ",
    status: "planned",
  });
  const c = await createProject(db, group.id, fish.id, {
    code: "B-02",
    status: "cancelled",
    archivedAt: new Date("2019-01-01"),
  });
  const [plan] = await db
    .insert(s.workPlans)
    .values({ groupId: group.id, number: 2, periodStart: 2018, periodEnd: 2019 })
    .returning();
  await db
    .insert(s.workPlanProjects)
    .values({ planId: plan?.id ?? "", projectId: a.id, groupId: group.id });

  // Created one after another, so that created_at breaks ties in a known order.
  const item = async (textEn: string, ownerId: string, fields: Partial<s.NewActionItem>) => {
    await createActionItem(db, group.id, ownerId, {
      textEn,
      meetingId: meeting?.id,
      createdAt: new Date(Date.UTC(2018, 2, 15, 12, textEn.charCodeAt(1))),
      ...fields,
    });
  };
  await item("i1", me.id, { projectId: a.id, dueOn: "2019-05-01" });
  await item("i2", ru.id, { projectId: b.id, dueOn: "2019-07-01" });
  await item("i3", me.id, { dueOn: null });
  await item("i4", ru.id, {
    projectId: a.id,
    dueOn: "2019-01-01",
    doneAt: new Date("2018-12-20"),
    doneById: ru.id,
  });
  await item("i5", ru.id, { dueOn: "2019-02-01" });
  await item("i6", me.id, { projectId: c.id, dueOn: "2019-08-01" });
  await createActionItem(db, other.id, stranger.id, { textEn: "elsewhere", dueOn: "2019-01-01" });
  return { group, other, sea, fish, me, ru, stranger, meeting, a, b, c };
}

beforeAll(async () => {
  t = await createTestDatabase();
  w = await listWorld(t.db);
  p = await buildProjectWorld(t.db);
});
afterAll(async () => {
  await t?.destroy();
});

/** The texts the list shows, in order; its total must equal what countActionItems says. */
async function texts(params: Record<string, string | string[]>, userId = w.me.id) {
  const scope = { groupId: w.group.id, userId, today: TODAY, locale: "en" as const };
  const filters = parseActionItemFilters(params);
  const { rows, total } = await listActionItems(t.db, scope, filters);
  expect(total).toBe(await countActionItems(t.db, scope, filters));
  expect(total).toBe(rows.length);
  return rows.map((r) => r.textEn);
}

describe(`the action-item list (${testBackend()})`, () => {
  it("shows open items by default: overdue first, then by due date, undated last", async () => {
    expect(await texts({})).toEqual(["i5", "i1", "i2", "i6", "i3"]);
    expect(await texts({ state: "open" })).toEqual(["i5", "i1", "i2", "i6", "i3"]);
  });

  it("filters by state: overdue, done, all", async () => {
    expect(await texts({ state: "overdue" })).toEqual(["i5", "i1"]);
    expect(await texts({ state: "done" })).toEqual(["i4"]);
    expect(await texts({ state: "all" })).toEqual(["i5", "i1", "i4", "i2", "i6", "i3"]);
  });

  it("shows only the viewer's items with owner=me", async () => {
    expect(await texts({ owner: "me" })).toEqual(["i1", "i6", "i3"]);
    expect(await texts({ owner: "me", state: "all" }, w.ru.id)).toEqual(["i5", "i4", "i2"]);
  });

  it("shows only items without a project with general=1", async () => {
    expect(await texts({ general: "1" })).toEqual(["i5", "i3"]);
    expect(await texts({ general: "1", area: w.sea.id })).toEqual([]);
  });

  it("narrows to the projects a project filter selects, dropping items without a project", async () => {
    expect(await texts({ area: w.sea.id })).toEqual(["i1"]);
    expect(await texts({ area: w.sea.id, state: "all" })).toEqual(["i1", "i4"]);
    // The archived project's item only when archived projects are asked for.
    expect(await texts({ area: w.fish.id })).toEqual(["i2"]);
    expect(await texts({ area: w.fish.id, archived: "1" })).toEqual(["i2", "i6"]);
    expect(await texts({ plan: "2", state: "all" })).toEqual(["i1", "i4"]);
    expect(await texts({ plan: "9" })).toEqual([]);
    expect(await texts({ side: "NO" })).toEqual(["i1"]);
    expect(await texts({ side: "RU" })).toEqual(["i2"]);
    expect(await texts({ status: "planned" })).toEqual(["i2"]);
    // "mine" is about projects (where I am a contact), owner=me about items.
    expect(await texts({ mine: "1", state: "all" })).toEqual(["i1", "i4"]);
    expect(await texts({ mine: "1", owner: "me", state: "all" })).toEqual(["i1"]);
  });

  it("finds items by their project, in any script", async () => {
    expect(await texts({ q: "вардё" })).toEqual(["i2"]);
    expect(await texts({ q: "kystverket", state: "all" })).toEqual(["i1", "i4"]);
    expect(await texts({ q: "nothing like this" })).toEqual([]);
  });

  it("archived=1 alone does not narrow by project", async () => {
    expect(await texts({ archived: "1" })).toEqual(await texts({}));
  });

  it("never shows another group's items", async () => {
    const all = await texts({ state: "all" });
    expect(all).not.toContain("elsewhere");
    const scope = {
      groupId: w.other.id,
      userId: w.stranger.id,
      today: TODAY,
      locale: "en" as const,
    };
    const { rows } = await listActionItems(t.db, scope, parseActionItemFilters({ state: "all" }));
    expect(rows.map((r) => r.textEn)).toEqual(["elsewhere"]);
    // A project filter of one group selects nothing of another's.
    const foreign = parseActionItemFilters({ area: w.sea.id, state: "all" });
    expect(await countActionItems(t.db, scope, foreign)).toBe(0);
  });

  it("carries owner, project, meeting and the overdue flag on each row", async () => {
    const { rows } = await listActionItems(
      t.db,
      { groupId: w.group.id, userId: w.me.id, today: TODAY, locale: "en" },
      parseActionItemFilters({ state: "all" }),
    );
    const byText = Object.fromEntries(rows.map((r) => [r.textEn, r]));
    expect(byText.i1).toMatchObject({
      ownerId: w.me.id,
      ownerName: w.me.name,
      ownerDelegation: "NO",
      projectCode: "A-01",
      meetingNumber: 5,
      meetingCityRu: "Мурманск",
      overdue: true,
      doneAt: null,
    });
    expect(byText.i2).toMatchObject({ projectTitleNb: "Havbruk i Vardø", projectTitleEn: null });
    expect(byText.i4).toMatchObject({ overdue: false, doneByName: w.ru.name });
    expect(byText.i4?.doneAt).toBeInstanceOf(Date);
    expect(byText.i3).toMatchObject({ projectCode: null, dueOn: null, overdue: false });
  });

  it("ignores nonsense in the URL instead of failing", async () => {
    expect(
      await texts({ state: "bogus", owner: "you", general: "yes", page: "-2", area: "x" }),
    ).toEqual(["i5", "i1", "i2", "i6", "i3"]);
  });

  it("pages through 50 items at a time with the right total", async () => {
    const many = await createGroup(t.db);
    const owner = await createMember(t.db, many.id, "delegate");
    await t.db.insert(s.actionItems).values(
      Array.from({ length: 120 }, (_, i) => ({
        groupId: many.id,
        ownerId: owner.id,
        textEn: `item ${String(i).padStart(3, "0")}`,
        dueOn: `2020-01-01`,
        createdAt: new Date(Date.UTC(2019, 0, 1, 0, i)),
      })),
    );
    const scope = { groupId: many.id, userId: owner.id, today: TODAY, locale: "en" as const };
    const page3 = await listActionItems(t.db, scope, parseActionItemFilters({ page: "3" }));
    expect(page3.total).toBe(120);
    expect(page3.rows.map((r) => r.textEn)).toEqual(
      Array.from({ length: 20 }, (_, i) => `item ${100 + i}`),
    );
    const beyond = await listActionItems(t.db, scope, parseActionItemFilters({ page: "9" }));
    expect(beyond).toEqual({ rows: [], total: 120 });
  });
});

/** What a refused write must leave untouched. */
async function itemState(id: string) {
  const [item] = await t.db.select().from(s.actionItems).where(eq(s.actionItems.id, id));
  const [audits] = await t.db
    .select({ n: count() })
    .from(s.auditEvents)
    .where(and(eq(s.auditEvents.entityType, "action_item"), eq(s.auditEvents.entityId, id)));
  return { item, audits: audits?.n ?? 0 };
}

const complete = (user: s.User, actionItemId: string) =>
  completeActionItem.execute(t.db, asSessionUser(user), { actionItemId });
const reopen = (user: s.User, actionItemId: string) =>
  reopenActionItem.execute(t.db, asSessionUser(user), { actionItemId });

describe(`marking action items done and reopening them (${testBackend()})`, () => {
  it("a delegate marks their own item done: when, by whom, and an audit row", async () => {
    const item = await createActionItem(t.db, p.group.id, p.delegateRu.id);
    const result = await complete(p.delegateRu, item.id);
    expect(result).toMatchObject({ status: "success", data: { actionItemId: item.id } });
    const { item: after, audits } = await itemState(item.id);
    expect(after?.doneById).toBe(p.delegateRu.id);
    expect(after?.doneAt).toBeInstanceOf(Date);
    expect(audits).toBe(1);
    const [event] = await t.db
      .select()
      .from(s.auditEvents)
      .where(eq(s.auditEvents.entityId, item.id));
    expect(event).toMatchObject({
      action: "action_item.complete",
      entityType: "action_item",
      actorId: p.delegateRu.id,
      groupId: p.group.id,
      before: { doneAt: null },
      after: { doneAt: after?.doneAt?.toISOString() },
    });
  });

  it("the item then leaves the open list and appears among the done ones", async () => {
    const item = await createActionItem(t.db, p.group.id, p.delegateNo.id, { textEn: "moves" });
    const scope = {
      groupId: p.group.id,
      userId: p.delegateNo.id,
      today: TODAY,
      locale: "en" as const,
    };
    const open = parseActionItemFilters({ owner: "me" });
    const done = parseActionItemFilters({ owner: "me", state: "done" });
    const openBefore = await countActionItems(t.db, scope, open);
    const doneBefore = await countActionItems(t.db, scope, done);
    expect((await complete(p.delegateNo, item.id)).status).toBe("success");
    expect(await countActionItems(t.db, scope, open)).toBe(openBefore - 1);
    expect(await countActionItems(t.db, scope, done)).toBe(doneBefore + 1);
    const { rows } = await listActionItems(t.db, scope, done);
    expect(rows.find((r) => r.id === item.id)).toMatchObject({ doneByName: p.delegateNo.name });
  });

  it("marking a done item done again is a conflict, and changes nothing", async () => {
    const item = await createActionItem(t.db, p.group.id, p.delegateNo.id);
    expect((await complete(p.delegateNo, item.id)).status).toBe("success");
    const before = await itemState(item.id);
    const again = await complete(p.delegateNo, item.id);
    expect(again).toMatchObject({
      status: "error",
      code: "conflict",
      message: { key: "actionItems.errors.alreadyDone" },
    });
    expect(await itemState(item.id)).toEqual(before);
  });

  it("a delegate cannot mark someone else's item done", async () => {
    const item = await createActionItem(t.db, p.group.id, p.delegateNo.id);
    const before = await itemState(item.id);
    expect(await complete(p.otherDelegateNo, item.id)).toMatchObject({
      status: "error",
      code: "forbidden",
    });
    expect(await itemState(item.id)).toEqual(before);
  });

  it("an observer cannot mark an item done, not even their own", async () => {
    const item = await createActionItem(t.db, p.group.id, p.observer.id);
    const before = await itemState(item.id);
    expect(await complete(p.observer, item.id)).toMatchObject({
      status: "error",
      code: "forbidden",
    });
    expect(await itemState(item.id)).toEqual(before);
  });

  it("a coordinator may mark any item of the group done", async () => {
    const item = await createActionItem(t.db, p.group.id, p.delegateRu.id);
    expect((await complete(p.coordinatorNo, item.id)).status).toBe("success");
    const { item: after } = await itemState(item.id);
    expect(after?.doneById).toBe(p.coordinatorNo.id);
  });

  it("a member of another group is told the item does not exist", async () => {
    const item = await createActionItem(t.db, p.group.id, p.delegateNo.id);
    const before = await itemState(item.id);
    expect(await complete(p.outsider, item.id)).toMatchObject({
      status: "error",
      code: "not_found",
    });
    expect(await reopen(p.outsider, item.id)).toMatchObject({ status: "error", code: "not_found" });
    expect(await itemState(item.id)).toEqual(before);
  });

  it("refuses an unknown item and a malformed id", async () => {
    expect(await complete(p.coordinatorNo, "7c9e6679-7425-40de-944b-e07fc1f90ae7")).toMatchObject({
      status: "error",
      code: "not_found",
    });
    expect(await complete(p.coordinatorNo, "not-an-id")).toMatchObject({
      status: "error",
      code: "validation",
    });
  });

  it("the owner reopens their done item; reopening an open one is a conflict", async () => {
    const item = await createActionItem(t.db, p.group.id, p.delegateNo.id);
    expect((await complete(p.delegateNo, item.id)).status).toBe("success");
    const { item: done } = await itemState(item.id);
    expect(await reopen(p.delegateNo, item.id)).toMatchObject({
      status: "success",
      data: { actionItemId: item.id, doneAt: null },
    });
    const { item: after, audits } = await itemState(item.id);
    expect(after).toMatchObject({ doneAt: null, doneById: null });
    expect(audits).toBe(2);
    const [event] = await t.db
      .select()
      .from(s.auditEvents)
      .where(
        and(eq(s.auditEvents.entityId, item.id), eq(s.auditEvents.action, "action_item.reopen")),
      );
    expect(event).toMatchObject({
      entityType: "action_item",
      actorId: p.delegateNo.id,
      groupId: p.group.id,
      before: { doneAt: done?.doneAt?.toISOString() },
      after: { doneAt: null },
    });
    const before = await itemState(item.id);
    expect(await reopen(p.delegateNo, item.id)).toMatchObject({
      status: "error",
      code: "conflict",
      message: { key: "actionItems.errors.alreadyOpen" },
    });
    expect(await itemState(item.id)).toEqual(before);
  });

  it("a delegate cannot reopen someone else's item; an observer cannot reopen any", async () => {
    const item = await createActionItem(t.db, p.group.id, p.delegateNo.id);
    expect((await complete(p.coordinatorRu, item.id)).status).toBe("success");
    const before = await itemState(item.id);
    expect(await reopen(p.otherDelegateNo, item.id)).toMatchObject({ code: "forbidden" });
    expect(await reopen(p.observer, item.id)).toMatchObject({ code: "forbidden" });
    expect(await itemState(item.id)).toEqual(before);
  });

  it("two people marking the same item done at once: one succeeds, the other gets a conflict", async () => {
    const item = await createActionItem(t.db, p.group.id, p.delegateNo.id);
    const results = await Promise.all([
      complete(p.delegateNo, item.id),
      complete(p.coordinatorNo, item.id),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["error", "success"]);
    expect(results.find((r) => r.status === "error")).toMatchObject({ code: "conflict" });
    expect((await itemState(item.id)).audits).toBe(1);
  });
});
