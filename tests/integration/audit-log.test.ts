import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAuditFilters } from "@/lib/audit/input";
import { listAuditActors, listAuditEvents } from "@/lib/audit/queries";
import { writeAudit } from "@/lib/audit/writes";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import {
  createArea,
  createGroup,
  createMember,
  createProject,
  createUser,
} from "../support/factories";

let t: TestDatabase;
let w: Awaited<ReturnType<typeof world>>;

async function world(db: TestDatabase["db"]) {
  const group = await createGroup(db);
  const other = await createGroup(db);
  const area = await createArea(db, group.id);
  const coordinator = await createMember(db, group.id, "coordinator");
  const delegate = await createMember(db, group.id, "delegate");
  const stranger = await createMember(db, other.id, "coordinator");
  const project = await createProject(db, group.id, area.id, { code: "AUD-1" });
  const write = (
    actorId: string | null,
    groupId: string | null,
    action: string,
    entityType: string,
    entityId: string | null,
    before?: unknown,
    after?: unknown,
  ) => writeAudit(db, { actorId, groupId, action, entityType, entityId, before, after });
  await write(
    coordinator.id,
    group.id,
    "project.edit",
    "project",
    project.id,
    { titleEn: "Old" },
    { titleEn: "New", version: 2 },
  );
  await write(
    delegate.id,
    group.id,
    "project.status_update",
    "project",
    project.id,
    { progress: 10 },
    { progress: 20 },
  );
  await write(
    coordinator.id,
    group.id,
    "meeting.create",
    "meeting",
    "11111111-1111-4111-8111-111111111111",
  );
  await write(
    stranger.id,
    other.id,
    "project.edit",
    "project",
    "22222222-2222-4222-8222-222222222222",
  );
  await write(null, null, "auth.sign_in_failed", "account", "someone@example.org");
  return { group, other, coordinator, delegate, stranger, project };
}

beforeAll(async () => {
  t = await createTestDatabase();
  w = await world(t.db);
});
afterAll(async () => {
  await t?.destroy();
});

const list = (groupId: string | null, params: Record<string, string> = {}) =>
  listAuditEvents(t.db, groupId, parseAuditFilters(params));

describe(`the audit log (${testBackend()})`, () => {
  it("shows a group only its own events, newest first", async () => {
    const { rows, total } = await list(w.group.id);
    expect(total).toBe(3);
    expect(rows.map((r) => r.action)).toEqual([
      "meeting.create",
      "project.status_update",
      "project.edit",
    ]);
    expect(rows.every((r) => r.groupSlug === w.group.slug)).toBe(true);
  });

  it("shows admins everything, sign-in events included, and joins project codes only for projects", async () => {
    const { rows, total } = await list(null);
    expect(total).toBe(5);
    expect(rows[0]).toMatchObject({
      action: "auth.sign_in_failed",
      entityId: "someone@example.org",
      projectCode: null,
      actorName: null,
    });
    expect(rows.find((r) => r.action === "project.status_update")?.projectCode).toBe("AUD-1");
  });

  it("filters by person, by family or exact action, and by project code", async () => {
    expect((await list(w.group.id, { actor: w.delegate.id })).rows.map((r) => r.action)).toEqual([
      "project.status_update",
    ]);
    expect((await list(w.group.id, { action: "project" })).total).toBe(2);
    expect((await list(w.group.id, { action: "project.edit" })).total).toBe(1);
    expect((await list(w.group.id, { project: "AUD-1" })).total).toBe(2);
    expect((await list(w.group.id, { project: "NOPE" })).total).toBe(0);
  });

  it("does not let a project code reach another group's events", async () => {
    expect((await list(w.other.id, { project: "AUD-1" })).total).toBe(0);
  });

  it("ignores nonsense filters instead of failing", async () => {
    const { total } = await list(w.group.id, {
      actor: "x'; drop table users; --",
      action: "DROP",
      page: "-1",
    });
    expect(total).toBe(3);
  });

  it("offers the group's members as people to filter by", async () => {
    await createUser(t.db);
    const names = (await listAuditActors(t.db, w.group.id)).map((a) => a.id).sort();
    expect(names).toEqual([w.coordinator.id, w.delegate.id].sort());
  });
});
