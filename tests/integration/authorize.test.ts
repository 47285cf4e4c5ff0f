import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { authorize } from "@/lib/auth/authorize";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import {
  createArea,
  createGroup,
  createMember,
  createProject,
  createUser,
} from "../support/factories";

let t: TestDatabase;
let world: Awaited<ReturnType<typeof buildWorld>>;

/** Two groups; in the first, a Norwegian and a Russian delegate each with their own project. */
async function buildWorld(db: TestDatabase["db"]) {
  const group = await createGroup(db);
  const otherGroup = await createGroup(db);
  const area = await createArea(db, group.id);
  const otherArea = await createArea(db, otherGroup.id);
  const coordinator = await createMember(db, group.id, "coordinator", { delegation: "NO" });
  const norwegianDelegate = await createMember(db, group.id, "delegate", { delegation: "NO" });
  const russianDelegate = await createMember(db, group.id, "delegate", { delegation: "RU" });
  const observer = await createMember(db, group.id, "observer");
  const outsider = await createMember(db, otherGroup.id, "coordinator");
  const admin = await createUser(db, { isAdmin: true });
  const norwegianProject = await createProject(db, group.id, area.id, {
    contactNoId: norwegianDelegate.id,
  });
  const russianProject = await createProject(db, group.id, area.id, {
    contactRuId: russianDelegate.id,
  });
  const otherProject = await createProject(db, otherGroup.id, otherArea.id, {
    contactNoId: outsider.id,
  });
  const [actionItem] = await db
    .insert(s.actionItems)
    .values({ groupId: group.id, ownerId: russianDelegate.id, textEn: "Send the report" })
    .returning();
  return {
    group,
    coordinator,
    norwegianDelegate,
    russianDelegate,
    observer,
    outsider,
    admin,
    norwegianProject,
    russianProject,
    otherProject,
    actionItem: actionItem as s.ActionItem,
  };
}

beforeAll(async () => {
  t = await createTestDatabase();
  world = await buildWorld(t.db);
});
afterAll(async () => {
  await t?.destroy();
});

const project = (p: s.Project) => ({ kind: "project" as const, projectId: p.id });

describe(`authorization against real rows (${testBackend()})`, () => {
  it("a Russian delegate cannot update a Norwegian delegate's project, but can update their own", async () => {
    const { russianDelegate, norwegianProject, russianProject } = world;
    expect(
      (await authorize(t.db, russianDelegate, "project.updateStatus", project(norwegianProject)))
        .decision,
    ).toBe("forbidden");
    expect(
      (await authorize(t.db, russianDelegate, "project.updateStatus", project(russianProject)))
        .decision,
    ).toBe("allow");
  });

  it("a coordinator may update any project of the group and learns the project's group", async () => {
    const result = await authorize(
      t.db,
      world.coordinator,
      "project.updateStatus",
      project(world.russianProject),
    );
    expect(result).toEqual({ decision: "allow", groupId: world.group.id });
  });

  it("an observer reads but does not comment", async () => {
    expect(
      (await authorize(t.db, world.observer, "group.read", project(world.russianProject))).decision,
    ).toBe("allow");
    expect(
      (await authorize(t.db, world.observer, "project.comment", project(world.russianProject)))
        .decision,
    ).toBe("forbidden");
  });

  it("a member of another group gets not_found for this group's project, even as coordinator", async () => {
    for (const action of ["group.read", "project.manage", "project.updateStatus"] as const) {
      expect(
        (await authorize(t.db, world.outsider, action, project(world.norwegianProject))).decision,
      ).toBe("not_found");
    }
    expect(
      (
        await authorize(t.db, world.outsider, "group.read", {
          kind: "group",
          groupId: world.group.id,
        })
      ).decision,
    ).toBe("not_found");
  });

  it("an admin may do anything anywhere", async () => {
    expect(
      (await authorize(t.db, world.admin, "project.manage", project(world.otherProject))).decision,
    ).toBe("allow");
    expect(
      (await authorize(t.db, world.admin, "admin.manage", { kind: "installation" })).decision,
    ).toBe("allow");
  });

  it("only admins manage the installation", async () => {
    expect(
      (await authorize(t.db, world.coordinator, "admin.manage", { kind: "installation" })).decision,
    ).toBe("forbidden");
  });

  it("a delegate marks only their own action items done", async () => {
    const ref = { kind: "actionItem" as const, actionItemId: world.actionItem.id };
    expect(
      (await authorize(t.db, world.russianDelegate, "actionItem.complete", ref)).decision,
    ).toBe("allow");
    expect(
      (await authorize(t.db, world.norwegianDelegate, "actionItem.complete", ref)).decision,
    ).toBe("forbidden");
    expect((await authorize(t.db, world.coordinator, "actionItem.complete", ref)).decision).toBe(
      "allow",
    );
  });

  it("answers not_found for everything in an archived group, to its coordinator and to admins", async () => {
    const archived = await createGroup(t.db, { archivedAt: new Date() });
    const area = await createArea(t.db, archived.id);
    const coordinator = await createMember(t.db, archived.id, "coordinator");
    const hidden = await createProject(t.db, archived.id, area.id);
    for (const actor of [coordinator, world.admin]) {
      expect((await authorize(t.db, actor, "project.manage", project(hidden))).decision).toBe(
        "not_found",
      );
      expect(
        (await authorize(t.db, actor, "group.read", { kind: "group", groupId: archived.id }))
          .decision,
      ).toBe("not_found");
    }
  });

  it("answers not_found for ids that do not exist or are not ids at all", async () => {
    const missing = "3f1f0c1e-0000-4000-8000-000000000000";
    expect(
      (await authorize(t.db, world.admin, "group.read", { kind: "project", projectId: missing }))
        .decision,
    ).toBe("not_found");
    expect(
      (
        await authorize(t.db, world.admin, "group.read", {
          kind: "project",
          projectId: "1' or '1'='1",
        })
      ).decision,
    ).toBe("not_found");
  });
});
