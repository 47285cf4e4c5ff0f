import { and, asc, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Executor } from "@/db/client";
import * as s from "@/db/schema";
import type { ActionState } from "@/lib/actions/guard";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError } from "@/lib/errors";
import {
  addProjects,
  approvePlan,
  createPlan,
  deletePlan,
  removeProject,
  updatePlan,
} from "@/lib/plans/actions";
import {
  candidateProjects,
  comparePlans,
  draftingContext,
  listPlans,
  planProjects,
} from "@/lib/plans/queries";
import { defaultPair } from "@/lib/plans/rules";
import { writeToPlan } from "@/lib/plans/writes";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import {
  asSessionUser,
  createArea,
  createGroup,
  createMember,
  createProject,
  createUser,
} from "../support/factories";

let t: TestDatabase;
let w: Awaited<ReturnType<typeof planWorld>>;

async function createMeeting(
  db: Executor,
  groupId: string,
  number: number,
  fields: Partial<s.NewMeeting> = {},
) {
  const [meeting] = await db
    .insert(s.meetings)
    .values({
      groupId,
      number,
      startsOn: "2018-03-14",
      endsOn: "2018-03-15",
      cityEn: "Murmansk",
      country: "RU",
      state: "held",
      ...fields,
    })
    .returning();
  if (!meeting) throw new Error("meeting not created");
  return meeting;
}

/**
 * A group whose approved plan no. 1 lists five projects: in progress, completed, cancelled,
 * archived and suspended; two more projects are in no plan (one of them archived). Meetings 4
 * and 5 were held, 6 is planned. A second group has its own coordinator and meeting.
 */
async function planWorld(db: Executor) {
  const group = await createGroup(db);
  const sea = await createArea(db, group.id, 1);
  const fish = await createArea(db, group.id, 2);
  const member = (role: s.Membership["role"]) =>
    createMember(db, group.id, role).then(asSessionUser);
  const coordinator = await member("coordinator");
  const delegate = await member("delegate");
  const observer = await member("observer");
  const admin = asSessionUser(await createUser(db, { isAdmin: true }));
  const other = await createGroup(db);
  const outsider = asSessionUser(await createMember(db, other.id, "coordinator"));
  const otherArea = await createArea(db, other.id);
  const otherProject = await createProject(db, other.id, otherArea.id, { code: "X-01" });
  const otherMeeting = await createMeeting(db, other.id, 1);

  const m4 = await createMeeting(db, group.id, 4, { startsOn: "2016-01-26", endsOn: "2016-01-27" });
  const m5 = await createMeeting(db, group.id, 5);
  const m6 = await createMeeting(db, group.id, 6, {
    startsOn: "2030-05-05",
    endsOn: "2030-05-06",
    state: "planned",
  });

  const project = (code: string, areaId: string, fields: Partial<s.NewProject> = {}) =>
    createProject(db, group.id, areaId, { code, ...fields });
  const running = await project("B-01", fish.id, { status: "in_progress" });
  const done = await project("A-01", sea.id, { status: "completed" });
  const dropped = await project("A-02", sea.id, { status: "cancelled" });
  const shelved = await project("A-03", sea.id, { archivedAt: new Date("2017-06-01") });
  const paused = await project("A-04", sea.id, { status: "suspended" });
  const fresh = await project("A-05", sea.id, { status: "proposed" });
  const archived = await project("A-06", sea.id, { archivedAt: new Date("2017-06-01") });

  const [plan1] = await db
    .insert(s.workPlans)
    .values({ groupId: group.id, number: 1, periodStart: 2016, periodEnd: 2017 })
    .returning();
  if (!plan1) throw new Error("plan not created");
  await db.insert(s.workPlanProjects).values(
    [running, done, dropped, shelved, paused].map((p) => ({
      planId: plan1.id,
      projectId: p.id,
      groupId: group.id,
    })),
  );
  await db
    .update(s.workPlans)
    .set({ state: "approved", approvedOn: "2016-01-27", approvedAtMeetingId: m4.id })
    .where(eq(s.workPlans.id, plan1.id));

  return {
    group,
    sea,
    fish,
    coordinator,
    delegate,
    observer,
    admin,
    other,
    outsider,
    otherProject,
    otherMeeting,
    m5,
    m6,
    running,
    done,
    dropped,
    shelved,
    paused,
    fresh,
    archived,
    plan1,
  };
}

beforeAll(async () => {
  t = await createTestDatabase();
  w = await planWorld(t.db);
});
afterAll(async () => {
  await t?.destroy();
});

function ok<T>(result: ActionState<T>): T {
  if (result.status !== "success")
    throw new Error(`expected success, got ${JSON.stringify(result)}`);
  return result.data;
}

function refusal(result: ActionState<unknown>) {
  if (result.status !== "error") throw new Error(`expected an error, got ${result.status}`);
  const fields = Object.fromEntries(
    Object.entries(result.fieldErrors ?? {}).map(([field, refs]) => [field, refs[0]?.key]),
  );
  return { code: result.code, message: result.message.key, fields };
}

async function planByNumber(groupId: string, number: number) {
  const [plan] = await t.db
    .select()
    .from(s.workPlans)
    .where(and(eq(s.workPlans.groupId, groupId), eq(s.workPlans.number, number)));
  return plan;
}

async function listed(planId: string) {
  const rows = await t.db
    .select({ code: s.projects.code, carriedOver: s.workPlanProjects.carriedOver })
    .from(s.workPlanProjects)
    .innerJoin(s.projects, eq(s.projects.id, s.workPlanProjects.projectId))
    .where(eq(s.workPlanProjects.planId, planId))
    .orderBy(asc(s.projects.code));
  return rows.map((r) => `${r.code}${r.carriedOver ? " (carried over)" : ""}`);
}

async function auditCount(action: string) {
  const [row] = await t.db
    .select({ n: count() })
    .from(s.auditEvents)
    .where(and(eq(s.auditEvents.action, action), eq(s.auditEvents.groupId, w.group.id)));
  return row?.n ?? 0;
}

const draftForm = (fields: Record<string, unknown> = {}) => ({
  groupId: w.group.id,
  periodStart: "2018",
  periodEnd: "2019",
  ...fields,
});

const ref = (planId: string, fields: Record<string, unknown> = {}) => ({
  groupId: w.group.id,
  planId,
  ...fields,
});

async function draft(actor: SessionUser = w.coordinator) {
  const plan = await planByNumber(w.group.id, 2);
  if (!plan) throw new Error("no draft");
  return { plan, actor };
}

describe(`drafting a work plan (${testBackend()})`, () => {
  it("proposes the next period and says how many projects would be carried over", async () => {
    const context = await draftingContext(t.db, w.group.id);
    expect(context).toEqual({
      draft: null,
      current: { number: 1, periodStart: 2016, periodEnd: 2017 },
      unfinished: 2,
    });
  });

  it("refuses delegates and observers, and hides the group from members of another", async () => {
    const form = draftForm();
    expect(refusal(await createPlan.execute(t.db, w.delegate, form)).code).toBe("forbidden");
    expect(refusal(await createPlan.execute(t.db, w.observer, form)).code).toBe("forbidden");
    expect(refusal(await createPlan.execute(t.db, w.outsider, form)).code).toBe("not_found");
    expect(refusal(await createPlan.execute(t.db, null, form)).code).toBe("unauthenticated");
    expect(await listPlans(t.db, w.group.id)).toHaveLength(1);
  });

  it("checks the period: four-digit years, end not before start", async () => {
    const wrong = await createPlan.execute(
      t.db,
      w.coordinator,
      draftForm({ periodStart: "2019", periodEnd: "2018" }),
    );
    expect(refusal(wrong)).toMatchObject({
      code: "validation",
      fields: { periodEnd: "plans.errors.periodOrder" },
    });
    const typo = await createPlan.execute(
      t.db,
      w.coordinator,
      draftForm({ periodStart: "218", periodEnd: "" }),
    );
    expect(refusal(typo).fields).toEqual({
      periodStart: "plans.errors.year",
      periodEnd: "plans.errors.year",
    });
    expect(await listPlans(t.db, w.group.id)).toHaveLength(1);
  });

  it("drafts no. 2 carrying over exactly the unfinished, current projects of the approved plan", async () => {
    const saved = ok(await createPlan.execute(t.db, w.coordinator, draftForm()));
    expect(saved).toEqual({ groupSlug: w.group.slug, number: 2, carriedOver: 2 });
    const plan = await planByNumber(w.group.id, 2);
    expect(plan).toMatchObject({ state: "draft", periodStart: 2018, periodEnd: 2019 });
    // Not the completed, cancelled or archived ones.
    expect(await listed(plan?.id ?? "")).toEqual(["A-04 (carried over)", "B-01 (carried over)"]);
    expect(await auditCount("plan.create")).toBe(1);
  });

  it("allows one draft at a time", async () => {
    const second = await createPlan.execute(t.db, w.coordinator, draftForm({ carryOver: "0" }));
    expect(refusal(second)).toMatchObject({
      code: "conflict",
      message: "plans.errors.draftExists",
    });
    expect(await listPlans(t.db, w.group.id)).toHaveLength(2);
  });

  it("offers the group's current projects the draft does not list", async () => {
    const { plan } = await draft();
    const codes = (await candidateProjects(t.db, w.group.id, plan.id)).map((p) => p.code);
    expect(codes).toEqual(["A-01", "A-02", "A-05"]);
  });

  it("adds projects: one from an earlier plan counts as carried over, a repeat changes nothing", async () => {
    const { plan } = await draft();
    const result = await addProjects.execute(
      t.db,
      w.coordinator,
      ref(plan.id, { projectIds: [w.fresh.id, w.done.id] }),
    );
    expect(ok(result).added).toBe(2);
    const again = await addProjects.execute(
      t.db,
      w.coordinator,
      ref(plan.id, { projectIds: w.fresh.id }),
    );
    expect(ok(again).added).toBe(0);
    expect(await listed(plan.id)).toEqual([
      "A-01 (carried over)",
      "A-04 (carried over)",
      "A-05",
      "B-01 (carried over)",
    ]);
    expect(await auditCount("plan.add_projects")).toBe(1);
  });

  it("refuses to add archived projects, another group's projects, or nothing", async () => {
    const { plan } = await draft();
    for (const projectIds of [[w.archived.id], [w.otherProject.id], [w.fresh.id, w.archived.id]]) {
      const result = await addProjects.execute(t.db, w.coordinator, ref(plan.id, { projectIds }));
      expect(refusal(result).fields).toEqual({ projectIds: "plans.errors.projectUnknown" });
    }
    const none = await addProjects.execute(t.db, w.coordinator, ref(plan.id));
    expect(refusal(none).fields).toEqual({ projectIds: "plans.errors.noneChosen" });
    expect(await listed(plan.id)).toHaveLength(4);
  });

  it("removes a project; one not listed is not found", async () => {
    const { plan } = await draft();
    const removed = await removeProject.execute(
      t.db,
      w.coordinator,
      ref(plan.id, { projectId: w.paused.id }),
    );
    expect(ok(removed).code).toBe("A-04");
    const again = await removeProject.execute(
      t.db,
      w.coordinator,
      ref(plan.id, { projectId: w.paused.id }),
    );
    expect(refusal(again).code).toBe("not_found");
    expect(await listed(plan.id)).toEqual(["A-01 (carried over)", "A-05", "B-01 (carried over)"]);
    expect(await auditCount("plan.remove_project")).toBe(1);
  });

  it("lets only coordinators change the list; another group's coordinator finds nothing", async () => {
    const { plan } = await draft();
    const input = ref(plan.id, { projectIds: [w.dropped.id] });
    expect(refusal(await addProjects.execute(t.db, w.delegate, input)).code).toBe("forbidden");
    expect(refusal(await addProjects.execute(t.db, w.observer, input)).code).toBe("forbidden");
    expect(refusal(await addProjects.execute(t.db, w.outsider, input)).code).toBe("not_found");
    // Naming their own group does not reach this group's plan either.
    const disguised = { ...input, groupId: w.other.id };
    expect(refusal(await addProjects.execute(t.db, w.outsider, disguised)).code).toBe("not_found");
    const remove = ref(plan.id, { projectId: w.running.id });
    expect(refusal(await removeProject.execute(t.db, w.delegate, remove)).code).toBe("forbidden");
    expect(refusal(await removeProject.execute(t.db, w.outsider, remove)).code).toBe("not_found");
    expect(
      refusal(await removeProject.execute(t.db, w.outsider, { ...remove, groupId: w.other.id }))
        .code,
    ).toBe("not_found");
    expect(await listed(plan.id)).toHaveLength(3);
  });

  it("changes the draft's period", async () => {
    const { plan } = await draft();
    const wrong = await updatePlan.execute(
      t.db,
      w.coordinator,
      ref(plan.id, { periodStart: "2019", periodEnd: "2018" }),
    );
    expect(refusal(wrong).fields).toEqual({ periodEnd: "plans.errors.periodOrder" });
    const refused = await updatePlan.execute(
      t.db,
      w.delegate,
      ref(plan.id, { periodStart: "2018", periodEnd: "2020" }),
    );
    expect(refusal(refused).code).toBe("forbidden");
    ok(
      await updatePlan.execute(
        t.db,
        w.coordinator,
        ref(plan.id, { periodStart: "2018", periodEnd: "2020" }),
      ),
    );
    expect(await planByNumber(w.group.id, 2)).toMatchObject({ periodStart: 2018, periodEnd: 2020 });
    ok(
      await updatePlan.execute(
        t.db,
        w.admin,
        ref(plan.id, { periodStart: "2018", periodEnd: "2019" }),
      ),
    );
    expect(await auditCount("plan.update")).toBe(2);
  });
});

describe(`approving a work plan (${testBackend()})`, () => {
  const approval = (planId: string, fields: Record<string, unknown> = {}) =>
    ref(planId, { meetingId: w.m5.id, approvedOn: "2018-03-15", ...fields });

  it("refuses a meeting that is not held, another group's meeting, and dates outside the meeting's reach", async () => {
    const { plan } = await draft();
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [{ meetingId: w.m6.id }, { meetingId: "plans.errors.meetingNotHeld" }],
      [{ meetingId: w.otherMeeting.id }, { meetingId: "plans.errors.meetingUnknown" }],
      [{ approvedOn: "2018-03-13" }, { approvedOn: "plans.errors.beforeMeeting" }],
      [{ approvedOn: "2999-01-01" }, { approvedOn: "plans.errors.inFuture" }],
      [{ approvedOn: "2018-02-30" }, { approvedOn: "plans.errors.date" }],
      [{ meetingId: "" }, { meetingId: "validation.required" }],
    ];
    for (const [fields, expected] of cases) {
      const result = await approvePlan.execute(t.db, w.coordinator, approval(plan.id, fields));
      expect(refusal(result).fields, JSON.stringify(fields)).toEqual(expected);
    }
    expect((await planByNumber(w.group.id, 1))?.state).toBe("approved");
    expect((await planByNumber(w.group.id, 2))?.state).toBe("draft");
  });

  it("refuses to approve a plan that is not a draft", async () => {
    const result = await approvePlan.execute(t.db, w.coordinator, approval(w.plan1.id));
    expect(refusal(result)).toMatchObject({ code: "conflict", message: "plans.errors.notDraft" });
  });

  it("refuses delegates, observers and other groups' coordinators", async () => {
    const { plan } = await draft();
    const input = approval(plan.id);
    expect(refusal(await approvePlan.execute(t.db, w.delegate, input)).code).toBe("forbidden");
    expect(refusal(await approvePlan.execute(t.db, w.observer, input)).code).toBe("forbidden");
    expect(refusal(await approvePlan.execute(t.db, w.outsider, input)).code).toBe("not_found");
    expect((await planByNumber(w.group.id, 2))?.state).toBe("draft");
  });

  it("refuses an empty draft", async () => {
    const group = await createGroup(t.db);
    const coordinator = asSessionUser(await createMember(t.db, group.id, "coordinator"));
    const meeting = await createMeeting(t.db, group.id, 1);
    const saved = ok(
      await createPlan.execute(t.db, coordinator, { ...draftForm(), groupId: group.id }),
    );
    expect(saved.carriedOver).toBe(0);
    const plan = await planByNumber(group.id, 1);
    const result = await approvePlan.execute(t.db, coordinator, {
      groupId: group.id,
      planId: plan?.id,
      meetingId: meeting.id,
      approvedOn: "2018-03-15",
    });
    expect(refusal(result)).toMatchObject({ code: "conflict", message: "plans.errors.empty" });
    expect((await planByNumber(group.id, 1))?.state).toBe("draft");
  });

  it("supersedes the approved plan and approves the draft in one step, recording the meeting", async () => {
    const { plan } = await draft();
    const result = ok(await approvePlan.execute(t.db, w.coordinator, approval(plan.id)));
    expect(result).toEqual({ groupSlug: w.group.slug, number: 2, superseded: 1 });
    const previous = await planByNumber(w.group.id, 1);
    expect(previous?.state).toBe("superseded");
    expect(previous?.supersededAt).toBeInstanceOf(Date);
    expect(await planByNumber(w.group.id, 2)).toMatchObject({
      state: "approved",
      approvedOn: "2018-03-15",
      approvedAtMeetingId: w.m5.id,
      supersededAt: null,
    });
    const plans = await listPlans(t.db, w.group.id);
    expect(plans.map((p) => [p.number, p.state, p.meeting?.number ?? null])).toEqual([
      [2, "approved", 5],
      [1, "superseded", 4],
    ]);
    expect(plans[0]).toMatchObject({ projectCount: 3, carriedOverCount: 2 });
    expect(await auditCount("plan.approve")).toBe(1);
    // The group's other members hear of it (issue 14); the approver and other groups do not.
    const told = await t.db
      .select({ userId: s.notifications.userId, kind: s.notifications.kind })
      .from(s.notifications)
      .where(eq(s.notifications.planId, (await planByNumber(w.group.id, 2))?.id ?? ""));
    expect(told.map((n) => n.userId).sort()).toEqual([w.delegate.id, w.observer.id].sort());
    expect(new Set(told.map((n) => n.kind))).toEqual(new Set(["plan_approved"]));
  });
});

describe(`an approved plan is frozen (${testBackend()})`, () => {
  const frozen = { code: "conflict", message: "plans.errors.frozen" };

  it("refuses add, remove, update and delete through the actions", async () => {
    const plan = await planByNumber(w.group.id, 2);
    const id = plan?.id ?? "";
    const before = await listed(id);
    const attempts = [
      () => addProjects.execute(t.db, w.coordinator, ref(id, { projectIds: [w.dropped.id] })),
      () => removeProject.execute(t.db, w.coordinator, ref(id, { projectId: w.running.id })),
      () =>
        updatePlan.execute(
          t.db,
          w.coordinator,
          ref(id, { periodStart: "2018", periodEnd: "2021" }),
        ),
      () => deletePlan.execute(t.db, w.coordinator, ref(id)),
      () => deletePlan.execute(t.db, w.admin, ref(w.plan1.id)),
    ];
    for (const attempt of attempts) expect(refusal(await attempt())).toMatchObject(frozen);
    expect(await listed(id)).toEqual(before);
    expect(await planByNumber(w.group.id, 2)).toMatchObject({ periodEnd: 2019, state: "approved" });
    expect(await planByNumber(w.group.id, 1)).toBeDefined();
  });

  it("refuses at the database level: no insert into an approved plan's list (SQLSTATE 23001)", async () => {
    const plan = await planByNumber(w.group.id, 2);
    const insert = () =>
      t.db
        .insert(s.workPlanProjects)
        .values({ planId: plan?.id ?? "", projectId: w.dropped.id, groupId: w.group.id });
    const state = await insert().then(
      () => "inserted",
      (error: unknown) => {
        for (let e = error; e; e = (e as { cause?: unknown }).cause) {
          const code = (e as { code?: unknown }).code;
          if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
        }
        throw error;
      },
    );
    expect(state).toBe("23001");
    // The same refusal, met by an action that lost a race, becomes the translated answer.
    const mapped = await writeToPlan(insert).catch((error: unknown) => error);
    expect(mapped).toBeInstanceOf(AppError);
    expect((mapped as AppError).details.message?.key).toBe("plans.errors.frozen");
  });
});

describe(`comparing and redrafting (${testBackend()})`, () => {
  it("compares two plans: added in B, removed from A, and in both", async () => {
    const comparison = await comparePlans(t.db, w.group.id, 1, 2);
    const codes = (list: { code: string }[] | undefined) => list?.map((p) => p.code);
    expect(codes(comparison?.added)).toEqual(["A-05"]);
    expect(codes(comparison?.removed)).toEqual(["A-02", "A-03", "A-04"]);
    expect(codes(comparison?.kept)).toEqual(["A-01", "B-01"]);
    expect(await comparePlans(t.db, w.group.id, 1, 9)).toBeNull();
    expect(await comparePlans(t.db, w.other.id, 1, 2)).toBeNull();
  });

  it("opens the comparison with the previous and the current plan", async () => {
    expect(defaultPair(await listPlans(t.db, w.group.id))).toEqual({ a: 1, b: 2 });
    expect(defaultPair([{ number: 1, state: "approved" }])).toEqual({ a: 1, b: 1 });
    expect(defaultPair([])).toBeNull();
  });

  it("drafts no. 3 from no. 2, deletes it, and drafts no. 3 again", async () => {
    const saved = ok(await createPlan.execute(t.db, w.coordinator, draftForm()));
    expect(saved).toMatchObject({ number: 3, carriedOver: 2 });
    const plan = await planByNumber(w.group.id, 3);
    expect(await planProjects(t.db, w.group.id, plan?.id ?? "")).toHaveLength(2);
    const input = ref(plan?.id ?? "");
    expect(refusal(await deletePlan.execute(t.db, w.delegate, input)).code).toBe("forbidden");
    expect(refusal(await deletePlan.execute(t.db, w.outsider, input)).code).toBe("not_found");
    ok(await deletePlan.execute(t.db, w.coordinator, input));
    expect(await planByNumber(w.group.id, 3)).toBeUndefined();
    expect(await auditCount("plan.delete")).toBe(1);
    const empty = ok(
      await createPlan.execute(t.db, w.coordinator, draftForm({ carryOver: ["0"] })),
    );
    expect(empty).toMatchObject({ number: 3, carriedOver: 0 });
  });
});
