/**
 * The events of projects and action items reach the people they concern (issue 14): each guarded
 * action records its notifications in its own transaction — who hears of what, with what it is
 * about — and a change that is refused or rolled back notifies nobody.
 */
import { and, asc, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import * as s from "@/db/schema";
import type { ActionState } from "@/lib/actions/guard";
import { addMeetingActionItem, updateMeetingActionItem } from "@/lib/meetings/items/actions";
import { setMailEnabled } from "@/lib/notifications/writes";
import { archiveProject, createProject, updateProject } from "@/lib/projects/actions";
import { addComment } from "@/lib/projects/comments/actions";
import { confirmStatusUpdate, postStatusUpdate } from "@/lib/projects/status-updates/actions";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import { asSessionUser } from "../support/factories";
import { buildProjectWorld } from "../support/project-world";

let t: TestDatabase;
let w: Awaited<ReturnType<typeof buildProjectWorld>>;
/** Statements sent while `recording`, for counting what notifying costs. */
let recording: string[] | null = null;

beforeAll(async () => {
  t = await createTestDatabase({ onQuery: (query) => recording?.push(query) });
  w = await buildProjectWorld(t.db);
});
afterAll(async () => {
  await t?.destroy();
});
afterEach(() => {
  setMailEnabled(false);
  recording = null;
});

const as = (user: s.User) => asSessionUser(user);

function expectSuccess<T>(result: ActionState<T>): T {
  expect(result, JSON.stringify(result)).toMatchObject({ status: "success" });
  if (result.status !== "success") throw new Error("refused");
  return result.data;
}

/** Who was told what about a project: [user, kind] pairs, sorted. */
async function heard(where: { projectId?: string; actionItemId?: string }) {
  const rows = await t.db
    .select()
    .from(s.notifications)
    .where(
      and(
        where.projectId ? eq(s.notifications.projectId, where.projectId) : undefined,
        where.actionItemId ? eq(s.notifications.actionItemId, where.actionItemId) : undefined,
      ),
    )
    .orderBy(asc(s.notifications.createdAt));
  return rows;
}

const pairs = (rows: s.Notification[]) => rows.map((r) => [r.userId, r.kind]).sort();
const named = (...list: [s.User, string][]) => list.map(([u, kind]) => [u.id, kind]).sort();

const update = (projectId: string, version: number | string) => ({
  projectId,
  version: String(version),
  status: "in_progress",
  health: "on_track",
  progress: "55",
  note: "Прогресс по плану.",
});

describe(`status updates notify (${testBackend()})`, () => {
  it("a Russian update asks the Norwegian contact and coordinator to confirm it, and nobody else", async () => {
    const project = await w.newProject();
    const posted = expectSuccess(
      await postStatusUpdate.execute(t.db, as(w.delegateRu), update(project.id, 1)),
    );
    const rows = await heard({ projectId: project.id });
    expect(pairs(rows)).toEqual(
      named(
        [w.delegateNo, "update_awaiting_confirmation"],
        [w.coordinatorNo, "update_awaiting_confirmation"],
      ),
    );
    for (const row of rows)
      expect(row).toMatchObject({
        groupId: w.group.id,
        actorId: w.delegateRu.id,
        projectId: project.id,
        statusUpdateId: posted.updateId,
        delivery: "immediate",
        readAt: null,
      });
  });

  it("a coordinator's update tells their side's contact, and asks the other side", async () => {
    const project = await w.newProject();
    expectSuccess(await postStatusUpdate.execute(t.db, as(w.coordinatorRu), update(project.id, 1)));
    const rows = await heard({ projectId: project.id });
    expect(pairs(rows)).toEqual(
      named(
        [w.delegateRu, "project_updated"],
        [w.delegateNo, "update_awaiting_confirmation"],
        [w.coordinatorNo, "update_awaiting_confirmation"],
      ),
    );
    // Information waits for the daily digest; what asks for action is mailed at once.
    expect(rows.find((r) => r.kind === "project_updated")?.delivery).toBe("daily");
  });

  it("confirming tells the update's author", async () => {
    const project = await w.newProject();
    const posted = expectSuccess(
      await postStatusUpdate.execute(t.db, as(w.delegateRu), update(project.id, 1)),
    );
    await t.db.delete(s.notifications).where(eq(s.notifications.projectId, project.id));
    expectSuccess(
      await confirmStatusUpdate.execute(t.db, as(w.delegateNo), { updateId: posted.updateId }),
    );
    const rows = await heard({ projectId: project.id });
    expect(pairs(rows)).toEqual(named([w.delegateRu, "update_confirmed"]));
    expect(rows[0]).toMatchObject({ actorId: w.delegateNo.id, statusUpdateId: posted.updateId });
  });

  it("costs the post two statements, three with mail on (recipients, the rows, the mail jobs)", async () => {
    const project = await w.newProject();
    recording = [];
    expectSuccess(await postStatusUpdate.execute(t.db, as(w.delegateRu), update(project.id, 1)));
    const off = recording;
    setMailEnabled(true);
    recording = [];
    expectSuccess(await postStatusUpdate.execute(t.db, as(w.delegateNo), update(project.id, 2)));
    const on = recording;
    const touching = (queries: string[], pattern: RegExp) =>
      queries.filter((q) => pattern.test(q)).length;
    expect(touching(off, /insert into "notifications"/)).toBe(1);
    expect(touching(off, /from "memberships"/)).toBe(1);
    expect(touching(off, /insert into "jobs"/)).toBe(0);
    expect(touching(on, /insert into "notifications"/)).toBe(1);
    expect(touching(on, /insert into "jobs"/)).toBe(1);
    expect(on.length - off.length).toBe(1);
    // The Russian contact and coordinator are asked; the mail is queued for each, once.
    const jobs = await t.db.select().from(s.jobs).where(eq(s.jobs.kind, "mail.notification"));
    expect(jobs).toHaveLength(2);
  });
});

describe(`comments notify (${testBackend()})`, () => {
  it("a comment tells the project's contacts, never the commenter", async () => {
    const project = await w.newProject();
    expectSuccess(
      await addComment.execute(t.db, as(w.otherDelegateNo), {
        projectId: project.id,
        body: "Møtet i Vardø er flyttet.",
      }),
    );
    expect(pairs(await heard({ projectId: project.id }))).toEqual(
      named([w.delegateNo, "comment_added"], [w.delegateRu, "comment_added"]),
    );
    await t.db.delete(s.notifications).where(eq(s.notifications.projectId, project.id));
    expectSuccess(
      await addComment.execute(t.db, as(w.delegateNo), { projectId: project.id, body: "Takk." }),
    );
    expect(pairs(await heard({ projectId: project.id }))).toEqual(
      named([w.delegateRu, "comment_added"]),
    );
  });
});

/** What the project form submits, every field a string. */
function projectForm(overrides: Record<string, unknown> = {}) {
  return {
    groupId: w.group.id,
    code: `N2-${Math.random().toString(36).slice(2, 8)}`,
    areaId: w.area.id,
    status: "planned",
    titleNb: "Felles beredskapsøvelse",
    titleRu: "Совместные учения",
    titleEn: "",
    summaryNb: "",
    summaryRu: "",
    summaryEn: "",
    plannedStart: "2019-01-01",
    plannedEnd: "2019-12-31",
    leadOrgNo: "",
    leadOrgRu: "",
    contactNoId: w.delegateNo.id,
    contactRuId: w.delegateRu.id,
    partners: "",
    places: "",
    fundingAmount: "",
    fundingCurrency: "",
    fundingSource: "",
    milestones: "[]",
    ...overrides,
  };
}

async function projectCalled(code: string) {
  const [row] = await t.db.select().from(s.projects).where(eq(s.projects.code, code));
  if (!row) throw new Error(code);
  return row;
}

describe(`project changes notify (${testBackend()})`, () => {
  it("a new project tells its contacts they are named on it", async () => {
    const form = projectForm();
    expectSuccess(await createProject.execute(t.db, as(w.coordinatorNo), form));
    const project = await projectCalled(form.code);
    expect(pairs(await heard({ projectId: project.id }))).toEqual(
      named([w.delegateNo, "contact_added"], [w.delegateRu, "contact_added"]),
    );
  });

  it("a changed contact hears it (added and removed); a moved end reaches the contacts who stay", async () => {
    const form = projectForm();
    expectSuccess(await createProject.execute(t.db, as(w.coordinatorNo), form));
    const project = await projectCalled(form.code);
    await t.db.delete(s.notifications).where(eq(s.notifications.projectId, project.id));
    expectSuccess(
      await updateProject.execute(t.db, as(w.coordinatorNo), {
        ...form,
        projectId: project.id,
        version: "1",
        contactRuId: w.coordinatorRu.id,
        plannedEnd: "2020-06-30",
      }),
    );
    const rows = await heard({ projectId: project.id });
    expect(pairs(rows)).toEqual(
      named(
        [w.delegateRu, "contact_removed"],
        [w.coordinatorRu, "contact_added"],
        [w.delegateNo, "end_date_moved"],
      ),
    );
    expect(rows.find((r) => r.kind === "end_date_moved")?.params).toEqual({
      from: "2019-12-31",
      to: "2020-06-30",
    });

    // An edit that touches neither tells nobody.
    await t.db.delete(s.notifications).where(eq(s.notifications.projectId, project.id));
    expectSuccess(
      await updateProject.execute(t.db, as(w.coordinatorNo), {
        ...form,
        projectId: project.id,
        version: "2",
        contactRuId: w.coordinatorRu.id,
        plannedEnd: "2020-06-30",
        titleEn: "Joint exercise",
      }),
    );
    expect(await heard({ projectId: project.id })).toEqual([]);
  });

  it("archiving tells the contacts; restoring does not", async () => {
    const project = await w.newProject();
    expectSuccess(
      await archiveProject.execute(t.db, as(w.coordinatorRu), { projectId: project.id }),
    );
    expect(pairs(await heard({ projectId: project.id }))).toEqual(
      named([w.delegateNo, "project_archived"], [w.delegateRu, "project_archived"]),
    );
  });
});

describe(`action items notify their owner (${testBackend()})`, () => {
  it("given to someone: when added, and when the owner changes — not on other edits", async () => {
    const project = await w.newProject();
    const [meeting] = await t.db
      .insert(s.meetings)
      .values({
        groupId: w.group.id,
        number: 41,
        startsOn: "2030-03-05",
        endsOn: "2030-03-06",
        country: "NO",
        cityEn: "Kirkenes",
      })
      .returning();
    if (!meeting) throw new Error("no meeting");
    const ref = { groupId: w.group.id, meetingId: meeting.id };
    const fields = { textEn: "Send the crossing statistics", dueOn: "", projectId: project.id };
    const added = expectSuccess(
      await addMeetingActionItem.execute(t.db, as(w.coordinatorNo), {
        ...ref,
        ...fields,
        ownerId: w.delegateNo.id,
      }),
    );
    const first = await heard({ actionItemId: added.itemId });
    expect(pairs(first)).toEqual(named([w.delegateNo, "action_item_assigned"]));
    expect(first[0]).toMatchObject({
      actorId: w.coordinatorNo.id,
      meetingId: meeting.id,
      projectId: project.id,
      groupId: w.group.id,
    });

    const edit = (ownerId: string, textEn: string) =>
      updateMeetingActionItem.execute(t.db, as(w.coordinatorNo), {
        ...ref,
        ...fields,
        itemId: added.itemId,
        textEn,
        ownerId,
      });
    expectSuccess(await edit(w.delegateNo.id, "Send the 2019 crossing statistics"));
    expect(await heard({ actionItemId: added.itemId })).toHaveLength(1);
    expectSuccess(await edit(w.delegateRu.id, "Send the 2019 crossing statistics"));
    expect(pairs(await heard({ actionItemId: added.itemId }))).toEqual(
      named([w.delegateNo, "action_item_assigned"], [w.delegateRu, "action_item_assigned"]),
    );
    // Taking one on oneself is no news.
    expectSuccess(await edit(w.coordinatorNo.id, "Send the 2019 crossing statistics"));
    expect(await heard({ actionItemId: added.itemId })).toHaveLength(2);
  });
});

describe(`a change that does not happen notifies nobody (${testBackend()})`, () => {
  it("a refused update (stale version) and a rolled-back one leave no notification and no mail", async () => {
    setMailEnabled(true);
    const project = await w.newProject();
    const refused = await postStatusUpdate.execute(t.db, as(w.delegateRu), update(project.id, 9));
    expect(refused).toMatchObject({ status: "error", code: "conflict" });

    // The action succeeds inside a transaction that is then rolled back (as when a later step of
    // the same request fails): its notifications go with it.
    const ROLLBACK = new Error("rolled back on purpose");
    await expect(
      t.db.transaction(async (tx) => {
        const done = await postStatusUpdate.execute(
          tx as unknown as Database,
          as(w.delegateRu),
          update(project.id, 1),
        );
        expect(done.status).toBe("success");
        expect(
          await tx.select().from(s.notifications).where(eq(s.notifications.projectId, project.id)),
        ).toHaveLength(2);
        throw ROLLBACK;
      }),
    ).rejects.toBe(ROLLBACK);
    expect(await heard({ projectId: project.id })).toEqual([]);
    const [row] = await t.db.select().from(s.projects).where(eq(s.projects.id, project.id));
    expect(row?.version).toBe(1);
  });

  it("a comment on an archived project is refused, and tells no one", async () => {
    const project = await w.newProject({ archivedAt: new Date() });
    const refused = await addComment.execute(t.db, as(w.delegateNo), {
      projectId: project.id,
      body: "Hei",
    });
    expect(refused.status).toBe("error");
    expect(await heard({ projectId: project.id })).toEqual([]);
  });
});
