import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import * as s from "@/db/schema";
import {
  asSessionUser,
  createArea,
  createGroup,
  createMember,
  createProject,
  createUser,
} from "../support/factories";

let serial = 0;
/** A number unique within the test file, for codes, slugs and emails. */
export const nextSerial = () => ++serial;

let meetingSerial = 10;
/** A meeting number the meeting form accepts (at most 999); unique until they run out. */
export const nextMeetingNumber = () => {
  if (meetingSerial >= 999) meetingSerial = 10;
  return ++meetingSerial;
};

async function one<T>(rows: Promise<T[]>): Promise<T> {
  const [row] = await rows;
  if (!row) throw new Error("row not inserted");
  return row;
}

/**
 * A working group with one of everything an action can touch: areas, members of both sides,
 * projects, meetings in every state with agenda, decisions and action items, an approved and a
 * draft plan, and a status update awaiting the other side. Records no test needs intact
 * (victims) are kept apart from those the valid inputs rely on.
 */
export async function buildWorld(db: Executor) {
  const group = await createGroup(db);
  const area = await createArea(db, group.id, 1);
  const area2 = await createArea(db, group.id, 2);
  const victimArea = await createArea(db, group.id, 3);
  const otherGroup = await createGroup(db);
  const otherArea = await createArea(db, otherGroup.id);
  const victimGroup = await createGroup(db);

  const admin = await createUser(db, { isAdmin: true, delegation: "NO" });
  const coordinatorNo = await createMember(db, group.id, "coordinator", { delegation: "NO" });
  const delegateNo = await createMember(db, group.id, "delegate", { delegation: "NO" });
  const delegateRu = await createMember(db, group.id, "delegate", {
    delegation: "RU",
    locale: "ru",
  });
  const observer = await createMember(db, group.id, "observer");
  const victim = await createMember(db, group.id, "delegate", { delegation: "RU" });

  const newProject = (overrides: Partial<s.NewProject> = {}) =>
    createProject(db, group.id, area.id, {
      contactNoId: delegateNo.id,
      contactRuId: delegateRu.id,
      ...overrides,
    });
  const project = await newProject({ code: "2018-01", status: "in_progress", health: "on_track" });
  const victimProject = await newProject({ code: "2018-02" });
  const otherProject = await createProject(db, otherGroup.id, otherArea.id);

  const update = await one(
    db
      .insert(s.statusUpdates)
      .values({
        projectId: project.id,
        groupId: group.id,
        authorId: delegateRu.id,
        authorDelegation: "RU",
        status: "in_progress",
        health: "on_track",
        progress: 10,
        previousStatus: "planned",
        previousProgress: 0,
        note: "Обновление",
        noteLocale: "ru",
      })
      .returning(),
  );

  const newMeeting = (overrides: Partial<s.NewMeeting> = {}) =>
    one(
      db
        .insert(s.meetings)
        .values({
          groupId: group.id,
          number: 1000 + nextSerial(),
          startsOn: "2030-03-14",
          endsOn: "2030-03-15",
          cityNb: "Kirkenes",
          cityRu: "Киркенес",
          cityEn: "Kirkenes",
          country: "NO",
          ...overrides,
        })
        .returning(),
    );
  const held = await newMeeting({
    number: 4,
    startsOn: "2016-01-20",
    endsOn: "2016-01-21",
    state: "held",
  });
  const planned = await newMeeting({ number: 6 });
  const closed = await newMeeting({
    number: 3,
    startsOn: "2014-01-20",
    endsOn: "2014-01-21",
    state: "held",
    closedAt: new Date("2014-02-01T00:00:00Z"),
  });

  const newAgendaItem = (meetingId: string, position = 1) =>
    one(
      db
        .insert(s.agendaItems)
        .values({ meetingId, position, titleNb: "Åpning", titleRu: "Открытие", titleEn: "Opening" })
        .returning(),
    );
  const newDecision = (meetingId: string, position = 1) =>
    one(
      db
        .insert(s.decisions)
        .values({ meetingId, position, textNb: "Vedtak", textRu: "Решение", textEn: "Decision" })
        .returning(),
    );
  const newActionItem = (meetingId: string) =>
    one(
      db
        .insert(s.actionItems)
        .values({
          groupId: group.id,
          meetingId,
          textNb: "Oppfølging",
          textRu: "Поручение",
          textEn: "Follow-up",
          ownerId: delegateNo.id,
          dueOn: "2030-01-01",
        })
        .returning(),
    );
  const agendaItem = await newAgendaItem(planned.id);
  const decision = await newDecision(planned.id);
  const actionItem = await newActionItem(planned.id);
  const doneItem = await one(
    db
      .insert(s.actionItems)
      .values({
        groupId: group.id,
        meetingId: held.id,
        textEn: "Done already",
        ownerId: delegateNo.id,
        doneAt: new Date("2016-02-01T00:00:00Z"),
      })
      .returning(),
  );

  // An approved plan's list is frozen: fill it as a draft, then approve it.
  const approvedPlan = await one(
    db
      .insert(s.workPlans)
      .values({ groupId: group.id, number: 1, periodStart: 2016, periodEnd: 2017 })
      .returning(),
  );
  const draftPlan = await one(
    db
      .insert(s.workPlans)
      .values({ groupId: group.id, number: 2, periodStart: 2018, periodEnd: 2019 })
      .returning(),
  );
  await db.insert(s.workPlanProjects).values([
    { planId: approvedPlan.id, projectId: project.id, groupId: group.id },
    { planId: draftPlan.id, projectId: victimProject.id, groupId: group.id },
  ]);
  await db
    .update(s.workPlans)
    .set({ state: "approved", approvedOn: "2016-01-21", approvedAtMeetingId: held.id })
    .where(eq(s.workPlans.id, approvedPlan.id));

  const ids = {
    group: group.id,
    otherGroup: otherGroup.id,
    victimGroup: victimGroup.id,
    area: area.id,
    area2: area2.id,
    victimArea: victimArea.id,
    otherArea: otherArea.id,
    admin: admin.id,
    coordinatorNo: coordinatorNo.id,
    delegateNo: delegateNo.id,
    delegateRu: delegateRu.id,
    observer: observer.id,
    victim: victim.id,
    project: project.id,
    victimProject: victimProject.id,
    otherProject: otherProject.id,
    update: update.id,
    held: held.id,
    planned: planned.id,
    closed: closed.id,
    agendaItem: agendaItem.id,
    decision: decision.id,
    actionItem: actionItem.id,
    doneItem: doneItem.id,
    approvedPlan: approvedPlan.id,
    draftPlan: draftPlan.id,
  };

  return {
    db,
    group,
    victimGroup,
    victim,
    actor: asSessionUser(admin),
    coordinator: asSessionUser(coordinatorNo),
    ids,
    /** Every real id: "a uuid of another entity" for any field. */
    knownIds: Object.values(ids),
    newProject,
    newMeeting,
    newAgendaItem,
    newDecision,
    newActionItem,
  };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;
