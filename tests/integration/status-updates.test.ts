import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { confirmStatusUpdate, postStatusUpdate } from "@/lib/projects/status-updates/actions";
import type { StatusUpdateInput } from "@/lib/projects/status-updates/input";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import { asSessionUser, createMember } from "../support/factories";
import { buildProjectWorld, projectState } from "../support/project-world";

let t: TestDatabase;
let world: Awaited<ReturnType<typeof buildProjectWorld>>;

beforeAll(async () => {
  t = await createTestDatabase();
  world = await buildProjectWorld(t.db);
});
afterAll(async () => {
  await t?.destroy();
});

const post = (user: s.User, input: Partial<StatusUpdateInput> & { projectId: string }) =>
  postStatusUpdate.execute(t.db, asSessionUser(user), {
    version: 1,
    status: "in_progress",
    health: "on_track",
    progress: 60,
    noteLocale: "nb",
    ...input,
  });

describe(`posting a status update (${testBackend()})`, () => {
  it("a Norwegian delegate posts on their own project: history, project state, audit, awaiting the Russian side", async () => {
    const project = await world.newProject();
    const result = await post(world.delegateNo, {
      projectId: project.id,
      note: "  Havneanlegget er ferdig prosjektert.\nAnbud i mai.  ",
      nextSteps: "Anbudsrunde",
    });
    expect(result).toMatchObject({ status: "success", data: { version: 2 } });

    const [update] = await t.db
      .select()
      .from(s.statusUpdates)
      .where(eq(s.statusUpdates.projectId, project.id));
    expect(update).toMatchObject({
      authorId: world.delegateNo.id,
      authorDelegation: "NO",
      groupId: world.group.id,
      status: "in_progress",
      health: "on_track",
      progress: 60,
      previousStatus: "planned",
      previousHealth: null,
      previousProgress: 40,
      note: "Havneanlegget er ferdig prosjektert.\nAnbud i mai.",
      noteLocale: "nb",
      nextSteps: "Anbudsrunde",
    });

    const { project: after, audits } = await projectState(t.db, project.id);
    expect(after).toMatchObject({
      status: "in_progress",
      health: "on_track",
      progress: 60,
      version: 2,
      awaitingConfirmationFrom: "RU",
    });
    expect(after?.lastUpdateAt?.toISOString()).toBe(update?.createdAt.toISOString());
    expect(audits).toBe(1);
    const [event] = await t.db
      .select()
      .from(s.auditEvents)
      .where(and(eq(s.auditEvents.entityId, project.id)));
    expect(event).toMatchObject({
      action: "project.status_update",
      entityType: "project",
      actorId: world.delegateNo.id,
      groupId: world.group.id,
      before: { status: "planned", health: null, progress: 40, version: 1 },
      after: {
        status: "in_progress",
        health: "on_track",
        progress: 60,
        version: 2,
        note: "Havneanlegget er ferdig prosjektert.\nAnbud i mai.",
      },
    });
  });

  it("a Russian coordinator may update any project of the group; the Norwegian side is then awaited", async () => {
    const project = await world.newProject({ contactRuId: null });
    const result = await post(world.coordinatorRu, { projectId: project.id, noteLocale: "ru" });
    expect(result.status).toBe("success");
    const { project: after } = await projectState(t.db, project.id);
    expect(after?.awaitingConfirmationFrom).toBe("NO");
  });

  it("stores no health and no note language for a completed project without text", async () => {
    const project = await world.newProject();
    const result = await post(world.delegateNo, {
      projectId: project.id,
      status: "completed",
      health: "at_risk",
      progress: 100,
    });
    expect(result.status).toBe("success");
    const [update] = await t.db
      .select()
      .from(s.statusUpdates)
      .where(eq(s.statusUpdates.projectId, project.id));
    expect(update).toMatchObject({ status: "completed", health: null, noteLocale: null });
  });

  it("a Norwegian delegate cannot update a project where they are not a contact", async () => {
    const project = await world.newProject();
    const before = await projectState(t.db, project.id);
    const result = await post(world.otherDelegateNo, { projectId: project.id });
    expect(result).toMatchObject({ status: "error", code: "forbidden" });
    expect(await projectState(t.db, project.id)).toEqual(before);
  });

  it("an observer cannot post a status update", async () => {
    const project = await world.newProject();
    const before = await projectState(t.db, project.id);
    const result = await post(world.observer, { projectId: project.id });
    expect(result).toMatchObject({ status: "error", code: "forbidden" });
    expect(await projectState(t.db, project.id)).toEqual(before);
  });

  it("a member of another group is told the project does not exist", async () => {
    const project = await world.newProject();
    const before = await projectState(t.db, project.id);
    const result = await post(world.outsider, { projectId: project.id });
    expect(result).toMatchObject({ status: "error", code: "not_found" });
    expect(await projectState(t.db, project.id)).toEqual(before);
  });

  it.each([
    [
      "progress 101",
      { progress: 101 },
      "progress",
      { key: "validation.tooBig", values: { max: 100 } },
    ],
    ["progress 50.5", { progress: 50.5 }, "progress", { key: "validation.wholeNumber" }],
    ["progress abc", { progress: "abc" }, "progress", { key: "validation.wholeNumber" }],
    ["no progress", { progress: "" }, "progress", { key: "validation.required" }],
    [
      "no health while in progress",
      { health: "" },
      "health",
      { key: "project.update.healthRequired" },
    ],
    [
      "a note of 4001 characters",
      { note: "x".repeat(4001) },
      "note",
      { key: "validation.tooLong", values: { max: 4000 } },
    ],
    [
      "next steps of 2001 characters",
      { nextSteps: "x".repeat(2001) },
      "nextSteps",
      { key: "validation.tooLong", values: { max: 2000 } },
    ],
    ["an unknown status", { status: "done" }, "status", { key: "validation.choice" }],
    ["an unknown language", { noteLocale: "de" }, "noteLocale", { key: "validation.choice" }],
  ])("refuses %s with a field error and writes nothing", async (_name, input, field, message) => {
    const project = await world.newProject();
    const before = await projectState(t.db, project.id);
    const result = await post(world.delegateNo, {
      projectId: project.id,
      ...(input as Partial<StatusUpdateInput>),
    });
    expect(result).toMatchObject({ status: "error", code: "validation" });
    if (result.status !== "error") return;
    expect(result.fieldErrors?.[field]).toEqual([message]);
    expect(await projectState(t.db, project.id)).toEqual(before);
  });

  it("reports a missing health together with other field errors", async () => {
    const project = await world.newProject();
    const result = await post(world.delegateNo, {
      projectId: project.id,
      health: undefined,
      progress: 101,
    });
    expect(result).toMatchObject({
      status: "error",
      fieldErrors: { health: [{ key: "project.update.healthRequired" }], progress: [{}] },
    });
  });

  it("refuses a stale version as a conflict that lists what the other writer changed", async () => {
    const project = await world.newProject();
    expect((await post(world.delegateRu, { projectId: project.id, progress: 70 })).status).toBe(
      "success",
    );
    const before = await projectState(t.db, project.id);
    const result = await post(world.delegateNo, {
      projectId: project.id,
      version: 1,
      status: "suspended",
      progress: 65,
    });
    expect(result).toMatchObject({ status: "error", code: "conflict" });
    if (result.status !== "error") return;
    const conflict = result.conflict;
    if (!conflict) throw new Error("a conflict carries what changed");
    expect(conflict.current).toBe("2");
    expect(conflict.changes).toHaveLength(1);
    expect(conflict.changes[0]).toMatchObject({
      actorName: world.delegateRu.name,
      action: "project.status_update",
    });
    expect(conflict.changes[0]?.fields).toEqual(
      expect.arrayContaining([
        { field: "status", before: "planned", after: "in_progress" },
        { field: "health", before: null, after: "on_track" },
        { field: "progress", before: 40, after: 70 },
      ]),
    );
    expect(await projectState(t.db, project.id)).toEqual(before);

    const again = await post(world.delegateNo, {
      projectId: project.id,
      version: Number(conflict.current),
      status: "suspended",
      progress: 65,
    });
    expect(again).toMatchObject({ status: "success", data: { version: 3 } });
  });

  it("refuses an update on an archived project with a translated reason", async () => {
    const project = await world.newProject({ archivedAt: new Date() });
    const before = await projectState(t.db, project.id);
    const result = await post(world.delegateNo, { projectId: project.id });
    expect(result).toMatchObject({
      status: "error",
      code: "validation",
      message: { key: "project.update.archived" },
    });
    expect(await projectState(t.db, project.id)).toEqual(before);
  });

  it("measures one status update", async () => {
    const project = await world.newProject();
    const runs = 20;
    const started = Date.now();
    for (let version = 1; version <= runs; version++) {
      const result = await post(world.coordinatorNo, {
        projectId: project.id,
        version,
        progress: version,
      });
      expect(result.status).toBe("success");
    }
    const average = (Date.now() - started) / runs;
    console.info(`[${testBackend()}] one status update: ${average.toFixed(1)} ms on average`);
    expect(average).toBeLessThan(1000);
  });
});

describe(`confirming a status update (${testBackend()})`, () => {
  const confirm = (user: s.User, updateId: string) =>
    confirmStatusUpdate.execute(t.db, asSessionUser(user), { updateId });

  /** A project with one update by the Norwegian contact, awaiting the Russian side. */
  async function posted() {
    const project = await world.newProject();
    const result = await post(world.delegateNo, { projectId: project.id });
    if (result.status !== "success") throw new Error("update not posted");
    return { project, updateId: result.data.updateId };
  }

  it("the Russian contact confirms the Norwegian update: recorded, no longer awaited, version kept", async () => {
    const { project, updateId } = await posted();
    const result = await confirm(world.delegateRu, updateId);
    expect(result).toEqual({ status: "success", data: { updateId } });
    const [confirmation] = await t.db
      .select()
      .from(s.statusConfirmations)
      .where(eq(s.statusConfirmations.updateId, updateId));
    expect(confirmation).toMatchObject({ userId: world.delegateRu.id, delegation: "RU" });
    const { project: after } = await projectState(t.db, project.id);
    expect(after).toMatchObject({ awaitingConfirmationFrom: null, version: 2 });
    const events = await t.db
      .select()
      .from(s.auditEvents)
      .where(
        and(
          eq(s.auditEvents.entityId, project.id),
          eq(s.auditEvents.action, "project.confirm_update"),
        ),
      );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: world.delegateRu.id,
      before: { awaitingConfirmationFrom: "RU" },
      after: { awaitingConfirmationFrom: null, confirmedUpdateId: updateId },
    });
  });

  it("the side that posted an update cannot confirm it", async () => {
    const { project, updateId } = await posted();
    const before = await projectState(t.db, project.id);
    expect(await confirm(world.coordinatorNo, updateId)).toMatchObject({
      status: "error",
      code: "forbidden",
    });
    // An administrator passes the permission check, but not the rule about sides.
    expect(await confirm(world.admin, updateId)).toMatchObject({
      status: "error",
      code: "forbidden",
      message: { key: "project.confirm.ownSide" },
    });
    expect(await projectState(t.db, project.id)).toEqual(before);
  });

  it("a Russian delegate who is not the project's contact cannot confirm", async () => {
    const { updateId } = await posted();
    const stranger = await createMember(t.db, world.group.id, "delegate", { delegation: "RU" });
    expect(await confirm(stranger, updateId)).toMatchObject({ status: "error", code: "forbidden" });
  });

  it("an update cannot be confirmed twice", async () => {
    const { updateId } = await posted();
    expect((await confirm(world.delegateRu, updateId)).status).toBe("success");
    expect(await confirm(world.coordinatorRu, updateId)).toMatchObject({
      status: "error",
      code: "conflict",
      message: { key: "project.confirm.already" },
    });
  });

  it("an update superseded by a newer one cannot be confirmed", async () => {
    const { project, updateId } = await posted();
    expect((await post(world.delegateNo, { projectId: project.id, version: 2 })).status).toBe(
      "success",
    );
    const before = await projectState(t.db, project.id);
    expect(await confirm(world.delegateRu, updateId)).toMatchObject({
      status: "error",
      code: "conflict",
      message: { key: "project.confirm.superseded" },
    });
    expect(await projectState(t.db, project.id)).toEqual(before);
  });

  it("a member of another group is told the update does not exist", async () => {
    const { updateId } = await posted();
    expect(await confirm(world.outsider, updateId)).toMatchObject({
      status: "error",
      code: "not_found",
    });
  });
});
