import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import * as s from "@/db/schema";
import { defineAction } from "@/lib/actions/guard";
import { AppError } from "@/lib/errors";
import { setLocale } from "@/lib/users/commands";
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
  }),
  resource: (input) => ({ kind: "project", projectId: input.projectId }),
  async run({ tx, input, audit }) {
    await tx
      .update(s.projects)
      .set({ titleEn: input.titleEn })
      .where(eq(s.projects.id, input.projectId));
    await audit({ action: "project.rename", entityType: "project", entityId: input.projectId });
    if (input.fail) throw new AppError("conflict", { data: { reason: "test" } });
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
