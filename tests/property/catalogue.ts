import { randomBytes, randomUUID } from "node:crypto";
import { and, asc, eq, isNull } from "drizzle-orm";
import * as s from "@/db/schema";
import { MEETING_LIMITS as M } from "@/lib/meetings/rules";
import { LIMITS } from "@/lib/projects/rules";
import { COMMENT_MAX, NEXT_STEPS_MAX, NOTE_MAX } from "@/lib/projects/status-updates/rules";
import { NOTIFICATION_CATEGORIES } from "@/lib/vocabulary";
import { nextMeetingNumber, nextSerial, type World } from "./world";

type Input = Record<string, unknown>;
// biome-ignore lint/suspicious/noExplicitAny: the success data of 59 different actions
type Data = any;

/** A free-text field: its limit, and how the schema turns what was typed into what is stored. */
export interface TextField {
  max: number;
  /** Blank is refused (otherwise blank is stored as null). */
  required?: boolean;
  /** Meeting texts: CRLF and CR become LF before trimming. */
  lineBreaks?: boolean;
  /** Puts the text into the input when it is not a plain field (e.g. a row of a JSON field). */
  put?: (input: Input, text: string) => void;
  /** Field-error names the field's problems may be reported under (default: the field). */
  errorFields?: string[];
}

export interface TextCase {
  fields: Record<string, TextField>;
  /** A valid input, on fresh records where the action would use them up. */
  input: (w: World) => Promise<Input>;
  /** What the database holds in the field after a success. */
  stored: (w: World, data: Data, field: string, input: Input) => Promise<unknown>;
}

export interface CatalogueEntry {
  /**
   * A valid input in the shared world, made again for every run: unique codes, current
   * versions, a meeting with room for items. (Other runs change the world: outcomes vary.)
   */
  input: (w: World) => Input | Promise<Input>;
  text?: TextCase;
}

/** What the stored text should be: as typed, only trimmed (line breaks normalised for meetings). */
export function expectedText(field: TextField, typed: string): string | null {
  const text = (field.lineBreaks ? typed.replace(/\r\n?/g, "\n") : typed).trim();
  return text || null;
}

const pick = async (rows: Promise<Record<string, unknown>[]>, field: string) => {
  const [row] = await rows;
  if (!row) throw new Error(`no stored row for ${field}`);
  return row[field];
};

/** One text in three languages: errors name the field, or the group when all are missing. */
const titles = (max: number, group: "title" | "text" | "city", lineBreaks = false) =>
  Object.fromEntries(
    ["Nb", "Ru", "En"].map((l) => [
      `${group}${l}`,
      { max, lineBreaks, errorFields: [`${group}${l}`, group] } satisfies TextField,
    ]),
  ) as Record<string, TextField>;

/* ---------------------------------------------------------------- projects */

function projectForm(w: World, code: string): Input {
  return {
    code,
    areaId: w.ids.area,
    titleNb: "Grenseoverskridende havbruk",
    titleRu: "Трансграничная аквакультура",
    titleEn: "Cross-border aquaculture",
    summaryNb: "Felles overvåking i Varangerfjorden.",
    summaryRu: "",
    summaryEn: "",
    plannedStart: "2018-04-01",
    plannedEnd: "2019-12-31",
    leadOrgNo: "Havforskningsinstituttet",
    leadOrgRu: "ПИНРО",
    contactNoId: w.ids.delegateNo,
    contactRuId: w.ids.delegateRu,
    partners: "Norges sjømatråd\nМурманский рыбный союз",
    places: "kirkenes\nmurmansk",
    fundingAmount: "1 500 000,50",
    fundingCurrency: "NOK",
    fundingSource: "Barentssekretariatet",
    milestones: JSON.stringify([{ titleEn: "Kick-off", dueOn: "2018-05-15", doneOn: "" }]),
  };
}

const projectTextFields: Record<string, TextField> = {
  ...titles(LIMITS.title, "title"),
  summaryNb: { max: LIMITS.summary },
  summaryRu: { max: LIMITS.summary },
  summaryEn: { max: LIMITS.summary },
  leadOrgNo: { max: LIMITS.organisation },
  leadOrgRu: { max: LIMITS.organisation },
  fundingSource: { max: LIMITS.source },
  milestoneTitle: {
    max: LIMITS.title,
    required: true,
    errorFields: ["milestones"],
    put: (input, text) => {
      input.milestones = JSON.stringify([{ titleNb: text, dueOn: "2018-05-15" }]);
    },
  },
};

async function storedProjectText(w: World, projectId: string, field: string) {
  if (field === "milestoneTitle")
    return pick(
      w.db
        .select()
        .from(s.milestones)
        .where(eq(s.milestones.projectId, projectId))
        .orderBy(asc(s.milestones.position)),
      "titleNb",
    );
  return pick(w.db.select().from(s.projects).where(eq(s.projects.id, projectId)), field);
}

async function currentVersion(w: World, projectId: string) {
  return String(
    await pick(w.db.select().from(s.projects).where(eq(s.projects.id, projectId)), "version"),
  );
}

async function projectIdByCode(w: World, code: string) {
  const [row] = await w.db
    .select({ id: s.projects.id })
    .from(s.projects)
    .where(and(eq(s.projects.groupId, w.group.id), eq(s.projects.code, code)));
  if (!row) throw new Error(`no project ${code}`);
  return row.id;
}

/* ---------------------------------------------------------------- meetings */

const meetingTexts = (max: number, group: "title" | "text") => titles(max, group, true);
const scoped = (w: World, meetingId = w.ids.planned) => ({ groupId: w.ids.group, meetingId });

function meetingFields(number: number) {
  return {
    number: String(number),
    startsOn: "2030-05-01",
    endsOn: "2030-05-02",
    cityNb: "Vardø",
    cityRu: "Вардё",
    cityEn: "Vardø",
    country: "NO",
  };
}

const guests = (name: string, capacity: string) =>
  JSON.stringify([{ name, delegation: "RU", capacity }]);

/* ---------------------------------------------------------------- the catalogue */

const userRef = (w: World) => ({ userId: w.victim.id });
const areaRef = (w: World) => ({ groupId: w.ids.group, areaId: w.ids.victimArea });
const groupRef = (w: World) => ({ groupId: w.ids.victimGroup });
const planRef = (w: World) => ({ groupId: w.ids.group, planId: w.ids.draftPlan });
const names = (prefix: "name" | "commission") => ({
  [`${prefix}Nb`]: "Arbeidsgruppe",
  [`${prefix}Ru`]: "Рабочая группа",
  [`${prefix}En`]: "Working group",
});
const nameFields = (max: number, ...prefixes: ("name" | "commission")[]) =>
  Object.fromEntries(
    prefixes.flatMap((p) => ["Nb", "Ru", "En"].map((l) => [`${p}${l}`, { max, required: true }])),
  ) as Record<string, TextField>;

/** Every guarded action, by name: a valid input, and for those that store text, how to check it. */
export const CATALOGUE: Record<string, CatalogueEntry> = {
  "project.create": {
    input: (w) => ({
      groupId: w.ids.group,
      status: "planned",
      ...projectForm(w, `C-${nextSerial()}`),
    }),
    text: {
      fields: projectTextFields,
      input: async (w) => ({
        groupId: w.ids.group,
        status: "planned",
        ...projectForm(w, `C-${nextSerial()}`),
      }),
      stored: async (w, data, field) =>
        storedProjectText(w, await projectIdByCode(w, data.code), field),
    },
  },
  "project.edit": {
    input: async (w) => ({
      projectId: w.ids.project,
      version: await currentVersion(w, w.ids.project),
      ...projectForm(w, "2018-01"),
    }),
    text: {
      fields: projectTextFields,
      input: async (w) => {
        const project = await w.newProject({ code: `E-${nextSerial()}` });
        return {
          projectId: project.id,
          version: String(project.version),
          ...projectForm(w, project.code),
        };
      },
      stored: async (w, data, field) =>
        storedProjectText(w, await projectIdByCode(w, data.code), field),
    },
  },
  "project.archive": { input: (w) => ({ projectId: w.ids.victimProject }) },
  "project.restore": { input: (w) => ({ projectId: w.ids.victimProject }) },
  "project.postStatusUpdate": {
    input: async (w) => ({
      projectId: w.ids.project,
      version: await currentVersion(w, w.ids.project),
      status: "in_progress",
      health: "at_risk",
      progress: "55",
      note: "Forsinket levering",
      noteLocale: "nb",
      nextSteps: "Nytt møte i Kirkenes",
    }),
    text: {
      fields: { note: { max: NOTE_MAX }, nextSteps: { max: NEXT_STEPS_MAX } },
      input: async (w) => {
        const project = await w.newProject({ code: `U-${nextSerial()}` });
        return {
          projectId: project.id,
          version: String(project.version),
          status: "in_progress",
          health: "on_track",
          progress: "60",
          note: "Merknad",
          noteLocale: "nb",
          nextSteps: "Neste trinn",
        };
      },
      stored: (w, data, field) =>
        pick(
          w.db.select().from(s.statusUpdates).where(eq(s.statusUpdates.id, data.updateId)),
          field,
        ),
    },
  },
  "project.addComment": {
    input: (w) => ({ projectId: w.ids.project, body: "Kommentar", locale: "nb" }),
    text: {
      fields: { body: { max: COMMENT_MAX, required: true } },
      input: async (w) => ({ projectId: w.ids.project, body: "Kommentar", locale: "ru" }),
      stored: (w, data, field) =>
        pick(w.db.select().from(s.comments).where(eq(s.comments.id, data.commentId)), field),
    },
  },
  "project.confirmStatusUpdate": { input: (w) => ({ updateId: w.ids.update }) },
  "statusUpdate.translate": {
    input: (w) => ({ updateId: w.ids.update, locale: "nb", note: "Oppdatering", nextSteps: "" }),
    text: {
      fields: { note: { max: NOTE_MAX, required: true } },
      input: async (w) => ({ updateId: w.ids.update, locale: "en", note: "Update" }),
      stored: (w, data, field) =>
        pick(
          w.db
            .select()
            .from(s.statusUpdateTranslations)
            .where(
              and(
                eq(s.statusUpdateTranslations.updateId, data.updateId),
                eq(s.statusUpdateTranslations.locale, data.locale),
              ),
            ),
          field,
        ),
    },
  },
  "project.import": {
    input: (w) => ({
      groupId: w.ids.group,
      fileName: "plan.csv",
      content: "H4sIAAAAAAAA",
      token: "x.y",
    }),
  },

  "plan.create": {
    input: (w) => ({
      groupId: w.ids.group,
      periodStart: "2020",
      periodEnd: "2021",
      carryOver: "1",
    }),
  },
  "plan.update": { input: (w) => ({ ...planRef(w), periodStart: "2018", periodEnd: "2019" }) },
  "plan.delete": { input: planRef },
  "plan.approve": {
    input: (w) => ({ ...planRef(w), meetingId: w.ids.held, approvedOn: "2016-01-21" }),
  },
  "plan.add_projects": { input: (w) => ({ ...planRef(w), projectIds: [w.ids.project] }) },
  "plan.remove_project": { input: (w) => ({ ...planRef(w), projectId: w.ids.victimProject }) },

  "admin.createArea": {
    input: (w) => ({ groupId: w.ids.group, ...areaNames() }),
    text: {
      fields: nameFields(200, "name"),
      input: async (w) => ({ groupId: w.ids.otherGroup, ...areaNames() }),
      stored: (w, data, field) =>
        pick(
          w.db.select().from(s.cooperationAreas).where(eq(s.cooperationAreas.id, data.areaId)),
          field,
        ),
    },
  },
  "admin.renameArea": {
    input: (w) => ({ ...areaRef(w), ...areaNames() }),
    text: {
      fields: nameFields(200, "name"),
      input: async (w) => ({ ...areaRef(w), ...areaNames() }),
      stored: (w, data, field) =>
        pick(
          w.db.select().from(s.cooperationAreas).where(eq(s.cooperationAreas.id, data.areaId)),
          field,
        ),
    },
  },
  "admin.createPlace": {
    input: () => placeForm(),
    text: {
      fields: nameFields(120, "name"),
      input: async () => placeForm(),
      stored: (w, data, field) =>
        pick(w.db.select().from(s.places).where(eq(s.places.id, data.id)), field),
    },
  },
  "admin.updatePlace": {
    input: async (w) => ({ ...placeForm(), placeId: await gazetteerPlace(w, "nikel") }),
  },
  "admin.moveArea": { input: (w) => ({ ...areaRef(w), direction: "up" }) },
  "admin.archiveArea": { input: areaRef },
  "admin.restoreArea": { input: areaRef },
  "admin.createGroup": {
    input: () => ({ slug: `g-${nextSerial()}`, ...names("name"), ...names("commission") }),
    text: {
      fields: nameFields(300, "name", "commission"),
      input: async () => ({ slug: `g-${nextSerial()}`, ...names("name"), ...names("commission") }),
      stored: (w, data, field) =>
        pick(
          w.db.select().from(s.workingGroups).where(eq(s.workingGroups.id, data.groupId)),
          field,
        ),
    },
  },
  "admin.updateGroup": {
    input: (w) => ({
      ...groupRef(w),
      slug: w.victimGroup.slug,
      ...names("name"),
      ...names("commission"),
    }),
    text: {
      fields: nameFields(300, "name", "commission"),
      input: async (w) => ({
        ...groupRef(w),
        slug: w.victimGroup.slug,
        ...names("name"),
        ...names("commission"),
      }),
      stored: (w, data, field) =>
        pick(
          w.db.select().from(s.workingGroups).where(eq(s.workingGroups.id, data.groupId)),
          field,
        ),
    },
  },
  "admin.archiveGroup": { input: groupRef },
  "admin.restoreGroup": { input: groupRef },
  "admin.createUser": {
    input: () => userForm(`new-${nextSerial()}@workplan.test`),
    text: {
      fields: { name: { max: 200, required: true }, position: { max: 300 } },
      input: async () => ({ ...userForm(`new-${nextSerial()}@workplan.test`), memberships: [] }),
      stored: (w, data, field) =>
        pick(w.db.select().from(s.users).where(eq(s.users.id, data.userId)), field),
    },
  },
  "admin.updateUser": {
    input: (w) => ({ ...userRef(w), ...userForm(w.victim.email) }),
    text: {
      fields: { name: { max: 200, required: true }, position: { max: 300 } },
      input: async (w) => {
        const { memberships: _, ...details } = userForm(w.victim.email);
        return { ...userRef(w), ...details };
      },
      stored: (w, data, field) =>
        pick(w.db.select().from(s.users).where(eq(s.users.id, data.userId)), field),
    },
  },
  "admin.setMemberships": {
    input: (w) => ({ ...userRef(w), memberships: [{ groupId: w.ids.group, role: "delegate" }] }),
  },
  "admin.setTwoFactorRequirement": { input: () => ({ roles: ["admin"] }) },
  "admin.deactivateUser": { input: userRef },
  "admin.reactivateUser": { input: userRef },
  "admin.resetPassword": { input: userRef },
  "admin.endSessions": { input: userRef },
  "admin.resetTwoFactor": { input: userRef },

  "user.setLocale": { input: () => ({ locale: "ru" }) },
  "user.updateProfile": {
    input: () => ({ name: "Kari Nordmann", locale: "nb" }),
    text: {
      fields: { name: { max: 200, required: true } },
      input: async () => ({ name: "Kari Nordmann", locale: "en" }),
      stored: (w, _data, field) =>
        pick(w.db.select().from(s.users).where(eq(s.users.id, w.actor.id)), field),
    },
  },
  "user.changePassword": {
    input: () => ({
      currentPassword: "workplan-demo",
      newPassword: "a sufficiently long password",
      confirmPassword: "a sufficiently long password",
    }),
  },
  "user.startTwoFactor": { input: () => ({}) },
  "user.confirmTwoFactor": { input: () => ({ code: "123456" }) },
  "user.disableTwoFactor": { input: () => ({ currentPassword: "workplan-demo", code: "123456" }) },
  "user.setNotificationPreferences": {
    input: () => ({
      ...Object.fromEntries(NOTIFICATION_CATEGORIES.map((category) => [category, "daily"])),
      digestHour: "7",
      timeZone: "Europe/Moscow",
    }),
  },
  "user.createCalendarFeed": { input: () => ({}) },
  "user.revokeCalendarFeed": { input: () => ({}) },

  "meeting.create": {
    input: (w) => ({ groupId: w.ids.group, ...meetingFields(nextMeetingNumber()) }),
    text: {
      fields: titles(M.city, "city", true),
      input: async (w) => ({ groupId: w.ids.group, ...meetingFields(nextMeetingNumber()) }),
      stored: (w, data, field) =>
        pick(
          w.db
            .select()
            .from(s.meetings)
            .where(and(eq(s.meetings.groupId, w.group.id), eq(s.meetings.number, data.number))),
          field,
        ),
    },
  },
  "meeting.update": {
    input: (w) => ({ ...scoped(w), base: "", ...meetingFields(6) }),
    text: {
      fields: titles(M.city, "city", true),
      input: async (w) => {
        const meeting = await w.newMeeting({ number: nextMeetingNumber() });
        return { ...scoped(w, meeting.id), base: "", ...meetingFields(meeting.number) };
      },
      stored: (w, data, field) =>
        pick(
          w.db
            .select()
            .from(s.meetings)
            .where(and(eq(s.meetings.groupId, w.group.id), eq(s.meetings.number, data.number))),
          field,
        ),
    },
  },
  "meeting.hold": { input: (w) => scoped(w) },
  "meeting.close": { input: (w) => scoped(w, w.ids.held) },
  "meeting.reopen": { input: (w) => scoped(w, w.ids.closed) },
  "agenda.add": {
    input: async (w) => ({
      ...scoped(w, (await w.newMeeting()).id),
      ...agendaTitles(),
      projectIds: [w.ids.project],
    }),
    text: {
      fields: meetingTexts(M.title, "title"),
      input: async (w) => ({
        ...scoped(w, (await w.newMeeting()).id),
        ...agendaTitles(),
        projectIds: [],
      }),
      stored: (w, data, field) =>
        pick(w.db.select().from(s.agendaItems).where(eq(s.agendaItems.id, data.itemId)), field),
    },
  },
  "agenda.update": {
    input: (w) => ({
      ...scoped(w),
      itemId: w.ids.agendaItem,
      base: "",
      ...agendaTitles(),
      projectIds: [w.ids.project],
    }),
    text: {
      fields: meetingTexts(M.title, "title"),
      input: async (w) => {
        const meeting = await w.newMeeting();
        const item = await w.newAgendaItem(meeting.id);
        return {
          ...scoped(w, meeting.id),
          itemId: item.id,
          base: "",
          ...agendaTitles(),
          projectIds: [],
        };
      },
      stored: (w, data, field) =>
        pick(w.db.select().from(s.agendaItems).where(eq(s.agendaItems.id, data.itemId)), field),
    },
  },
  "agenda.delete": { input: (w) => ({ ...scoped(w), itemId: w.ids.agendaItem }) },
  "agenda.reorder": { input: (w) => ({ ...scoped(w), order: [w.ids.agendaItem] }) },
  "attendees.update": {
    input: (w) => ({
      ...scoped(w),
      base: "",
      memberIds: [w.ids.delegateNo, w.ids.delegateRu],
      guests: guests("Ivan Petrov", "Советник"),
    }),
    text: {
      fields: {
        guestName: {
          max: M.guestName,
          required: true,
          errorFields: ["guests"],
          put: (input, text) => {
            input.guests = guests(text, "Rådgiver");
          },
        },
        guestCapacity: {
          max: M.capacity,
          lineBreaks: true,
          errorFields: ["guests"],
          put: (input, text) => {
            input.guests = guests("Ivan Petrov", text);
          },
        },
      },
      input: async (w) => ({
        ...scoped(w, (await w.newMeeting()).id),
        base: "",
        memberIds: [w.ids.delegateNo],
        guests: guests("Ivan Petrov", "Советник"),
      }),
      stored: (w, _data, field, input) =>
        pick(
          w.db
            .select()
            .from(s.meetingAttendees)
            .where(
              and(
                eq(s.meetingAttendees.meetingId, String(input.meetingId)),
                isNull(s.meetingAttendees.userId),
              ),
            ),
          field === "guestName" ? "name" : "capacity",
        ),
    },
  },
  "minutes.update": {
    input: (w) => ({
      ...scoped(w),
      base: "",
      minutesNb: "Referat",
      minutesRu: "Протокол",
      minutesEn: "",
    }),
    text: {
      fields: {
        minutesNb: { max: M.minutes, lineBreaks: true },
        minutesRu: { max: M.minutes, lineBreaks: true },
        minutesEn: { max: M.minutes, lineBreaks: true },
      },
      input: async (w) => ({
        ...scoped(w),
        base: "",
        minutesNb: "Referat",
        minutesRu: "Протокол",
        minutesEn: "Minutes",
      }),
      stored: (w, data, field) =>
        pick(w.db.select().from(s.meetings).where(eq(s.meetings.id, data.meetingId)), field),
    },
  },
  "decision.add": {
    input: async (w) => ({
      ...scoped(w, (await w.newMeeting()).id),
      ...decisionTexts(),
      projectId: w.ids.project,
    }),
    text: {
      fields: meetingTexts(M.decision, "text"),
      input: async (w) => ({
        ...scoped(w, (await w.newMeeting()).id),
        ...decisionTexts(),
        projectId: "",
      }),
      stored: (w, data, field) =>
        pick(w.db.select().from(s.decisions).where(eq(s.decisions.id, data.itemId)), field),
    },
  },
  "decision.update": {
    input: (w) => ({
      ...scoped(w),
      itemId: w.ids.decision,
      base: "",
      ...decisionTexts(),
      projectId: "",
    }),
    text: {
      fields: meetingTexts(M.decision, "text"),
      input: async (w) => {
        const meeting = await w.newMeeting();
        const decision = await w.newDecision(meeting.id);
        return {
          ...scoped(w, meeting.id),
          itemId: decision.id,
          base: "",
          ...decisionTexts(),
          projectId: "",
        };
      },
      stored: (w, data, field) =>
        pick(w.db.select().from(s.decisions).where(eq(s.decisions.id, data.itemId)), field),
    },
  },
  "decision.delete": { input: (w) => ({ ...scoped(w), itemId: w.ids.decision }) },
  "decision.reorder": { input: (w) => ({ ...scoped(w), order: [w.ids.decision] }) },
  "action_item.create": {
    input: (w) => actionItemForm(w, w.ids.project),
    text: {
      fields: meetingTexts(M.actionText, "text"),
      input: async (w) => actionItemForm(w, ""),
      stored: (w, data, field) =>
        pick(w.db.select().from(s.actionItems).where(eq(s.actionItems.id, data.itemId)), field),
    },
  },
  "action_item.update": {
    input: (w) => ({ ...actionItemForm(w, ""), itemId: w.ids.actionItem, base: "" }),
    text: {
      fields: meetingTexts(M.actionText, "text"),
      input: async (w) => {
        const item = await w.newActionItem(w.ids.planned);
        return { ...actionItemForm(w, ""), itemId: item.id, base: "" };
      },
      stored: (w, data, field) =>
        pick(w.db.select().from(s.actionItems).where(eq(s.actionItems.id, data.itemId)), field),
    },
  },
  "action_item.delete": { input: (w) => ({ ...scoped(w), itemId: w.ids.actionItem }) },
  "actionItem.complete": { input: (w) => ({ actionItemId: w.ids.actionItem }) },
  "actionItem.reopen": { input: (w) => ({ actionItemId: w.ids.doneItem }) },

  // Personal access tokens and the IATI identifier (issue 16).
  "api.createToken": {
    input: () => ({ name: "Rapporteringsregneark", scope: "read", expiresInDays: "30" }),
    text: {
      fields: { name: { max: 100, required: true } },
      input: async () => ({ name: "Regneark", scope: "write", expiresInDays: "" }),
      stored: (w, data, field) =>
        pick(w.db.select().from(s.accessTokens).where(eq(s.accessTokens.id, data.id)), field),
    },
  },
  "api.revokeToken": { input: async (w) => ({ tokenId: await newToken(w, w.actor.id) }) },
  "admin.revokeToken": { input: async (w) => ({ tokenId: await newToken(w, w.ids.victim) }) },
  "admin.setIatiOrganisation": { input: () => ({ organisation: "NO-BRC-971277882" }) },

  // Reaching people (issue 14): sessions, dead letters, meetings' notices, the inbox.
  "user.endSession": { input: () => ({ sessionId: randomUUID() }) },
  "admin.retryDeadLetter": { input: async (w) => ({ jobId: await deadLetter(w) }) },
  "admin.discardDeadLetter": { input: async (w) => ({ jobId: await deadLetter(w) }) },
  "meeting.cancel": { input: async (w) => scoped(w, (await w.newMeeting()).id) },
  "meeting.publish_brief": { input: (w) => scoped(w) },
  "meeting.remind": { input: (w) => scoped(w) },
  "notification.markRead": { input: async (w) => ({ id: await unreadNotification(w) }) },
  "notification.markAllRead": { input: () => ({}) },

  // Documents (issue 15): the bytes are stored by the upload route before the action runs.
  "document.add": {
    input: async (w) => ({
      target: { kind: "project", id: w.ids.project },
      title: "Søknad",
      language: "nb",
      translationOf: "",
      file: await storedFile(w),
      quota: 1024 ** 3,
    }),
  },
  "document.addVersion": {
    input: async (w) => ({
      documentId: await newDocument(w),
      file: await storedFile(w),
      quota: 1024 ** 3,
    }),
  },
  "document.edit": {
    input: async (w) => ({
      documentId: await newDocument(w),
      title: "Заявка",
      language: "ru",
      translationOf: "",
    }),
  },
  "document.delete": { input: async (w) => ({ documentId: await newDocument(w) }) },
};

/** A mail job that has given up (the dead-letter actions use one up). */
async function deadLetter(w: World): Promise<number> {
  const [job] = await w.db
    .insert(s.jobs)
    .values({ kind: "mail.notification", state: "dead", attempts: 8, lastError: "550" })
    .returning({ id: s.jobs.id });
  if (!job) throw new Error("no job");
  return job.id;
}

/** An unread notification of the acting administrator. */
async function unreadNotification(w: World): Promise<string> {
  const [row] = await w.db
    .insert(s.notifications)
    .values({
      userId: w.actor.id,
      groupId: w.ids.group,
      projectId: w.ids.project,
      kind: "comment_added",
      delivery: "off",
    })
    .returning({ id: s.notifications.id });
  if (!row) throw new Error("no notification");
  return row.id;
}

/** Bytes as the upload route leaves them: a pending blob with a hash no other blob has. */
async function storedFile(w: World) {
  const bytes = new TextEncoder().encode(`%PDF-1.4\n% ${randomUUID()}\n`);
  const [blob] = await w.db.insert(s.blobs).values({}).returning({ id: s.blobs.id });
  if (!blob) throw new Error("no blob");
  await w.db.insert(s.blobChunks).values({ blobId: blob.id, seq: 0, data: bytes });
  await w.db.update(s.blobs).set({ size: bytes.byteLength }).where(eq(s.blobs.id, blob.id));
  return {
    blobId: blob.id,
    sha256: randomBytes(32).toString("hex"),
    size: bytes.byteLength,
    contentType: "application/pdf",
    fileName: "Søknad.pdf",
    pageCount: 1,
    width: null,
    height: null,
    thumbnail: null,
  };
}

/** A document of the project with one version, stored directly. */
async function newDocument(w: World): Promise<string> {
  const sha256 = randomBytes(32).toString("hex");
  await w.db.insert(s.blobs).values({ sha256, size: 4 });
  const [doc] = await w.db
    .insert(s.documents)
    .values({ groupId: w.ids.group, projectId: w.ids.project, title: "Søknad", language: "nb" })
    .returning({ id: s.documents.id });
  if (!doc) throw new Error("no document");
  await w.db.insert(s.documentVersions).values({
    documentId: doc.id,
    number: 1,
    blobSha256: sha256,
    fileName: "Søknad.pdf",
    contentType: "application/pdf",
    size: 4,
  });
  return doc.id;
}

/** A fresh token of the user (the revoke actions use one up). */
async function newToken(w: World, userId: string): Promise<string> {
  const [token] = await w.db
    .insert(s.accessTokens)
    .values({
      userId,
      name: "property",
      scope: "read",
      tokenHash: `property-${nextSerial()}-${Math.random()}`,
      prefix: "wpat_proper",
      expiresAt: new Date(Date.now() + 86_400_000),
    })
    .returning({ id: s.accessTokens.id });
  if (!token) throw new Error("no token");
  return token.id;
}

/** A new place as the administration's form sends it (its key made from the English name). */
function placeForm(): Input {
  return {
    nameNb: "Liinahamari",
    nameRu: "Лиинахамари",
    nameEn: `Liinakhamari ${nextSerial()}`,
    nameSe: "",
    aliases: "Linahamari",
    latitude: "69.6528",
    longitude: "31.3639",
    kind: "village",
    country: "RU",
    key: "",
  };
}

/** A place of the gazetteer (migration 0012_places), by key. */
async function gazetteerPlace(w: World, key: string): Promise<string> {
  const [place] = await w.db
    .select({ id: s.places.id })
    .from(s.places)
    .where(eq(s.places.key, key));
  if (!place) throw new Error(`the gazetteer has no ${key}`);
  return place.id;
}

function areaNames() {
  return { nameNb: "Havbruk", nameRu: "Аквакультура", nameEn: "Aquaculture" };
}

function agendaTitles() {
  return {
    titleNb: `Sak ${nextSerial()}`,
    titleRu: `Вопрос ${nextSerial()}`,
    titleEn: `Item ${nextSerial()}`,
  };
}

function decisionTexts() {
  return { textNb: "Vedtatt", textRu: "Принято", textEn: "Adopted" };
}

function actionItemForm(w: World, projectId: string): Input {
  return {
    ...scoped(w),
    textNb: "Send rapporten",
    textRu: "Направить отчёт",
    textEn: "Send the report",
    ownerId: w.ids.delegateNo,
    dueOn: "2030-06-01",
    projectId,
  };
}

function userForm(email: string): Input {
  return {
    email,
    name: "Ola Nordmann",
    delegation: "NO",
    locale: "nb",
    position: "Seniorrådgiver",
    isAdmin: "",
    memberships: [],
  };
}
