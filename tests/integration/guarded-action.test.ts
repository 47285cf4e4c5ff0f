import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished, vi } from "vitest";
import { z } from "zod";
import { type DatabaseHandle, openDatabase } from "@/db/client";
import * as s from "@/db/schema";
import { setLocale } from "@/lib/account/actions";
import { defineAction } from "@/lib/actions/guard";
import { AppError } from "@/lib/errors";
import { databaseIsDown, outageState } from "@/lib/server/outage";
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
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.destroy();
});

/** A test-only action with the shape real ones have: a permission on a project, a write and an audit row. */
const renameProject = defineAction({
  name: "test.renameProject",
  permission: "project.manage",
  schema: z.object({
    projectId: z.uuid(),
    titleEn: z.string().trim().min(1).max(20),
    fail: z.boolean().optional(),
    crash: z.enum(["bug", "connection"]).optional(),
  }),
  resource: (input) => ({ kind: "project", projectId: input.projectId }),
  async run({ tx, input, audit }) {
    await tx
      .update(s.projects)
      .set({ titleEn: input.titleEn })
      .where(eq(s.projects.id, input.projectId));
    await audit({ action: "project.rename", entityType: "project", entityId: input.projectId });
    if (input.fail) throw new AppError("conflict", { data: { reason: "test" } });
    if (input.crash === "bug") throw new TypeError("secret internals: column x of relation y");
    if (input.crash === "connection") {
      throw Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), {
        code: "ECONNREFUSED",
      });
    }
    return { renamed: true };
  },
});

describe(`the guarded action path (${testBackend()})`, () => {
  it("refuses a caller who is not signed in", async () => {
    expect(await setLocale.execute(t.db, null, { locale: "ru" })).toMatchObject({
      status: "error",
      code: "unauthenticated",
    });
  });

  it("returns translated field errors as data and writes nothing for bad input", async () => {
    const user = await createUser(t.db, { locale: "en" });
    const result = await setLocale.execute(t.db, asSessionUser(user), { locale: "de" });
    expect(result).toMatchObject({
      status: "error",
      code: "validation",
      fieldErrors: { locale: [{ key: "validation.choice" }] },
    });
    const [row] = await t.db.select().from(s.users).where(eq(s.users.id, user.id));
    expect(row?.locale).toBe("en");
  });

  it("saves the user's language with an audit event", async () => {
    const user = await createUser(t.db, { locale: "en" });
    expect(await setLocale.execute(t.db, asSessionUser(user), { locale: "ru" })).toEqual({
      status: "success",
      data: { locale: "ru" },
    });
    const [row] = await t.db.select().from(s.users).where(eq(s.users.id, user.id));
    expect(row?.locale).toBe("ru");
    const events = await t.db
      .select()
      .from(s.auditEvents)
      .where(and(eq(s.auditEvents.actorId, user.id), eq(s.auditEvents.action, "user.set_locale")));
    expect(events).toHaveLength(1);
    expect(events[0]?.before).toEqual({ locale: "en" });
    expect(events[0]?.after).toEqual({ locale: "ru" });
  });

  it("checks the permission against the specific resource: a delegate cannot rename, a coordinator can", async () => {
    const group = await createGroup(t.db);
    const area = await createArea(t.db, group.id);
    const delegate = await createMember(t.db, group.id, "delegate");
    const coordinator = await createMember(t.db, group.id, "coordinator");
    const project = await createProject(t.db, group.id, area.id, { contactNoId: delegate.id });

    const refused = await renameProject.execute(t.db, asSessionUser(delegate), {
      projectId: project.id,
      titleEn: "X",
    });
    expect(refused).toMatchObject({ status: "error", code: "forbidden" });

    const done = await renameProject.execute(t.db, asSessionUser(coordinator), {
      projectId: project.id,
      titleEn: "New",
    });
    expect(done).toEqual({ status: "success", data: { renamed: true } });
    const [event] = await t.db
      .select()
      .from(s.auditEvents)
      .where(eq(s.auditEvents.entityId, project.id));
    expect(event).toMatchObject({
      actorId: coordinator.id,
      groupId: group.id,
      action: "project.rename",
    });
  });

  it("answers not_found to a member of another group", async () => {
    const group = await createGroup(t.db);
    const area = await createArea(t.db, group.id);
    const project = await createProject(t.db, group.id, area.id);
    const elsewhere = await createGroup(t.db);
    const stranger = await createMember(t.db, elsewhere.id, "coordinator");
    const result = await renameProject.execute(t.db, asSessionUser(stranger), {
      projectId: project.id,
      titleEn: "X",
    });
    expect(result).toMatchObject({ status: "error", code: "not_found" });
  });

  it("rolls back the write and its audit row when the body fails", async () => {
    const group = await createGroup(t.db);
    const area = await createArea(t.db, group.id);
    const coordinator = await createMember(t.db, group.id, "coordinator");
    const project = await createProject(t.db, group.id, area.id, { titleEn: "Before" });
    const result = await renameProject.execute(t.db, asSessionUser(coordinator), {
      projectId: project.id,
      titleEn: "After",
      fail: true,
    });
    expect(result).toMatchObject({ status: "error", code: "conflict", data: { reason: "test" } });
    const [row] = await t.db.select().from(s.projects).where(eq(s.projects.id, project.id));
    expect(row?.titleEn).toBe("Before");
    expect(
      await t.db.select().from(s.auditEvents).where(eq(s.auditEvents.entityId, project.id)),
    ).toHaveLength(0);
  });
});

describe(`unexpected errors in the guarded action path (${testBackend()})`, () => {
  const lines: string[] = [];
  const capture = () =>
    vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
  afterEach(() => {
    vi.restoreAllMocks();
    lines.length = 0;
    Object.assign(outageState(), { down: false, since: null });
  });

  async function coordinatorAndProject() {
    const group = await createGroup(t.db);
    const area = await createArea(t.db, group.id);
    const coordinator = await createMember(t.db, group.id, "coordinator");
    const project = await createProject(t.db, group.id, area.id, { titleEn: "Before" });
    return { coordinator, project };
  }

  it("answers a bug with a reference, logs it as one JSON line with that id, and writes nothing", async () => {
    const { coordinator, project } = await coordinatorAndProject();
    capture();
    const result = await renameProject.execute(t.db, asSessionUser(coordinator), {
      projectId: project.id,
      titleEn: "After",
      crash: "bug",
    });
    expect(result).toMatchObject({
      status: "error",
      code: "internal",
      message: { key: "errors.internal", values: { reference: expect.any(String) } },
    });
    if (result.status !== "error") throw new Error("expected an error");
    const reference = result.message.values?.reference;
    // No internals reach the user.
    expect(JSON.stringify(result)).not.toContain("secret internals");

    const logged = lines.map((line) => JSON.parse(line));
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      level: "error",
      msg: "unexpected error in an action",
      correlationId: reference,
      action: "test.renameProject",
      error: { name: "TypeError", message: "secret internals: column x of relation y" },
    });
    expect(logged[0].time).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(logged[0].error.stack).toContain("TypeError");

    const [row] = await t.db.select().from(s.projects).where(eq(s.projects.id, project.id));
    expect(row?.titleEn).toBe("Before");
    expect(
      await t.db.select().from(s.auditEvents).where(eq(s.auditEvents.entityId, project.id)),
    ).toHaveLength(0);
  });

  it("answers a lost database connection with 'unavailable', not a bug, and marks the outage once a probe confirms it", async () => {
    const { coordinator, project } = await coordinatorAndProject();
    // The process's own database, which the confirming probe asks: unreachable here.
    const slot = globalThis as { __workplanDatabase?: DatabaseHandle };
    const unreachable = openDatabase({
      url: "postgres://workplan@127.0.0.1:9/nothing",
      maxConnections: 1,
    });
    slot.__workplanDatabase = unreachable;
    onTestFinished(async () => {
      slot.__workplanDatabase = undefined;
      await unreachable.close();
    });
    capture();
    const result = await renameProject.execute(t.db, asSessionUser(coordinator), {
      projectId: project.id,
      titleEn: "After",
      crash: "connection",
    });
    expect(result).toEqual({
      status: "error",
      code: "unavailable",
      message: { key: "errors.unavailable" },
    });
    await vi.waitFor(() => expect(databaseIsDown()).toBe(true));
    const logged = lines.map((line) => JSON.parse(line));
    expect(logged).toEqual([
      expect.objectContaining({ level: "warn", action: "test.renameProject" }),
      expect.objectContaining({ level: "warn", msg: expect.stringContaining("unavailable") }),
    ]);
  });
});
