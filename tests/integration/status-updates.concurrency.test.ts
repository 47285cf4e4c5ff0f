import { and, asc, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { postStatusUpdate } from "@/lib/projects/status-updates/actions";
import { PROJECT_HEALTHS } from "@/lib/vocabulary";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import { asSessionUser } from "../support/factories";
import { buildProjectWorld } from "../support/project-world";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.destroy();
});

const WRITERS = 100;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe(`100 concurrent status updates (${testBackend()})`, () => {
  it("applies each accepted update exactly once and refuses every other one as a conflict", async () => {
    const world = await buildProjectWorld(t.db);
    const project = await world.newProject();
    const authors = [
      world.delegateNo,
      world.delegateRu,
      world.coordinatorNo,
      world.coordinatorRu,
      world.admin,
    ].map(asSessionUser);
    const readVersion = async () => {
      const [row] = await t.db
        .select({ version: s.projects.version })
        .from(s.projects)
        .where(eq(s.projects.id, project.id));
      return row?.version ?? 0;
    };
    // Three ways a form gets its version: all from one early read, one read per batch of
    // ten, or a read right before saving. Staggered starts let some writes land in between.
    const early = await readVersion();
    const batches = new Map<number, Promise<number>>();
    const versionFor = async (writer: number) => {
      if (writer % 3 === 0) return early;
      await sleep((writer % 25) * 8);
      if (writer % 3 === 1) return readVersion();
      const batch = Math.floor(writer / 10);
      if (!batches.has(batch)) batches.set(batch, readVersion());
      return batches.get(batch) as Promise<number>;
    };

    const results = await Promise.all(
      Array.from({ length: WRITERS }, async (_, writer) => {
        const version = await versionFor(writer);
        const result = await postStatusUpdate.execute(
          t.db,
          authors[writer % authors.length] ?? null,
          {
            projectId: project.id,
            version,
            status: writer % 2 ? "in_progress" : "planned",
            health: PROJECT_HEALTHS[writer % PROJECT_HEALTHS.length],
            progress: writer,
            note: `writer ${writer}`,
            noteLocale: "en",
          },
        );
        return { writer, result };
      }),
    );

    const accepted = results.flatMap(({ writer, result }) =>
      result.status === "success" ? [{ writer, ...result.data }] : [],
    );
    const refused = results.filter(({ result }) => result.status !== "success");
    expect(accepted.length).toBeGreaterThan(0);
    expect(
      refused.every(({ result }) => result.status === "error" && result.code === "conflict"),
    ).toBe(true);
    expect(accepted.length + refused.length).toBe(WRITERS);

    const history = await t.db
      .select()
      .from(s.statusUpdates)
      .where(eq(s.statusUpdates.projectId, project.id))
      .orderBy(asc(s.statusUpdates.createdAt));
    expect(history).toHaveLength(accepted.length);
    expect(new Set(history.map((row) => row.id))).toEqual(new Set(accepted.map((a) => a.updateId)));

    // Applied one after another: each update starts from the state the previous one left.
    for (const [index, row] of history.entries()) {
      const previous = history[index - 1];
      if (previous) {
        expect(row.previousProgress).toBe(previous.progress);
        expect(row.previousStatus).toBe(previous.status);
      }
    }

    const last = history.at(-1);
    const [current] = await t.db.select().from(s.projects).where(eq(s.projects.id, project.id));
    expect(current).toMatchObject({
      status: last?.status,
      health: last?.health,
      progress: last?.progress,
      version: 1 + accepted.length,
    });
    expect(last?.note).toBe(`writer ${last?.progress}`);
    expect(accepted.find((a) => a.updateId === last?.id)?.version).toBe(1 + accepted.length);

    const [audits] = await t.db
      .select({ n: count() })
      .from(s.auditEvents)
      .where(
        and(
          eq(s.auditEvents.entityId, project.id),
          eq(s.auditEvents.action, "project.status_update"),
        ),
      );
    expect(audits?.n).toBe(accepted.length);
    console.info(
      `[${testBackend()}] ${WRITERS} concurrent writers: ${accepted.length} accepted, ${refused.length} conflicts`,
    );
  });
});
