import { and, asc, eq, ne } from "drizzle-orm";
import * as s from "@/db/schema";
import {
  actionItemBase,
  agendaItemBase,
  attendeesBase,
  decisionBase,
  meetingBase,
  minutesBase,
} from "@/lib/meetings/fingerprints";
import { type ActionCase, ADMINS_IN_GROUP, type CaseContext, COORDINATORS } from "./matrix";

/** A new draft plan of the group, listing the project. */
async function draftPlan({ tx, w }: CaseContext) {
  const [plan] = await tx
    .insert(s.workPlans)
    .values({ groupId: w.group.id, number: 9, periodStart: 2030, periodEnd: 2031 })
    .returning();
  if (!plan) throw new Error("set-up failed: no plan");
  await tx
    .insert(s.workPlanProjects)
    .values({ planId: plan.id, projectId: w.project.id, groupId: w.group.id });
  return { groupId: w.group.id, planId: plan.id };
}

/** An extra meeting of the group, ten days ago, in the given state. */
async function pastMeeting({ tx, w }: CaseContext, state: "planned" | "held") {
  const day = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);
  const [meeting] = await tx
    .insert(s.meetings)
    .values({
      groupId: w.group.id,
      number: 9,
      startsOn: day,
      endsOn: day,
      cityEn: "Vardø",
      country: "NO",
      state,
    })
    .returning();
  if (!meeting) throw new Error("set-up failed: no meeting");
  return { groupId: w.group.id, meetingId: meeting.id };
}

const planned = ({ w }: CaseContext) => ({ groupId: w.group.id, meetingId: w.plannedMeeting.id });

async function agendaOf({ tx, w }: CaseContext) {
  return tx
    .select()
    .from(s.agendaItems)
    .where(eq(s.agendaItems.meetingId, w.plannedMeeting.id))
    .orderBy(asc(s.agendaItems.position));
}

/** The planned meeting holds no decisions yet: two are recorded first. */
async function decisionsOf(c: CaseContext) {
  const meetingId = c.w.plannedMeeting.id;
  return c.tx
    .insert(s.decisions)
    .values([
      { meetingId, position: 1, textEn: "First decision" },
      { meetingId, position: 2, textEn: "Second decision" },
    ])
    .returning();
}

export const PLAN_ACTIONS: Record<string, ActionCase> = {
  "plan.create": {
    permission: "plan.manage",
    expected: COORDINATORS,
    input: ({ w }) => ({ groupId: w.group.id, periodStart: "2020", periodEnd: "2021" }),
  },
  "plan.update": {
    permission: "plan.manage",
    expected: COORDINATORS,
    input: async (c) => ({ ...(await draftPlan(c)), periodStart: "2020", periodEnd: "2022" }),
  },
  "plan.delete": { permission: "plan.manage", expected: COORDINATORS, input: draftPlan },
  "plan.add_projects": {
    permission: "plan.manage",
    expected: COORDINATORS,
    input: async (c) => {
      const ref = await draftPlan(c);
      const [other] = await c.tx
        .select({ id: s.projects.id })
        .from(s.projects)
        .where(and(eq(s.projects.groupId, c.w.group.id), ne(s.projects.id, c.w.project.id)))
        .orderBy(asc(s.projects.code))
        .limit(1);
      return { ...ref, projectIds: [other?.id] };
    },
  },
  "plan.remove_project": {
    permission: "plan.manage",
    expected: COORDINATORS,
    input: async (c) => ({ ...(await draftPlan(c)), projectId: c.w.project.id }),
  },
  "plan.approve": {
    permission: "plan.manage",
    expected: COORDINATORS,
    input: async (c) => ({
      ...(await draftPlan(c)),
      meetingId: c.w.heldMeeting.id,
      approvedOn: c.w.heldMeeting.startsOn,
    }),
  },
};

export const MEETING_ACTIONS: Record<string, ActionCase> = {
  "meeting.create": {
    permission: "meeting.manage",
    expected: COORDINATORS,
    input: ({ w }) => ({
      groupId: w.group.id,
      number: "8",
      startsOn: "2030-05-06",
      endsOn: "2030-05-07",
      cityEn: "Bodø",
      country: "NO",
    }),
  },
  "meeting.update": {
    permission: "meeting.manage",
    expected: COORDINATORS,
    input: ({ w }) => {
      const m = w.plannedMeeting;
      const city = { nb: m.cityNb, ru: m.cityRu, en: m.cityEn };
      const details = { number: m.number, startsOn: m.startsOn, endsOn: m.endsOn, city };
      return {
        ...planned({ w } as CaseContext),
        base: meetingBase({ ...details, country: m.country, briefCutoffOn: m.briefCutoffOn }),
        number: String(m.number),
        startsOn: m.startsOn,
        endsOn: m.endsOn,
        cityNb: m.cityNb ?? "",
        cityRu: m.cityRu ?? "",
        cityEn: "Kirkenes (moved)",
        country: m.country,
      };
    },
  },
  "meeting.hold": {
    permission: "meeting.manage",
    expected: COORDINATORS,
    input: (c) => pastMeeting(c, "planned"),
  },
  "meeting.close": {
    permission: "meeting.manage",
    expected: COORDINATORS,
    input: (c) => pastMeeting(c, "held"),
  },
  "meeting.cancel": { permission: "meeting.manage", expected: COORDINATORS, input: planned },
  "meeting.publish_brief": {
    permission: "meeting.manage",
    expected: COORDINATORS,
    input: planned,
  },
  // The demo's planned meeting has contacts with projects to update (each run rolls back, so
  // the hourly limit never refuses the next persona).
  "meeting.remind": { permission: "meeting.manage", expected: COORDINATORS, input: planned },
  // Reopening a closed meeting is a correction for administrators only (checked in its body).
  "meeting.reopen": {
    permission: "meeting.manage",
    expected: ADMINS_IN_GROUP,
    input: ({ w }) => ({ groupId: w.group.id, meetingId: w.heldMeeting.id }),
  },
  "minutes.update": {
    permission: "meeting.manage",
    expected: COORDINATORS,
    input: (c) => {
      const m = c.w.plannedMeeting;
      const base = minutesBase({ nb: m.minutesNb, ru: m.minutesRu, en: m.minutesEn });
      return { ...planned(c), base, minutesEn: "Minutes written by the coverage matrix" };
    },
  },
  "attendees.update": {
    permission: "meeting.manage",
    expected: COORDINATORS,
    input: async (c) => {
      const current = await c.tx
        .select()
        .from(s.meetingAttendees)
        .where(eq(s.meetingAttendees.meetingId, c.w.plannedMeeting.id));
      return {
        ...planned(c),
        base: attendeesBase(current),
        memberIds: [c.w.users.coordinator.id, c.w.users.contact.id],
        guests: "[]",
      };
    },
  },
  "agenda.add": {
    permission: "meeting.manage",
    expected: COORDINATORS,
    input: (c) => ({ ...planned(c), titleEn: "An item added by the coverage matrix" }),
  },
  "agenda.update": {
    permission: "meeting.manage",
    expected: COORDINATORS,
    input: async (c) => {
      const [item] = await agendaOf(c);
      if (!item) throw new Error("set-up failed: no agenda");
      const links = await c.tx
        .select({ projectId: s.agendaItemProjects.projectId })
        .from(s.agendaItemProjects)
        .where(eq(s.agendaItemProjects.agendaItemId, item.id));
      const projectIds = links.map((l) => l.projectId);
      const title = { nb: item.titleNb, ru: item.titleRu, en: item.titleEn };
      return {
        ...planned(c),
        itemId: item.id,
        base: agendaItemBase(title, projectIds),
        titleEn: "Opening (renamed by the coverage matrix)",
        projectIds,
      };
    },
  },
  "agenda.delete": {
    permission: "meeting.manage",
    expected: COORDINATORS,
    input: async (c) => ({ ...planned(c), itemId: (await agendaOf(c)).at(-1)?.id }),
  },
  "agenda.reorder": {
    permission: "meeting.manage",
    expected: COORDINATORS,
    input: async (c) => ({ ...planned(c), order: (await agendaOf(c)).map((i) => i.id).reverse() }),
  },
  "decision.add": {
    permission: "meeting.manage",
    expected: COORDINATORS,
    input: (c) => ({ ...planned(c), textEn: "Decided by the coverage matrix" }),
  },
  "decision.update": {
    permission: "meeting.manage",
    expected: COORDINATORS,
    input: async (c) => {
      const [first] = await decisionsOf(c);
      return {
        ...planned(c),
        itemId: first?.id,
        base: decisionBase({ nb: null, ru: null, en: "First decision" }, null),
        textEn: "First decision, amended",
      };
    },
  },
  "decision.delete": {
    permission: "meeting.manage",
    expected: COORDINATORS,
    input: async (c) => ({ ...planned(c), itemId: (await decisionsOf(c))[0]?.id }),
  },
  "decision.reorder": {
    permission: "meeting.manage",
    expected: COORDINATORS,
    input: async (c) => ({
      ...planned(c),
      order: (await decisionsOf(c)).map((d) => d.id).reverse(),
    }),
  },
  "action_item.create": {
    permission: "meeting.manage",
    expected: COORDINATORS,
    input: (c) => ({
      ...planned(c),
      textEn: "Follow up, from the coverage matrix",
      ownerId: c.w.users.contact.id,
    }),
  },
  "action_item.update": {
    permission: "meeting.manage",
    expected: COORDINATORS,
    input: ({ w }) => {
      const item = w.actionItem;
      const text = { nb: item.textNb, ru: item.textRu, en: item.textEn };
      return {
        groupId: w.group.id,
        meetingId: item.meetingId,
        itemId: item.id,
        base: actionItemBase({
          text,
          ownerId: item.ownerId,
          dueOn: item.dueOn,
          projectId: item.projectId,
        }),
        textNb: item.textNb ?? "",
        textRu: item.textRu ?? "",
        textEn: "Reworded by the coverage matrix",
        ownerId: item.ownerId,
        dueOn: item.dueOn ?? "",
        projectId: item.projectId ?? "",
      };
    },
  },
  "action_item.delete": {
    permission: "meeting.manage",
    expected: COORDINATORS,
    input: ({ w }) => ({
      groupId: w.group.id,
      meetingId: w.actionItem.meetingId,
      itemId: w.actionItem.id,
    }),
  },
};
