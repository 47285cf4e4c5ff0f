import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import * as s from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { executeAs } from "@/lib/actions/execute";
import { hashPassword } from "@/lib/auth/password";
import { loadViewer, type Viewer } from "@/lib/auth/viewer";
import { evidenceByUpdate, listDocuments } from "@/lib/documents/queries";
import { postStatusUpdate } from "@/lib/projects/status-updates/actions";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import { download, makePdf, upload } from "../support/documents";

/*
 * Documents on what else they belong to (issue 15.1): a meeting, an agenda item and a work plan
 * (coordinators), and evidence attached while a status update is written (its contacts) —
 * the uploader's alone until the update is posted, then the update's.
 */

const slot = globalThis as { __workplanDatabase?: DatabaseHandle };
const SLUG = "regional-cooperation";
let t: TestDatabase;
let groupId: string;
const viewers = new Map<string, Viewer>();

async function viewer(email: string): Promise<Viewer> {
  const known = viewers.get(email);
  if (known) return known;
  const [user] = await t.db.select().from(s.users).where(eq(s.users.email, email));
  if (!user) throw new Error(email);
  const loaded = await loadViewer(t.db, {
    userId: user.id,
    sessionVersion: user.sessionVersion,
    signedInAt: 1000,
    nowSeconds: 2000,
    maxAgeSeconds: 12 * 3600,
  });
  if (!loaded) throw new Error(`no viewer for ${email}`);
  viewers.set(email, loaded);
  return loaded;
}

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db, { hashPassword });
  slot.__workplanDatabase = t;
  const [group] = await t.db.select().from(s.workingGroups).where(eq(s.workingGroups.slug, SLUG));
  groupId = group?.id ?? "";
}, 180_000);
afterAll(async () => {
  slot.__workplanDatabase = undefined;
  await t?.destroy();
});

describe(`documents on meetings, agenda items and plans (${testBackend()})`, () => {
  it("lets coordinators attach to a meeting, one of its agenda items and a plan; delegates get 403", async () => {
    // An agenda item of the group's, and its meeting.
    const [found] = await t.db
      .select({ item: s.agendaItems, meeting: s.meetings })
      .from(s.agendaItems)
      .innerJoin(s.meetings, eq(s.meetings.id, s.agendaItems.meetingId))
      .where(eq(s.meetings.groupId, groupId))
      .limit(1);
    const meeting = found?.meeting;
    const item = found?.item;
    const [plan] = await t.db
      .select()
      .from(s.workPlans)
      .where(and(eq(s.workPlans.groupId, groupId), eq(s.workPlans.number, 2)));
    if (!meeting || !item || !plan) throw new Error("the demo lacks a meeting, item or plan");
    const coordinator = await viewer("coordinator.ru@workplan.test");
    const delegate = await viewer("delegate.no@workplan.test");

    const added: Record<string, string> = {};
    for (const target of [`meeting:${meeting.id}`, `agendaItem:${item.id}`, `plan:${plan.id}`]) {
      const pdf = await makePdf(1);
      expect((await upload(delegate, SLUG, target, pdf, { name: "x.pdf" })).status).toBe(403);
      const up = await upload(coordinator, SLUG, target, pdf, {
        name: "Презентация.pdf",
        language: "ru",
      });
      expect(up.status, JSON.stringify(up.body)).toBe(201);
      added[target.split(":")[0] ?? ""] = up.body.data?.documentId ?? "";
    }

    // The meeting lists its own documents and its agenda items'; the plan its own.
    const onMeeting = await listDocuments(t.db, groupId, { meetingId: meeting.id });
    expect(onMeeting.map((d) => d.id)).toEqual(
      expect.arrayContaining([added.meeting, added.agendaItem]),
    );
    expect(onMeeting.find((d) => d.id === added.agendaItem)?.agendaItemId).toBe(item.id);
    const onPlan = await listDocuments(t.db, groupId, { planId: plan.id });
    expect(onPlan.map((d) => d.id)).toContain(added.plan);
    expect(onPlan.find((d) => d.id === added.plan)).toMatchObject({
      title: "Презентация",
      language: "ru",
    });
    // Every member reads them.
    const got = await download(await viewer("observer@workplan.test"), SLUG, added.plan ?? "");
    expect(got.status).toBe(200);
  });
});

describe(`evidence attached to a status update (${testBackend()})`, () => {
  it("is the uploader's until the update is posted, then the update's for every member", async () => {
    const contact = await viewer("delegate.no@workplan.test");
    const [project] = await t.db
      .select()
      .from(s.projects)
      .where(and(eq(s.projects.groupId, groupId), eq(s.projects.contactNoId, contact.user.id)))
      .limit(1);
    if (!project) throw new Error("delegate.no is a contact on no project");
    const photo = await upload(contact, SLUG, `evidence:${project.id}`, await makePdf(1), {
      name: "Befaring Kirkenes.pdf",
    });
    expect(photo.status, JSON.stringify(photo.body)).toBe(201);
    const id = photo.body.data?.documentId ?? "";
    const observer = await viewer("observer@workplan.test");

    // Staged: neither listed on the project nor readable by others.
    const listed = await listDocuments(t.db, groupId, { projectId: project.id });
    expect(listed.map((d) => d.id)).not.toContain(id);
    expect((await download(observer, SLUG, id)).status).toBe(404);
    expect((await download(contact, SLUG, id)).status).toBe(200);

    // Someone else cannot post it as theirs.
    const coordinator = await viewer("coordinator.no@workplan.test");
    const stolen = await executeAs(t.db, coordinator, postStatusUpdate, {
      projectId: project.id,
      version: project.version,
      status: "in_progress",
      health: "on_track",
      progress: "40",
      evidence: [id],
    });
    expect(stolen).toMatchObject({
      status: "error",
      fieldErrors: { evidence: [{ key: "documents.errors.evidenceGone" }] },
    });

    const posted = await executeAs(t.db, contact, postStatusUpdate, {
      projectId: project.id,
      version: project.version,
      status: "in_progress",
      health: "on_track",
      progress: "45",
      note: "Befaring gjennomført",
      evidence: [id],
    });
    expect(posted.status, JSON.stringify(posted)).toBe("success");
    const [document] = await t.db.select().from(s.documents).where(eq(s.documents.id, id));
    expect(document).toMatchObject({ staged: false, projectId: null });
    expect(document?.statusUpdateId).not.toBeNull();
    const byUpdate = await evidenceByUpdate(t.db, groupId, project.id);
    expect(byUpdate[document?.statusUpdateId ?? ""]?.map((d) => d.id)).toEqual([id]);
    expect((await download(observer, SLUG, id)).status).toBe(200);
    // The update's audit row counts its evidence.
    const audits = await t.db
      .select({ after: s.auditEvents.after })
      .from(s.auditEvents)
      .where(
        and(
          eq(s.auditEvents.entityId, project.id),
          eq(s.auditEvents.action, "project.status_update"),
        ),
      );
    expect(audits.map((a) => (a.after as { evidence?: number } | null)?.evidence)).toContain(1);
  });
});
