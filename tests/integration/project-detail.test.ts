import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import * as s from "@/db/schema";
import { addComment } from "@/lib/projects/comments/actions";
import { getProjectDetail } from "@/lib/projects/queries";
import { isMilestoneOverdue, isOverdue, projectAbilities } from "@/lib/projects/rules";
import { confirmStatusUpdate, postStatusUpdate } from "@/lib/projects/status-updates/actions";
import { getProjectHistory, HISTORY_LIMIT } from "@/lib/projects/status-updates/queries";
import type { GroupRole } from "@/lib/vocabulary";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import { asSessionUser, createArea, createGroup, createProject } from "../support/factories";
import { buildProjectWorld } from "../support/project-world";

let t: TestDatabase;
let world: Awaited<ReturnType<typeof buildProjectWorld>>;
/** Statements sent to the database so far (its query log): relational queries included. */
let sent = 0;

beforeAll(async () => {
  t = await createTestDatabase({
    onQuery: () => {
      sent++;
    },
  });
  world = await buildProjectWorld(t.db);
});
afterAll(async () => {
  await t?.destroy();
});

/** The database, and how many statements are sent to it from now on. */
function counting(db: Database) {
  const start = sent;
  return {
    db,
    counter: {
      get queries() {
        return sent - start;
      },
    },
  };
}

async function richProject() {
  const project = await world.newProject({
    code: `2018-${Math.floor(Math.random() * 1e6)}`,
    titleNb: "Havnesamarbeid Kirkenes–Murmansk",
    titleRu: "Портовое сотрудничество Киркенес – Мурманск",
    titleEn: null,
    summaryNb: "Felles beredskap.\nTo havner.",
    plannedStart: "2018-04-01",
    plannedEnd: "2019-12-31",
    leadOrgNo: "Kystverket",
    leadOrgRu: "Росморречфлот",
    partners: ["Kirkenes havn", "ФГУП «Атомфлот»"],
    places: ["Kirkenes", "Murmansk"],
    fundingAmount: "1500000.00",
    fundingCurrency: "NOK",
    fundingSource: "Barentssekretariatet",
  });
  await t.db.insert(s.milestones).values([
    {
      projectId: project.id,
      titleNb: "Forstudie",
      titleEn: "Pre-study",
      dueOn: "2018-06-01",
      doneOn: "2018-05-20",
      position: 0,
    },
    { projectId: project.id, titleRu: "Учения", dueOn: "2019-03-01", position: 1 },
  ]);
  const [plan] = await t.db
    .insert(s.workPlans)
    .values({
      groupId: world.group.id,
      number: Math.floor(Math.random() * 1e6),
      periodStart: 2018,
      periodEnd: 2019,
    })
    .returning();
  await t.db
    .insert(s.workPlanProjects)
    .values({ planId: plan?.id ?? "", projectId: project.id, groupId: world.group.id });
  return { project, plan };
}

describe(`the project page's data (${testBackend()})`, () => {
  it("loads every field of a project by its code, scoped to the group", async () => {
    const { project, plan } = await richProject();
    const detail = await getProjectDetail(t.db, world.group.id, project.code);
    expect(detail).toMatchObject({
      id: project.id,
      code: project.code,
      title: {
        nb: "Havnesamarbeid Kirkenes–Murmansk",
        ru: "Портовое сотрудничество Киркенес – Мурманск",
        en: null,
      },
      summary: { nb: "Felles beredskap.\nTo havner.", ru: null, en: null },
      area: { nb: "Havbruk", ru: "Аквакультура", en: "Aquaculture" },
      status: "planned",
      health: null,
      progress: 40,
      plannedStart: "2018-04-01",
      plannedEnd: "2019-12-31",
      leadOrgNo: "Kystverket",
      leadOrgRu: "Росморречфлот",
      contactNo: {
        id: world.delegateNo.id,
        name: world.delegateNo.name,
        email: world.delegateNo.email,
      },
      contactRu: { id: world.delegateRu.id, name: world.delegateRu.name },
      partners: ["Kirkenes havn", "ФГУП «Атомфлот»"],
      places: [
        {
          key: "kirkenes",
          names: { nb: "Kirkenes", ru: "Киркенес", en: "Kirkenes", se: "Girkonjárga" },
          latitude: 69.7271,
          longitude: 30.0452,
        },
        expect.objectContaining({ key: "murmansk" }),
      ],
      funding: { amount: "1500000.00", currency: "NOK", source: "Barentssekretariatet" },
      lastUpdateAt: null,
      awaitingConfirmationFrom: null,
      version: 1,
      archivedAt: null,
      latestUpdate: null,
      plans: [
        {
          number: plan?.number,
          periodStart: 2018,
          periodEnd: 2019,
          state: "draft",
          carriedOver: false,
        },
      ],
    });
    expect(detail?.milestones).toEqual([
      expect.objectContaining({
        title: { nb: "Forstudie", ru: null, en: "Pre-study" },
        dueOn: "2018-06-01",
        doneOn: "2018-05-20",
      }),
      expect.objectContaining({
        title: { nb: null, ru: "Учения", en: null },
        dueOn: "2019-03-01",
        doneOn: null,
      }),
    ]);
    const elsewhere = await createGroup(t.db);
    expect(await getProjectDetail(t.db, elsewhere.id, project.code)).toBeNull();
    expect(await getProjectDetail(t.db, world.group.id, "no-such-code")).toBeNull();
  });

  it("shows the latest update and who confirmed it, and loads page content in two queries", async () => {
    const { project } = await richProject();
    const delegateNo = asSessionUser(world.delegateNo);
    const posted = await postStatusUpdate.execute(t.db, delegateNo, {
      projectId: project.id,
      version: 1,
      status: "in_progress",
      health: "at_risk",
      progress: 55,
      note: "Forsinket levering.",
      noteLocale: "nb",
    });
    if (posted.status !== "success") throw new Error("not posted");
    await addComment.execute(t.db, asSessionUser(world.delegateRu), {
      projectId: project.id,
      body: "Согласны.",
    });
    await confirmStatusUpdate.execute(t.db, asSessionUser(world.delegateRu), {
      updateId: posted.data.updateId,
    });

    const { db, counter } = counting(t.db);
    const detail = await getProjectDetail(db, world.group.id, project.code);
    const history = await getProjectHistory(db, world.group.id, project.id);
    expect(counter.queries).toBe(2);

    expect(detail?.latestUpdate).toMatchObject({
      id: posted.data.updateId,
      side: "NO",
      confirmation: { name: world.delegateRu.name, side: "RU" },
    });
    expect(Number.isNaN(Date.parse(detail?.latestUpdate?.createdAt ?? ""))).toBe(false);
    expect(detail?.lastUpdateAt).not.toBeNull();
    expect(history.truncated).toBe(false);
    expect(history.entries.map((e) => e.kind)).toEqual(["comment", "update"]);
    expect(history.entries[1]).toMatchObject({
      kind: "update",
      authorName: world.delegateNo.name,
      side: "NO",
      status: "in_progress",
      previousStatus: "planned",
      health: "at_risk",
      previousHealth: null,
      progress: 55,
      previousProgress: 40,
      note: "Forsinket levering.",
      locale: "nb",
      confirmation: { name: world.delegateRu.name, side: "RU" },
    });
  });

  it(`keeps only the newest ${HISTORY_LIMIT} history entries, newest first`, async () => {
    const group = await createGroup(t.db);
    const area = await createArea(t.db, group.id);
    const project = await createProject(t.db, group.id, area.id);
    const at = (minute: number) => new Date(Date.UTC(2019, 0, 1, 0, minute));
    await t.db.insert(s.statusUpdates).values(
      Array.from({ length: 150 }, (_, i) => ({
        projectId: project.id,
        groupId: group.id,
        authorId: world.coordinatorNo.id,
        authorDelegation: "NO" as const,
        status: "in_progress" as const,
        progress: i % 101,
        createdAt: at(2 * i),
      })),
    );
    await t.db.insert(s.comments).values(
      Array.from({ length: 60 }, (_, i) => ({
        projectId: project.id,
        groupId: group.id,
        authorId: world.coordinatorRu.id,
        body: `Комментарий ${i}`,
        locale: "ru" as const,
        createdAt: at(2 * i + 1),
      })),
    );
    const history = await getProjectHistory(t.db, group.id, project.id);
    expect(history.entries).toHaveLength(HISTORY_LIMIT);
    expect(history.truncated).toBe(true);
    const times = history.entries.map((e) => Date.parse(e.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(times[0]).toBe(at(2 * 149).getTime());
    expect(await getProjectHistory(t.db, world.group.id, project.id)).toEqual({
      entries: [],
      truncated: false,
    });
  });

  it("marks a project overdue after its planned end unless completed or cancelled", () => {
    const base = { plannedEnd: "2019-12-31" };
    expect(isOverdue({ ...base, status: "in_progress" }, "2020-01-01")).toBe(true);
    expect(isOverdue({ ...base, status: "in_progress" }, "2019-12-31")).toBe(false);
    expect(isOverdue({ ...base, status: "completed" }, "2020-01-01")).toBe(false);
    expect(isOverdue({ ...base, status: "cancelled" }, "2020-01-01")).toBe(false);
    expect(isOverdue({ plannedEnd: null, status: "planned" }, "2020-01-01")).toBe(false);
    const milestone = { id: "m", title: {}, dueOn: "2019-03-01", doneOn: null };
    expect(isMilestoneOverdue(milestone, "2019-03-02")).toBe(true);
    expect(isMilestoneOverdue({ ...milestone, doneOn: "2019-03-05" }, "2019-04-01")).toBe(false);
  });

  it("answers an over-long code without asking the database", async () => {
    const { db, counter } = counting(t.db);
    expect(await getProjectDetail(db, world.group.id, "x".repeat(65))).toBeNull();
    expect(counter.queries).toBe(0);
  });
});

describe("what the reader may do on the project page", () => {
  const page = (overrides: Partial<Parameters<typeof projectAbilities>[2]> = {}) => ({
    archivedAt: null,
    contactNo: { id: world.delegateNo.id, name: "", email: "", position: null },
    contactRu: { id: world.delegateRu.id, name: "", email: "", position: null },
    latestUpdate: { id: "u", side: "NO" as const, createdAt: "", confirmation: null },
    awaitingConfirmationFrom: "RU" as const,
    ...overrides,
  });
  const may = (user: s.User, role: GroupRole | null, overrides = {}) =>
    projectAbilities(asSessionUser(user), role, page(overrides));

  it("follows the permission module: contacts update, members comment, the other side confirms", () => {
    expect(may(world.delegateNo, "delegate")).toEqual({
      manage: false,
      updateStatus: true,
      comment: true,
      confirmLatest: false,
    });
    expect(may(world.otherDelegateNo, "delegate").updateStatus).toBe(false);
    expect(may(world.delegateRu, "delegate").confirmLatest).toBe(true);
    expect(may(world.coordinatorRu, "coordinator")).toEqual({
      manage: true,
      updateStatus: true,
      comment: true,
      confirmLatest: true,
    });
    expect(may(world.observer, "observer")).toEqual({
      manage: false,
      updateStatus: false,
      comment: false,
      confirmLatest: false,
    });
  });

  it("offers no confirmation once confirmed or when nothing is awaited, and nothing but reading when archived", () => {
    const confirmed = { name: "x", side: "RU" as const, at: "" };
    expect(
      may(world.delegateRu, "delegate", {
        latestUpdate: { id: "u", side: "NO", createdAt: "", confirmation: confirmed },
      }).confirmLatest,
    ).toBe(false);
    expect(
      may(world.delegateRu, "delegate", { awaitingConfirmationFrom: null }).confirmLatest,
    ).toBe(false);
    // An administrator of the posting side may do much, but not confirm their own side.
    expect(may(world.admin, null).confirmLatest).toBe(false);
    expect(may(world.coordinatorNo, "coordinator", { archivedAt: "2020-01-01" })).toEqual({
      manage: true,
      updateStatus: false,
      comment: false,
      confirmLatest: false,
    });
  });
});
