import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { loadViewer, type Viewer } from "@/lib/auth/viewer";
import { answerStatusUpdate } from "@/lib/projects/status-updates/handlers";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
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

async function viewerOf(user: s.User): Promise<Viewer> {
  const viewer = await loadViewer(t.db, {
    userId: user.id,
    sessionVersion: user.sessionVersion,
    signedInAt: 1000,
    nowSeconds: 2000,
    maxAgeSeconds: 12 * 3600,
  });
  if (!viewer) throw new Error("no viewer");
  return viewer;
}

const update = { version: 1, status: "in_progress", health: "at_risk", progress: 55 };

describe(`POST /api/g/[group]/projects/[code]/status-updates (${testBackend()})`, () => {
  it("a coordinator's update is saved with its audit event and answered 201 with its id", async () => {
    const project = await world.newProject();
    const answer = await answerStatusUpdate(
      t.db,
      await viewerOf(world.coordinatorRu),
      world.group.slug,
      project.code,
      { ...update, note: "Через API" },
    );
    expect(answer).toMatchObject({
      status: 201,
      body: { status: "success", data: { version: 2 } },
    });
    if (answer.body.status !== "success") throw new Error("expected success");
    const { updateId } = answer.body.data as { updateId: string };
    const [row] = await t.db.select().from(s.statusUpdates).where(eq(s.statusUpdates.id, updateId));
    expect(row).toMatchObject({ projectId: project.id, authorId: world.coordinatorRu.id });
    const events = await t.db
      .select()
      .from(s.auditEvents)
      .where(
        and(
          eq(s.auditEvents.entityId, project.id),
          eq(s.auditEvents.action, "project.status_update"),
        ),
      );
    expect(events).toHaveLength(1);
  });

  it("refuses like the form: stale version 409, bad input 422, not a contact 403, not a member 404, signed out 401", async () => {
    const project = await world.newProject();
    const call = async (user: s.User | null, body: unknown, slug = world.group.slug) =>
      (await answerStatusUpdate(t.db, user ? await viewerOf(user) : null, slug, project.code, body))
        .status;
    expect(await call(world.coordinatorNo, update)).toBe(201);
    expect(await call(world.coordinatorNo, update)).toBe(409);
    expect(await call(world.coordinatorNo, { ...update, version: 2, progress: 101 })).toBe(422);
    expect(await call(world.coordinatorNo, "not an object")).toBe(422);
    expect(await call(world.otherDelegateNo, { ...update, version: 2 })).toBe(403);
    expect(await call(world.observer, { ...update, version: 2 })).toBe(403);
    expect(await call(world.outsider, { ...update, version: 2 })).toBe(404);
    expect(await call(world.coordinatorNo, { ...update, version: 2 }, "no-such-group")).toBe(404);
    expect(await call(null, { ...update, version: 2 })).toBe(401);
    const state = await projectState(t.db, project.id);
    expect(state.updates).toBe(1);
    expect(state.project?.version).toBe(2);
  });

  it("takes the project from the address, never from the body", async () => {
    const mine = await world.newProject();
    const other = await world.newProject();
    const answer = await answerStatusUpdate(
      t.db,
      await viewerOf(world.coordinatorNo),
      world.group.slug,
      mine.code,
      { ...update, projectId: other.id },
    );
    expect(answer.status).toBe(201);
    expect((await projectState(t.db, other.id)).updates).toBe(0);
    expect((await projectState(t.db, mine.id)).updates).toBe(1);
  });
});
