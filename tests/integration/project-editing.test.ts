import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import {
  archiveProject,
  createProject,
  restoreProject,
  updateProject,
} from "@/lib/projects/actions";
import { getProjectFormOptions } from "@/lib/projects/queries";
import { outdatedLanguages } from "@/lib/projects/rules";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import {
  asSessionUser,
  createArea,
  createGroup,
  createMember,
  createUser,
} from "../support/factories";

let t: TestDatabase;
let group: s.WorkingGroup;
let area: s.CooperationArea;
let coordinator: SessionUser;
let otherCoordinator: SessionUser;
let delegateNo: s.User;
let delegateRu: s.User;

beforeAll(async () => {
  t = await createTestDatabase();
  group = await createGroup(t.db);
  area = await createArea(t.db, group.id);
  coordinator = asSessionUser(await createMember(t.db, group.id, "coordinator"));
  otherCoordinator = asSessionUser(
    await createMember(t.db, group.id, "coordinator", { delegation: "RU" }),
  );
  delegateNo = await createMember(t.db, group.id, "delegate", { delegation: "NO" });
  delegateRu = await createMember(t.db, group.id, "delegate", { delegation: "RU" });
});
afterAll(async () => {
  await t?.destroy();
});

let serial = 0;
const nextCode = () => `2018-${String(++serial).padStart(2, "0")}`;

/** What the form submits for a new project, with every field a string. */
function newProjectForm(overrides: Record<string, unknown> = {}) {
  return {
    groupId: group.id,
    code: nextCode(),
    areaId: area.id,
    status: "planned",
    titleNb: "Grenseoverskridende havbruk",
    titleRu: "Трансграничная аквакультура",
    titleEn: "",
    summaryNb: "Felles overvåking av oppdrett i Varangerfjorden.",
    summaryRu: "",
    summaryEn: "",
    plannedStart: "2018-04-01",
    plannedEnd: "2019-12-31",
    leadOrgNo: "Havforskningsinstituttet",
    leadOrgRu: "ПИНРО",
    contactNoId: delegateNo.id,
    contactRuId: delegateRu.id,
    partners: "Norges sjømatråd\n\n  Мурманский рыбный союз  \n",
    places: "kirkenes\nmurmansk",
    fundingAmount: "1 500 000,5",
    fundingCurrency: "NOK",
    fundingSource: "Barentssekretariatet",
    milestones: JSON.stringify([
      { titleNb: "Oppstartsmøte", titleRu: "Стартовое совещание", dueOn: "2018-05-15", doneOn: "" },
      { titleEn: "Joint report", dueOn: "2019-11-30" },
    ]),
    ...overrides,
  };
}

async function create(overrides: Record<string, unknown> = {}, actor = coordinator) {
  const input = newProjectForm(overrides);
  const result = await createProject.execute(t.db, actor, input);
  return { result, code: input.code as string };
}

async function projectByCode(code: string) {
  const [row] = await t.db
    .select()
    .from(s.projects)
    .where(and(eq(s.projects.groupId, group.id), eq(s.projects.code, code)));
  return row;
}

async function auditOf(projectId: string) {
  return t.db
    .select()
    .from(s.auditEvents)
    .where(and(eq(s.auditEvents.entityType, "project"), eq(s.auditEvents.entityId, projectId)))
    .orderBy(asc(s.auditEvents.id));
}

/** The edit form as it is first shown for a saved project. */
async function editForm(code: string, overrides: Record<string, unknown> = {}) {
  const row = await projectByCode(code);
  if (!row) throw new Error(`no project ${code}`);
  const milestones = await t.db
    .select()
    .from(s.milestones)
    .where(eq(s.milestones.projectId, row.id))
    .orderBy(asc(s.milestones.position));
  return {
    projectId: row.id,
    version: String(row.version),
    ...newProjectForm({
      code: row.code,
      titleNb: row.titleNb ?? "",
      titleRu: row.titleRu ?? "",
      titleEn: row.titleEn ?? "",
      milestones: JSON.stringify(milestones),
      partners: row.partners.join("\n"),
      fundingAmount: row.fundingAmount ?? "",
    }),
    ...overrides,
  };
}

describe(`creating, editing and archiving projects (${testBackend()})`, () => {
  it("lets a coordinator create a project with its milestones, audit event and text timestamps", async () => {
    const { result, code } = await create();
    expect(result).toEqual({ status: "success", data: { groupSlug: group.slug, code } });
    const row = await projectByCode(code);
    expect(row).toMatchObject({
      status: "planned",
      version: 1,
      titleNb: "Grenseoverskridende havbruk",
      titleEn: null,
      partners: ["Norges sjømatråd", "Мурманский рыбный союз"],
      placeNames: expect.arrayContaining(["Kirkenes", "Киркенес", "Мурманск"]),
      fundingAmount: "1500000.50",
      fundingCurrency: "NOK",
      contactNoId: delegateNo.id,
      createdById: coordinator.id,
    });
    expect(Object.keys(row?.textEditedAt ?? {}).sort()).toEqual([
      "summary.nb",
      "title.nb",
      "title.ru",
    ]);
    const milestones = await t.db
      .select()
      .from(s.milestones)
      .where(eq(s.milestones.projectId, row?.id ?? ""))
      .orderBy(asc(s.milestones.position));
    expect(milestones.map((m) => [m.titleNb, m.titleEn, m.dueOn, m.position])).toEqual([
      ["Oppstartsmøte", null, "2018-05-15", 0],
      [null, "Joint report", "2019-11-30", 1],
    ]);
    const [event] = await auditOf(row?.id ?? "");
    expect(event).toMatchObject({ action: "project.create", actorId: coordinator.id });
    expect(event?.after).toMatchObject({ code, version: 1, status: "planned", area: area.id });
  });

  it("refuses delegates and observers (forbidden) and members of another group (not found)", async () => {
    const delegate = asSessionUser(delegateNo);
    const observer = asSessionUser(await createMember(t.db, group.id, "observer"));
    const elsewhere = await createGroup(t.db);
    const stranger = asSessionUser(await createMember(t.db, elsewhere.id, "coordinator"));
    expect((await create({}, delegate)).result).toMatchObject({ code: "forbidden" });
    expect((await create({}, observer)).result).toMatchObject({ code: "forbidden" });
    expect((await create({}, stranger)).result).toMatchObject({ code: "not_found" });

    const { code } = await create();
    const form = await editForm(code, { titleEn: "Renamed" });
    expect(await updateProject.execute(t.db, delegate, form)).toMatchObject({ code: "forbidden" });
    expect(await updateProject.execute(t.db, stranger, form)).toMatchObject({ code: "not_found" });
    expect(
      await archiveProject.execute(t.db, observer, { projectId: form.projectId }),
    ).toMatchObject({ code: "forbidden" });
    expect((await projectByCode(code))?.version).toBe(1);
  });

  it("answers a duplicate code with a field error and writes nothing", async () => {
    const { code } = await create();
    const before = await t.db.select().from(s.projects);
    const { result } = await create({ code: code.toLowerCase(), titleEn: "Another" });
    expect(result).toMatchObject({
      status: "error",
      code: "validation",
      fieldErrors: { code: [{ key: "projectForm.errors.codeTaken" }] },
    });
    expect(await t.db.select().from(s.projects)).toHaveLength(before.length);
  });

  it("accepts as contacts only members of the matching delegation", async () => {
    const outsider = await createUser(t.db, { delegation: "NO" });
    const { result } = await create({ contactNoId: delegateRu.id, contactRuId: outsider.id });
    expect(result).toMatchObject({
      code: "validation",
      fieldErrors: {
        contactNoId: [{ key: "projectForm.errors.contactNoId" }],
        contactRuId: [{ key: "projectForm.errors.contactRuId" }],
      },
    });
  });

  it("keeps a contact who has since left the group when other fields are edited", async () => {
    const leaving = await createMember(t.db, group.id, "delegate", { delegation: "NO" });
    const { code } = await create({ contactNoId: leaving.id });
    await t.db.delete(s.memberships).where(eq(s.memberships.userId, leaving.id));
    const form = await editForm(code, { contactNoId: leaving.id, titleEn: "Still here" });
    expect(await updateProject.execute(t.db, coordinator, form)).toMatchObject({
      status: "success",
    });
  });

  it("lets only one of two simultaneous creations with the same code through", async () => {
    const code = nextCode();
    const results = await Promise.all([create({ code }), create({ code })]);
    const outcomes = results.map(({ result }) =>
      result.status === "error" ? result.fieldErrors?.code?.[0]?.key : result.status,
    );
    expect(outcomes.sort()).toEqual(["projectForm.errors.codeTaken", "success"]);
  });

  it("reports every invalid field at once, translated", async () => {
    const { result } = await create({
      code: "x".repeat(33),
      titleNb: "",
      titleRu: " ",
      titleEn: "",
      plannedStart: "2019-01-01",
      plannedEnd: "2018-12-31",
      fundingAmount: "2500",
      fundingCurrency: "",
      milestones: "{not json",
    });
    expect(result).toMatchObject({ status: "error", code: "validation" });
    const errors = result.status === "error" ? result.fieldErrors : {};
    expect(errors).toEqual({
      code: [{ key: "validation.tooLong", values: { max: 32 } }],
      title: [{ key: "projectForm.errors.titleRequired" }],
      plannedEnd: [{ key: "projectForm.errors.endBeforeStart" }],
      fundingCurrency: [{ key: "projectForm.errors.currencyMissing" }],
      milestones: [{ key: "projectForm.errors.milestonesInvalid" }],
    });
  });

  it("checks code format, amounts, lines and each milestone", async () => {
    const { result } = await create({
      code: "-07",
      fundingAmount: "-5",
      places: "kirkenes\nNot a key!",
      milestones: JSON.stringify([{ titleNb: " ", dueOn: "2019-02-30" }]),
    });
    const errors = result.status === "error" ? result.fieldErrors : {};
    expect(errors).toEqual({
      code: [{ key: "projectForm.errors.codeFormat" }],
      fundingAmount: [{ key: "projectForm.errors.amount" }],
      places: [{ key: "validation.choice" }],
      "milestones.0.title": [{ key: "projectForm.errors.milestoneTitle" }],
      "milestones.0.dueOn": [{ key: "projectForm.errors.date" }],
    });
  });

  it("refuses a stale version, listing the other editor's changes, and writes nothing", async () => {
    const { code } = await create();
    const mine = await editForm(code, { titleNb: "Mitt forslag" });
    const theirs = await editForm(code, { titleEn: "Their title", leadOrgRu: "ВНИРО" });
    expect(await updateProject.execute(t.db, otherCoordinator, theirs)).toMatchObject({
      status: "success",
    });
    const saved = await projectByCode(code);

    const result = await updateProject.execute(t.db, coordinator, mine);
    expect(result).toMatchObject({ status: "error", code: "conflict" });
    const data = result.status === "error" ? result.conflict : undefined;
    expect(data?.current).toBe("2");
    expect(data?.changes).toHaveLength(1);
    expect(data?.changes[0]?.actorName).toBe(otherCoordinator.name);
    expect(data?.changes[0]?.fields.map((f) => f.field).sort()).toEqual(["leadOrgRu", "titleEn"]);
    expect(await projectByCode(code)).toEqual(saved);
    expect(await auditOf(saved?.id ?? "")).toHaveLength(2);

    // Having seen the changes, the user saves again on the current version.
    const again = await updateProject.execute(t.db, coordinator, { ...mine, version: "2" });
    expect(again).toMatchObject({ status: "success" });
    expect(await projectByCode(code)).toMatchObject({ titleNb: "Mitt forslag", version: 3 });
  });

  it("saves an edit on the current version: version + 1, only changed fields audited", async () => {
    const { code } = await create();
    const before = await projectByCode(code);
    const milestones = JSON.parse((await editForm(code)).milestones) as Record<string, unknown>[];
    const form = await editForm(code, {
      code: `${code}b`,
      titleNb: "Nytt navn",
      plannedEnd: "2020-06-30",
      milestones: JSON.stringify([{ ...milestones[0], doneOn: "2018-05-20" }]),
    });
    const result = await updateProject.execute(t.db, coordinator, form);
    expect(result).toEqual({
      status: "success",
      data: { groupSlug: group.slug, code: `${code}b` },
    });
    const after = await projectByCode(`${code}b`);
    expect(after).toMatchObject({ version: 2, titleNb: "Nytt navn", plannedEnd: "2020-06-30" });
    expect(after?.updatedAt.getTime()).toBeGreaterThan(before?.updatedAt.getTime() ?? 0);
    const kept = await t.db
      .select()
      .from(s.milestones)
      .where(eq(s.milestones.projectId, form.projectId));
    expect(kept).toEqual([
      expect.objectContaining({ id: milestones[0]?.id, doneOn: "2018-05-20" }),
    ]);

    const edit = (await auditOf(form.projectId)).at(-1);
    expect(edit?.action).toBe("project.edit");
    expect(Object.keys(edit?.after as object).sort()).toEqual([
      "code",
      "milestones",
      "plannedEnd",
      "titleNb",
      "version",
    ]);
    expect(edit?.before).toMatchObject({
      code,
      titleNb: "Grenseoverskridende havbruk",
      version: 1,
    });
    expect(edit?.after).toMatchObject({ code: `${code}b`, titleNb: "Nytt navn", version: 2 });

    // Saving the same values again is not an edit.
    const unchanged = await editForm(`${code}b`, {
      milestones: JSON.stringify(kept),
      plannedEnd: "2020-06-30",
      titleNb: "Nytt navn",
    });
    expect(await updateProject.execute(t.db, coordinator, unchanged)).toMatchObject({
      status: "success",
    });
    expect((await projectByCode(`${code}b`))?.version).toBe(2);
  });

  it("marks the other languages of a changed text as possibly outdated", async () => {
    const { code } = await create({ titleEn: "Cross-border aquaculture" });
    const created = await projectByCode(code);
    expect(outdatedLanguages(created?.textEditedAt ?? {}, created ?? {})).toEqual([]);

    await new Promise((resolve) => setTimeout(resolve, 5));
    await updateProject.execute(
      t.db,
      coordinator,
      await editForm(code, { titleNb: "Nytt havbruk" }),
    );
    const edited = await projectByCode(code);
    expect(edited?.textEditedAt["title.nb"]).not.toBe(created?.textEditedAt["title.nb"]);
    expect(edited?.textEditedAt["title.ru"]).toBe(created?.textEditedAt["title.ru"]);
    expect(outdatedLanguages(edited?.textEditedAt ?? {}, edited ?? {})).toEqual([
      "title.ru",
      "title.en",
    ]);
  });

  it("archives a project, refuses edits while archived, and restores it", async () => {
    const { code } = await create();
    const form = await editForm(code, { titleEn: "While archived" });
    expect(await archiveProject.execute(t.db, coordinator, { projectId: form.projectId })).toEqual({
      status: "success",
      data: { groupSlug: group.slug, code },
    });
    const archived = await projectByCode(code);
    expect(archived?.archivedAt).toBeInstanceOf(Date);
    expect(archived?.version).toBe(2);

    const refused = await updateProject.execute(t.db, coordinator, { ...form, version: "2" });
    expect(refused).toMatchObject({
      status: "error",
      code: "conflict",
      message: { key: "projectForm.errors.archived" },
    });
    expect((await projectByCode(code))?.titleEn).toBeNull();

    expect(
      await restoreProject.execute(t.db, coordinator, { projectId: form.projectId }),
    ).toMatchObject({
      status: "success",
    });
    const restored = await projectByCode(code);
    expect(restored).toMatchObject({ archivedAt: null, version: 3 });
    expect((await auditOf(form.projectId)).map((e) => e.action)).toEqual([
      "project.create",
      "project.archive",
      "project.restore",
    ]);
    expect(await updateProject.execute(t.db, coordinator, { ...form, version: "3" })).toMatchObject(
      { status: "success" },
    );
  });
});

describe(`the project form's choices (${testBackend()})`, () => {
  it("offers the group's current areas and active coordinators and delegates, keeping existing references", async () => {
    const own = await createGroup(t.db);
    const second = await createArea(t.db, own.id, 2);
    const first = await createArea(t.db, own.id, 1);
    const [retired] = await t.db
      .insert(s.cooperationAreas)
      .values({
        groupId: own.id,
        position: 3,
        nameNb: "Gammel",
        nameRu: "Старое",
        nameEn: "Old",
        archivedAt: new Date(),
      })
      .returning();
    const coordinatorRu = await createMember(t.db, own.id, "coordinator", { delegation: "RU" });
    const delegate = await createMember(t.db, own.id, "delegate", { delegation: "NO" });
    const observer = await createMember(t.db, own.id, "observer", { delegation: "NO" });
    const inactive = await createMember(t.db, own.id, "delegate", { active: false });
    await createMember(t.db, (await createGroup(t.db)).id, "delegate");

    const options = await getProjectFormOptions(t.db, own.id);
    expect(options.areas.map((a) => a.id)).toEqual([first.id, second.id]);
    expect(options.people.map((p) => p.id).sort()).toEqual([coordinatorRu.id, delegate.id].sort());
    expect(options.people.find((p) => p.id === coordinatorRu.id)).toMatchObject({
      delegation: "RU",
      eligible: true,
    });

    const kept = await getProjectFormOptions(t.db, own.id, {
      areaId: retired?.id,
      contactIds: [inactive.id, null],
    });
    expect(kept.areas.at(-1)).toMatchObject({ id: retired?.id, archived: true });
    expect(kept.people.find((p) => p.id === inactive.id)).toMatchObject({ eligible: false });
    expect(kept.people.some((p) => p.id === observer.id)).toBe(false);
  });
});
