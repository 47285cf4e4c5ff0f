import { and, asc, eq, isNull } from "drizzle-orm";
import type { Database } from "@/db/client";
import * as s from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { hashPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/session-user";
import { loadViewer, type Viewer } from "@/lib/auth/viewer";
import { asSessionUser } from "../../support/factories";

/** Who tries; the columns of every matrix, in this order. */
export const PERSONAS = [
  "admin",
  "coordinator",
  "contact",
  "delegate",
  "observer",
  "outsider",
  "signedOut",
] as const;
export type Persona = (typeof PERSONAS)[number];
export type SignedIn = Exclude<Persona, "signedOut">;

/** The demo accounts behind the personas (db/seed/demo-content.ts). */
const EMAILS: Record<SignedIn, string> = {
  // An administrator who is a member of no group.
  admin: "admin@workplan.test",
  // A (Norwegian) coordinator of the regional-cooperation group.
  coordinator: "coordinator.no@workplan.test",
  // A Norwegian delegate who is the project's named contact and the action item's owner.
  contact: "delegate.no@workplan.test",
  // A Norwegian delegate of the same group named on neither.
  delegate: "siri.pettersen@workplan.test",
  observer: "observer@workplan.test",
  // The energy group's coordinator: a member of another group only.
  outsider: "igor.lebedev@workplan.test",
};

async function one<T>(rows: Promise<T[]>, what: string): Promise<T> {
  const [row] = await rows;
  if (!row) throw new Error(`the demo data has no ${what}`);
  return row;
}

/** The seeded demo world and the records every matrix row acts on. */
export async function buildWorld(db: Database) {
  await seedDemo(db, { hashPassword, now: new Date() });
  const byEmail = (email: string) =>
    one(db.select().from(s.users).where(eq(s.users.email, email)), email);
  const bySlug = (slug: string) =>
    one(db.select().from(s.workingGroups).where(eq(s.workingGroups.slug, slug)), slug);

  const users = {} as Record<SignedIn, s.User>;
  for (const persona of Object.keys(EMAILS) as SignedIn[])
    users[persona] = await byEmail(EMAILS[persona]);
  const delegateRu = await byEmail("delegate.ru@workplan.test");
  /** Whom the administration actions are aimed at: a member who is none of the personas. */
  const target = await byEmail("henrik.strand@workplan.test");
  const group = await bySlug("regional-cooperation");
  const otherGroup = await bySlug("energy-efficiency");

  const area = await one(
    db
      .select()
      .from(s.cooperationAreas)
      .where(eq(s.cooperationAreas.groupId, group.id))
      .orderBy(asc(s.cooperationAreas.position)),
    "area",
  );
  const project = await one(
    db
      .select()
      .from(s.projects)
      .where(
        and(
          eq(s.projects.groupId, group.id),
          eq(s.projects.contactNoId, users.contact.id),
          eq(s.projects.contactRuId, delegateRu.id),
          isNull(s.projects.archivedAt),
        ),
      )
      .orderBy(asc(s.projects.code)),
    "project of delegate.no and delegate.ru",
  );
  const meeting = (number: number) =>
    one(
      db
        .select()
        .from(s.meetings)
        .where(and(eq(s.meetings.groupId, group.id), eq(s.meetings.number, number))),
      `meeting ${number}`,
    );
  const heldMeeting = await meeting(5);
  /** The group's approved work plan (the API's plan and IATI rows read it). */
  const plan = await one(
    db
      .select()
      .from(s.workPlans)
      .where(and(eq(s.workPlans.groupId, group.id), eq(s.workPlans.state, "approved"))),
    "approved work plan",
  );
  const plannedMeeting = await meeting(7);
  const actionItem = await one(
    db
      .select()
      .from(s.actionItems)
      .where(
        and(
          eq(s.actionItems.groupId, group.id),
          eq(s.actionItems.ownerId, users.contact.id),
          isNull(s.actionItems.doneAt),
        ),
      )
      .orderBy(asc(s.actionItems.createdAt), asc(s.actionItems.id)),
    "open action item of delegate.no",
  );
  if (!actionItem.meetingId) throw new Error("the action item belongs to no meeting");

  /** A notification of delegate.ru (none of the personas): the inbox's links are the reader's own. */
  const othersNotification = await one(
    db.select().from(s.notifications).where(eq(s.notifications.userId, delegateRu.id)),
    "notification of delegate.ru",
  );

  /** Demo documents (db/seed/demo-documents.ts): a project's PDF, and a photo posted as evidence. */
  const document = async (title: string) =>
    one(
      db
        .select()
        .from(s.documents)
        .where(and(eq(s.documents.groupId, group.id), eq(s.documents.title, title))),
      `document "${title}"`,
    );
  const documents = {
    application: await document("Project application"),
    photo: await document("Kirkenes havn"),
  };

  const nowSeconds = Math.floor(Date.now() / 1000);
  const viewers = {} as Record<SignedIn, Viewer>;
  for (const persona of Object.keys(users) as SignedIn[]) {
    const user = users[persona];
    const viewer = await loadViewer(db, {
      userId: user.id,
      sessionVersion: user.sessionVersion,
      signedInAt: nowSeconds,
      nowSeconds,
      maxAgeSeconds: 3600,
    });
    if (!viewer) throw new Error(`no viewer for ${persona}`);
    viewers[persona] = viewer;
  }

  return {
    users,
    delegateRu,
    target,
    group,
    otherGroup,
    area,
    project,
    heldMeeting,
    plannedMeeting,
    plan,
    actionItem,
    othersNotification,
    documents,
    viewers,
  };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;

export function actorOf(w: World, persona: Persona): SessionUser | null {
  return persona === "signedOut" ? null : asSessionUser(w.users[persona]);
}

export function viewerOf(w: World, persona: Persona): Viewer | null {
  return persona === "signedOut" ? null : w.viewers[persona];
}
