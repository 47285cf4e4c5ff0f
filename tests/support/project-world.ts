import { and, count, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import * as s from "@/db/schema";
import { createArea, createGroup, createMember, createProject, createUser } from "./factories";

/**
 * A working group with a project whose Norwegian and Russian contacts are delegates, plus
 * the other personas the status-update rules care about.
 */
export async function buildProjectWorld(db: Executor) {
  const group = await createGroup(db);
  const area = await createArea(db, group.id);
  const coordinatorNo = await createMember(db, group.id, "coordinator", { delegation: "NO" });
  const coordinatorRu = await createMember(db, group.id, "coordinator", { delegation: "RU" });
  const delegateNo = await createMember(db, group.id, "delegate", { delegation: "NO" });
  const delegateRu = await createMember(db, group.id, "delegate", {
    delegation: "RU",
    locale: "ru",
  });
  const otherDelegateNo = await createMember(db, group.id, "delegate", { delegation: "NO" });
  const observer = await createMember(db, group.id, "observer");
  const otherGroup = await createGroup(db);
  const outsider = await createMember(db, otherGroup.id, "coordinator");
  const admin = await createUser(db, { isAdmin: true, delegation: "NO" });
  const newProject = (overrides: Parameters<typeof createProject>[3] = {}) =>
    createProject(db, group.id, area.id, {
      contactNoId: delegateNo.id,
      contactRuId: delegateRu.id,
      progress: 40,
      ...overrides,
    });
  return {
    group,
    area,
    coordinatorNo,
    coordinatorRu,
    delegateNo,
    delegateRu,
    otherDelegateNo,
    observer,
    outsider,
    admin,
    newProject,
  };
}

/** What a refused write must leave untouched. */
export async function projectState(db: Executor, projectId: string) {
  const [project] = await db.select().from(s.projects).where(eq(s.projects.id, projectId));
  const [updates] = await db
    .select({ n: count() })
    .from(s.statusUpdates)
    .where(eq(s.statusUpdates.projectId, projectId));
  const [audits] = await db
    .select({ n: count() })
    .from(s.auditEvents)
    .where(and(eq(s.auditEvents.entityType, "project"), eq(s.auditEvents.entityId, projectId)));
  return { project, updates: updates?.n ?? 0, audits: audits?.n ?? 0 };
}
