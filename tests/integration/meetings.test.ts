import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { completeActionItem } from "@/lib/action-items/actions";
import type { ActionState } from "@/lib/actions/guard";
import {
  closeMeeting,
  createMeeting,
  holdMeeting,
  reopenMeeting,
  updateAttendees,
  updateMeeting,
  updateMinutes,
} from "@/lib/meetings/actions";
import { agendaItemBase, minutesBase } from "@/lib/meetings/fingerprints";
import {
  addAgendaItem,
  addDecision,
  addMeetingActionItem,
  deleteAgendaItem,
  deleteDecision,
  deleteMeetingActionItem,
  reorderAgenda,
  reorderDecisions,
  updateAgendaItem,
  updateDecision,
  updateMeetingActionItem,
} from "@/lib/meetings/items/actions";
import {
  getMeetingActionItems,
  getMeetingDetail,
  getMeetingEditorOptions,
  listMeetings,
} from "@/lib/meetings/queries";
import { meetingToday } from "@/lib/meetings/rules";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import {
  asSessionUser,
  createArea,
  createGroup,
  createMember,
  createProject,
} from "../support/factories";
import { buildProjectWorld } from "../support/project-world";

let t: TestDatabase;
let w: Awaited<ReturnType<typeof buildProjectWorld>>;
let foreignProject: s.Project;
let ownProject: s.Project;
let otherProject: s.Project;
let counting = false;
const queries: string[] = [];

beforeAll(async () => {
  t = await createTestDatabase({ onQuery: (q) => counting && queries.push(q) });
  w = await buildProjectWorld(t.db);
  ownProject = await w.newProject({ code: "2018-07" });
  otherProject = await w.newProject({ code: "2018-08", titleEn: null });
  const elsewhere = await createGroup(t.db);
  foreignProject = await createProject(
    t.db,
    elsewhere.id,
    (await createArea(t.db, elsewhere.id)).id,
  );
});
afterAll(async () => {
  await t?.destroy();
});

const coordinator = () => asSessionUser(w.coordinatorNo);
let serial = 10;

function meetingForm(overrides: Record<string, unknown> = {}) {
  return {
    groupId: w.group.id,
    number: String(++serial),
    startsOn: "2018-03-14",
    endsOn: "2018-03-15",
    cityNb: "Murmansk",
    cityRu: "Мурманск",
    cityEn: "",
    country: "RU",
    ...overrides,
  };
}

function expectSuccess<T>(result: ActionState<T>): T {
  if (result.status !== "success") throw new Error(`expected success: ${JSON.stringify(result)}`);
  return result.data;
}

function errorKeys(result: ActionState<unknown>) {
  if (result.status !== "error") throw new Error("expected an error");
  return {
    code: result.code,
    message: result.message.key,
    fields: Object.fromEntries(
      Object.entries(result.fieldErrors ?? {}).map(([field, messages]) => [
        field,
        messages.map((m) => m.key),
      ]),
    ),
  };
}

async function newMeeting(overrides: Record<string, unknown> = {}) {
  const form = meetingForm(overrides);
  expectSuccess(await createMeeting.execute(t.db, coordinator(), form));
  const [row] = await t.db
    .select()
    .from(s.meetings)
    .where(and(eq(s.meetings.groupId, w.group.id), eq(s.meetings.number, Number(form.number))));
  if (!row) throw new Error("meeting not created");
  return row;
}

const ref = (meeting: s.Meeting) => ({ groupId: w.group.id, meetingId: meeting.id });

async function agendaOf(meetingId: string) {
  return t.db
    .select()
    .from(s.agendaItems)
    .where(eq(s.agendaItems.meetingId, meetingId))
    .orderBy(asc(s.agendaItems.position));
}

async function addItem(meeting: s.Meeting, titleEn: string, extra: Record<string, unknown> = {}) {
  return expectSuccess(
    await addAgendaItem.execute(t.db, coordinator(), { ...ref(meeting), titleEn, ...extra }),
  ).itemId;
}

async function auditActions(entityId: string) {
  const rows = await t.db
    .select({ action: s.auditEvents.action })
    .from(s.auditEvents)
    .where(eq(s.auditEvents.entityId, entityId))
    .orderBy(asc(s.auditEvents.id));
  return rows.map((r) => r.action);
}

describe(`planning a meeting (${testBackend()})`, () => {
  it("creates a planned meeting and audits it", async () => {
    const meeting = await newMeeting({ number: "5" });
    expect(meeting).toMatchObject({
      number: 5,
      state: "planned",
      cityRu: "Мурманск",
      cityEn: null,
    });
    expect(await auditActions(meeting.id)).toEqual(["meeting.create"]);
  });

  it("refuses a number the group already uses, with a field error", async () => {
    const result = await createMeeting.execute(t.db, coordinator(), meetingForm({ number: "5" }));
    expect(errorKeys(result).fields).toEqual({ number: ["meetings.errors.numberTaken"] });
  });

  it("refuses dates out of order, no city at all and nonsense numbers", async () => {
    const result = await createMeeting.execute(
      t.db,
      coordinator(),
      meetingForm({ number: "0", endsOn: "2018-03-13", cityNb: " ", cityRu: "" }),
    );
    expect(errorKeys(result).fields).toEqual({
      number: ["meetings.errors.numberRange"],
      endsOn: ["meetings.errors.endBeforeStart"],
      city: ["meetings.errors.cityRequired"],
    });
    const dates = await createMeeting.execute(
      t.db,
      coordinator(),
      meetingForm({ startsOn: "2018-02-30", endsOn: "" }),
    );
    expect(errorKeys(dates).fields).toEqual({
      startsOn: ["meetings.errors.date"],
      endsOn: ["validation.required"],
    });
  });

  it("edits the details, refusing a save over someone else's newer edit", async () => {
    const meeting = await newMeeting();
    const form = { ...meetingForm({ number: String(meeting.number) }), meetingId: meeting.id };
    expectSuccess(
      await updateMeeting.execute(t.db, coordinator(), { ...form, cityEn: "Murmansk" }),
    );
    const stale = await updateMeeting.execute(t.db, coordinator(), {
      ...form,
      base: "0".repeat(24),
    });
    expect(errorKeys(stale)).toMatchObject({
      code: "conflict",
      message: "meetings.errors.changedMeanwhile",
    });
    const taken = await updateMeeting.execute(t.db, coordinator(), { ...form, number: "5" });
    expect(errorKeys(taken).fields).toEqual({ number: ["meetings.errors.numberTaken"] });
  });

  it("lists planned meetings next first and held ones newest first, with their counts", async () => {
    const group = await createGroup(t.db);
    const values = (number: number, startsOn: string, state: "planned" | "held") => ({
      groupId: group.id,
      number,
      startsOn,
      endsOn: startsOn,
      cityEn: "Kirkenes",
      country: "NO" as const,
      state,
    });
    const rows = await t.db
      .insert(s.meetings)
      .values([
        values(4, "2016-01-26", "held"),
        values(5, "2018-03-14", "held"),
        values(7, "2031-05-01", "planned"),
        values(6, "2030-05-01", "planned"),
      ])
      .returning();
    const five = rows.find((r) => r.number === 5);
    if (!five) throw new Error("no 5th meeting");
    await t.db.insert(s.agendaItems).values([
      { meetingId: five.id, position: 1, titleEn: "Opening" },
      { meetingId: five.id, position: 2, titleEn: "Work plan" },
    ]);
    await t.db.insert(s.actionItems).values([
      { groupId: group.id, meetingId: five.id, ownerId: w.coordinatorNo.id, textEn: "a" },
      {
        groupId: group.id,
        meetingId: five.id,
        ownerId: w.coordinatorNo.id,
        textEn: "b",
        doneAt: new Date(),
      },
    ]);
    const { planned, held } = await listMeetings(t.db, group.id);
    expect(planned.map((m) => m.number)).toEqual([6, 7]);
    expect(held.map((m) => m.number)).toEqual([5, 4]);
    expect(held[0]).toMatchObject({ agendaItems: 2, decisions: 0, openActionItems: 1 });
  });
});

describe(`the agenda (${testBackend()})`, () => {
  it("adds items at the end, with titles in any language and linked projects", async () => {
    const meeting = await newMeeting();
    await addItem(meeting, "Opening of the meeting");
    const id = await addItem(meeting, "Maritime technology", {
      titleNb: "Maritim teknologi",
      projectIds: [ownProject.id, otherProject.id],
    });
    const items = await agendaOf(meeting.id);
    expect(items.map((i) => [i.position, i.titleEn])).toEqual([
      [1, "Opening of the meeting"],
      [2, "Maritime technology"],
    ]);
    const detail = await getMeetingDetail(t.db, w.group.id, meeting.number);
    expect(detail?.agenda[1]?.projects.map((p) => p.code)).toEqual(["2018-07", "2018-08"]);
    expect(await auditActions(id)).toEqual(["agenda.add"]);
  });

  it("links only the group's own projects", async () => {
    const meeting = await newMeeting();
    const result = await addAgendaItem.execute(t.db, coordinator(), {
      ...ref(meeting),
      titleEn: "Elsewhere",
      projectIds: [ownProject.id, foreignProject.id],
    });
    expect(errorKeys(result).fields).toEqual({ projectIds: ["meetings.errors.projectNotInGroup"] });
    expect(await agendaOf(meeting.id)).toEqual([]);
  });

  it("refuses a title the agenda already has in the same language, whatever the case", async () => {
    const meeting = await newMeeting();
    await addItem(meeting, "Date and venue of the next meeting", { titleNb: "Neste møte" });
    const twin = await addAgendaItem.execute(t.db, coordinator(), {
      ...ref(meeting),
      titleEn: "date and  venue of the next meeting ",
      titleNb: "neste MØTE",
    });
    expect(errorKeys(twin).fields).toEqual({
      titleEn: ["meetings.errors.duplicateTitle"],
      titleNb: ["meetings.errors.duplicateTitle"],
    });
    // The same words in another language's field are no duplicate.
    await addItem(meeting, "Neste møte");
    expect(await agendaOf(meeting.id)).toHaveLength(2);
  });

  it("edits an item (its own title is no duplicate) and replaces its links", async () => {
    const meeting = await newMeeting();
    const id = await addItem(meeting, "Projects", { projectIds: [ownProject.id] });
    const base = agendaItemBase({ en: "Projects" }, [ownProject.id]);
    expectSuccess(
      await updateAgendaItem.execute(t.db, coordinator(), {
        ...ref(meeting),
        itemId: id,
        base,
        titleEn: "Projects",
        titleRu: "Проекты",
        projectIds: otherProject.id,
      }),
    );
    const detail = await getMeetingDetail(t.db, w.group.id, meeting.number);
    expect(detail?.agenda[0]).toMatchObject({
      title: { nb: null, ru: "Проекты", en: "Projects" },
      projects: [{ code: "2018-08" }],
    });
    const stale = await updateAgendaItem.execute(t.db, coordinator(), {
      ...ref(meeting),
      itemId: id,
      base,
      titleEn: "Mine",
    });
    expect(errorKeys(stale).code).toBe("conflict");
  });

  it("reorders from the submitted order, which persists", async () => {
    const meeting = await newMeeting();
    const a = await addItem(meeting, "A");
    const b = await addItem(meeting, "B");
    const c = await addItem(meeting, "C");
    // "Move up" on C, twice, as the keyboard would.
    expectSuccess(
      await reorderAgenda.execute(t.db, coordinator(), { ...ref(meeting), order: [a, c, b] }),
    );
    expectSuccess(
      await reorderAgenda.execute(t.db, coordinator(), { ...ref(meeting), order: [c, a, b] }),
    );
    expect((await agendaOf(meeting.id)).map((i) => [i.position, i.titleEn])).toEqual([
      [1, "C"],
      [2, "A"],
      [3, "B"],
    ]);
    expect(await auditActions(meeting.id)).toContain("agenda.reorder");
  });

  it("refuses an order made from a stale list, and leaves the agenda as it was", async () => {
    const meeting = await newMeeting();
    const a = await addItem(meeting, "A");
    const b = await addItem(meeting, "B");
    await addItem(meeting, "Added meanwhile");
    const stale = await reorderAgenda.execute(t.db, coordinator(), {
      ...ref(meeting),
      order: [b, a],
    });
    expect(errorKeys(stale)).toMatchObject({
      code: "conflict",
      message: "meetings.errors.agendaChanged",
    });
    const foreign = await reorderAgenda.execute(t.db, coordinator(), {
      ...ref(meeting),
      order: [b, a, foreignProject.id],
    });
    expect(errorKeys(foreign).code).toBe("conflict");
    const twice = await reorderAgenda.execute(t.db, coordinator(), {
      ...ref(meeting),
      order: [b, a, a],
    });
    expect(errorKeys(twice).code).toBe("validation");
    expect((await agendaOf(meeting.id)).map((i) => i.titleEn)).toEqual([
      "A",
      "B",
      "Added meanwhile",
    ]);
  });

  it("deletes an item and closes the gap", async () => {
    const meeting = await newMeeting();
    await addItem(meeting, "A");
    const b = await addItem(meeting, "B");
    await addItem(meeting, "C");
    expectSuccess(
      await deleteAgendaItem.execute(t.db, coordinator(), { ...ref(meeting), itemId: b }),
    );
    expect((await agendaOf(meeting.id)).map((i) => [i.position, i.titleEn])).toEqual([
      [1, "A"],
      [2, "C"],
    ]);
    const again = await deleteAgendaItem.execute(t.db, coordinator(), {
      ...ref(meeting),
      itemId: b,
    });
    expect(errorKeys(again).code).toBe("not_found");
  });
});

describe(`minutes, decisions and attendees (${testBackend()})`, () => {
  it("saves minutes in three languages and refuses a save over a newer version", async () => {
    const meeting = await newMeeting();
    const base = minutesBase({});
    expectSuccess(
      await updateMinutes.execute(t.db, coordinator(), {
        ...ref(meeting),
        base,
        minutesNb: "Første avsnitt.\r\n\r\nAndre <b>avsnitt</b>.",
        minutesRu: "Протокол.",
        minutesEn: "",
      }),
    );
    const detail = await getMeetingDetail(t.db, w.group.id, meeting.number);
    expect(detail?.minutes).toEqual({
      nb: "Første avsnitt.\n\nAndre <b>avsnitt</b>.",
      ru: "Протокол.",
      en: null,
    });
    const stale = await updateMinutes.execute(t.db, coordinator(), {
      ...ref(meeting),
      base,
      minutesEn: "Overwrite",
    });
    expect(errorKeys(stale)).toMatchObject({
      code: "conflict",
      message: "meetings.errors.changedMeanwhile",
    });
  });

  it("adds, edits, reorders and deletes decisions, linking only the group's projects", async () => {
    const meeting = await newMeeting();
    const first = expectSuccess(
      await addDecision.execute(t.db, coordinator(), {
        ...ref(meeting),
        textEn: "Approve the plan",
      }),
    ).itemId;
    const second = expectSuccess(
      await addDecision.execute(t.db, coordinator(), {
        ...ref(meeting),
        textRu: "Поручить",
        projectId: ownProject.id,
      }),
    ).itemId;
    const foreign = await addDecision.execute(t.db, coordinator(), {
      ...ref(meeting),
      textEn: "x",
      projectId: foreignProject.id,
    });
    expect(errorKeys(foreign).fields).toEqual({ projectId: ["meetings.errors.projectNotInGroup"] });
    const empty = await addDecision.execute(t.db, coordinator(), { ...ref(meeting), textEn: " " });
    expect(errorKeys(empty).fields).toEqual({ text: ["meetings.errors.textRequired"] });
    expectSuccess(
      await updateDecision.execute(t.db, coordinator(), {
        ...ref(meeting),
        itemId: first,
        textEn: "Approve the work plan 2018–2019",
        projectId: "",
      }),
    );
    expectSuccess(
      await reorderDecisions.execute(t.db, coordinator(), {
        ...ref(meeting),
        order: [second, first],
      }),
    );
    let detail = await getMeetingDetail(t.db, w.group.id, meeting.number);
    expect(
      detail?.decisions.map((d) => [d.position, d.text.en ?? d.text.ru, d.project?.code]),
    ).toEqual([
      [1, "Поручить", "2018-07"],
      [2, "Approve the work plan 2018–2019", undefined],
    ]);
    expectSuccess(
      await deleteDecision.execute(t.db, coordinator(), { ...ref(meeting), itemId: second }),
    );
    detail = await getMeetingDetail(t.db, w.group.id, meeting.number);
    expect(detail?.decisions.map((d) => d.position)).toEqual([1]);
    expect(await auditActions(first)).toEqual(["decision.add", "decision.update"]);
  });

  it("records attendees of both delegations and guests; only members can be picked", async () => {
    const meeting = await newMeeting();
    expectSuccess(
      await updateAttendees.execute(t.db, coordinator(), {
        ...ref(meeting),
        memberIds: [w.coordinatorNo.id, w.delegateRu.id],
        guests: JSON.stringify([
          { name: "Governor of Murmansk Region", delegation: "RU", capacity: "Guest of honour" },
        ]),
      }),
    );
    const detail = await getMeetingDetail(t.db, w.group.id, meeting.number);
    expect(detail?.attendees.map((a) => [a.delegation, a.userId !== null, a.capacity])).toEqual([
      ["NO", true, null],
      ["RU", false, "Guest of honour"],
      ["RU", true, null],
    ]);
    const outsider = await updateAttendees.execute(t.db, coordinator(), {
      ...ref(meeting),
      memberIds: [w.outsider.id],
      guests: "[]",
    });
    expect(errorKeys(outsider).fields).toEqual({
      memberIds: ["meetings.errors.attendeeNotMember"],
    });
    const nameless = await updateAttendees.execute(t.db, coordinator(), {
      ...ref(meeting),
      guests: JSON.stringify([{ name: "", delegation: "XX" }]),
    });
    expect(Object.keys(errorKeys(nameless).fields).sort()).toEqual([
      "guests.0.delegation",
      "guests.0.name",
    ]);
  });
});

describe(`action items of a meeting (${testBackend()})`, () => {
  it("adds, edits and deletes them; the owner must be a member who can complete them", async () => {
    const meeting = await newMeeting();
    const id = expectSuccess(
      await addMeetingActionItem.execute(t.db, coordinator(), {
        ...ref(meeting),
        textRu: "Подготовить предложения",
        ownerId: w.delegateRu.id,
        dueOn: "2019-03-31",
        projectId: ownProject.id,
      }),
    ).itemId;
    for (const ownerId of [w.outsider.id, w.observer.id]) {
      const refused = await addMeetingActionItem.execute(t.db, coordinator(), {
        ...ref(meeting),
        textEn: "Someone else",
        ownerId,
      });
      expect(errorKeys(refused).fields).toEqual({ ownerId: ["meetings.errors.ownerNotMember"] });
    }
    const noOwner = await addMeetingActionItem.execute(t.db, coordinator(), {
      ...ref(meeting),
      textEn: "Nobody",
      ownerId: "",
      projectId: foreignProject.id,
    });
    expect(errorKeys(noOwner).fields).toEqual({ ownerId: ["meetings.errors.ownerRequired"] });
    const foreign = await addMeetingActionItem.execute(t.db, coordinator(), {
      ...ref(meeting),
      textEn: "Elsewhere",
      ownerId: w.delegateNo.id,
      projectId: foreignProject.id,
    });
    expect(errorKeys(foreign).fields).toEqual({ projectId: ["meetings.errors.projectNotInGroup"] });

    expectSuccess(
      await updateMeetingActionItem.execute(t.db, coordinator(), {
        ...ref(meeting),
        itemId: id,
        textRu: "Подготовить предложения",
        textEn: "Prepare proposals",
        ownerId: w.delegateNo.id,
        dueOn: "",
        projectId: "",
      }),
    );
    const [item] = await getMeetingActionItems(t.db, w.group.id, meeting.id, "2019-01-01");
    expect(item).toMatchObject({
      text: { en: "Prepare proposals" },
      ownerId: w.delegateNo.id,
      dueOn: null,
      project: null,
    });
    expectSuccess(
      await deleteMeetingActionItem.execute(t.db, coordinator(), { ...ref(meeting), itemId: id }),
    );
    expect(await getMeetingActionItems(t.db, w.group.id, meeting.id, "2019-01-01")).toEqual([]);
    expect(await auditActions(id)).toEqual([
      "action_item.create",
      "action_item.update",
      "action_item.delete",
    ]);
  });
});

describe(`holding and closing a meeting (${testBackend()})`, () => {
  it("marks a meeting held only from its first day on", async () => {
    const future = await newMeeting({ startsOn: "2999-01-01", endsOn: "2999-01-02" });
    const early = await holdMeeting.execute(t.db, coordinator(), ref(future));
    expect(errorKeys(early).message).toBe("meetings.errors.notStarted");
    const today = meetingToday("RU");
    const starting = await newMeeting({ startsOn: today, endsOn: "2999-01-02" });
    expectSuccess(await holdMeeting.execute(t.db, coordinator(), ref(starting)));
    const again = await holdMeeting.execute(t.db, coordinator(), ref(starting));
    expect(errorKeys(again).message).toBe("meetings.errors.alreadyHeld");
    expect(await auditActions(starting.id)).toEqual(["meeting.create", "meeting.hold"]);
  });

  it("closes only a held meeting; then the record is locked on the server", async () => {
    const meeting = await newMeeting();
    const agendaId = await addItem(meeting, "Opening");
    const decisionId = expectSuccess(
      await addDecision.execute(t.db, coordinator(), { ...ref(meeting), textEn: "Approve" }),
    ).itemId;
    const actionItemId = expectSuccess(
      await addMeetingActionItem.execute(t.db, coordinator(), {
        ...ref(meeting),
        textEn: "Report to the commission",
        ownerId: w.delegateNo.id,
      }),
    ).itemId;
    const notHeld = await closeMeeting.execute(t.db, coordinator(), ref(meeting));
    expect(errorKeys(notHeld).message).toBe("meetings.errors.closeNotHeld");
    expectSuccess(await holdMeeting.execute(t.db, coordinator(), ref(meeting)));
    expectSuccess(await closeMeeting.execute(t.db, coordinator(), ref(meeting)));

    const closed = { code: "conflict", message: "meetings.errors.closed" };
    const attempts = [
      updateMinutes.execute(t.db, coordinator(), { ...ref(meeting), minutesEn: "Late" }),
      addDecision.execute(t.db, coordinator(), { ...ref(meeting), textEn: "Late" }),
      updateDecision.execute(t.db, coordinator(), {
        ...ref(meeting),
        itemId: decisionId,
        textEn: "x",
      }),
      deleteDecision.execute(t.db, coordinator(), { ...ref(meeting), itemId: decisionId }),
      reorderDecisions.execute(t.db, coordinator(), { ...ref(meeting), order: [decisionId] }),
      addAgendaItem.execute(t.db, coordinator(), { ...ref(meeting), titleEn: "Late" }),
      updateAgendaItem.execute(t.db, coordinator(), {
        ...ref(meeting),
        itemId: agendaId,
        titleEn: "x",
      }),
      deleteAgendaItem.execute(t.db, coordinator(), { ...ref(meeting), itemId: agendaId }),
      reorderAgenda.execute(t.db, coordinator(), { ...ref(meeting), order: [agendaId] }),
      updateAttendees.execute(t.db, coordinator(), { ...ref(meeting), memberIds: [] }),
      updateMeeting.execute(t.db, coordinator(), {
        ...meetingForm({ number: String(meeting.number) }),
        meetingId: meeting.id,
      }),
    ];
    for (const result of await Promise.all(attempts))
      expect(errorKeys(result)).toMatchObject(closed);
    const detail = await getMeetingDetail(t.db, w.group.id, meeting.number);
    expect(detail?.agenda.map((a) => a.title.en)).toEqual(["Opening"]);
    expect(detail?.decisions.map((d) => d.text.en)).toEqual(["Approve"]);
    expect(detail?.minutes.en).toBeNull();

    // The follow-up goes on: the owner completes the item.
    expectSuccess(
      await completeActionItem.execute(t.db, asSessionUser(w.delegateNo), { actionItemId }),
    );
    expectSuccess(
      await addMeetingActionItem.execute(t.db, coordinator(), {
        ...ref(meeting),
        textEn: "Follow up",
        ownerId: w.delegateRu.id,
      }),
    );
  });

  it("lets only an administrator reopen a closed meeting", async () => {
    const meeting = await newMeeting();
    expectSuccess(await holdMeeting.execute(t.db, coordinator(), ref(meeting)));
    expectSuccess(await closeMeeting.execute(t.db, coordinator(), ref(meeting)));
    const byCoordinator = await reopenMeeting.execute(t.db, coordinator(), ref(meeting));
    expect(errorKeys(byCoordinator).code).toBe("forbidden");
    expectSuccess(await reopenMeeting.execute(t.db, asSessionUser(w.admin), ref(meeting)));
    expectSuccess(
      await updateMinutes.execute(t.db, coordinator(), { ...ref(meeting), minutesEn: "Corrected" }),
    );
  });
});

describe(`who may change a meeting (${testBackend()})`, () => {
  it("lets coordinators in; delegates and observers are forbidden, other groups' members see nothing", async () => {
    const meeting = await newMeeting();
    const agendaId = await addItem(meeting, "Opening");
    const decisionId = expectSuccess(
      await addDecision.execute(t.db, coordinator(), { ...ref(meeting), textEn: "Approve" }),
    ).itemId;
    const actionItemId = expectSuccess(
      await addMeetingActionItem.execute(t.db, coordinator(), {
        ...ref(meeting),
        textEn: "Report",
        ownerId: w.delegateNo.id,
      }),
    ).itemId;
    const m = ref(meeting);
    const cases = [
      [createMeeting, meetingForm()],
      [
        updateMeeting,
        { ...meetingForm({ number: String(meeting.number) }), meetingId: meeting.id },
      ],
      [holdMeeting, m],
      [closeMeeting, m],
      [reopenMeeting, m],
      [updateMinutes, { ...m, minutesEn: "x" }],
      [updateAttendees, { ...m, memberIds: [w.delegateNo.id] }],
      [addAgendaItem, { ...m, titleEn: "New" }],
      [updateAgendaItem, { ...m, itemId: agendaId, titleEn: "Opening" }],
      [deleteAgendaItem, { ...m, itemId: agendaId }],
      [reorderAgenda, { ...m, order: [agendaId] }],
      [addDecision, { ...m, textEn: "New" }],
      [updateDecision, { ...m, itemId: decisionId, textEn: "Approve" }],
      [deleteDecision, { ...m, itemId: decisionId }],
      [reorderDecisions, { ...m, order: [decisionId] }],
      [addMeetingActionItem, { ...m, textEn: "New", ownerId: w.delegateNo.id }],
      [
        updateMeetingActionItem,
        { ...m, itemId: actionItemId, textEn: "x", ownerId: w.delegateNo.id },
      ],
      [deleteMeetingActionItem, { ...m, itemId: actionItemId }],
    ] as const;
    for (const [action, input] of cases) {
      const name = action.definition.name;
      for (const user of [w.delegateNo, w.delegateRu, w.observer]) {
        const result = await action.execute(t.db, asSessionUser(user), input);
        expect(errorKeys(result).code, `${name} by a ${user.id}`).toBe("forbidden");
      }
      const outsider = await action.execute(t.db, asSessionUser(w.outsider), input);
      expect(errorKeys(outsider).code, `${name} by an outsider`).toBe("not_found");
      // Naming their own group does not reach this group's meeting either.
      if ("meetingId" in input) {
        const ownGroup = await t.db
          .select({ groupId: s.memberships.groupId })
          .from(s.memberships)
          .where(eq(s.memberships.userId, w.outsider.id));
        const disguised = await action.execute(t.db, asSessionUser(w.outsider), {
          ...input,
          groupId: ownGroup[0]?.groupId,
        });
        expect(errorKeys(disguised).code, `${name} through another group`).toBe("not_found");
      }
    }
    // Nothing was changed by the refused attempts.
    expect((await agendaOf(meeting.id)).map((i) => i.titleEn)).toEqual(["Opening"]);
  });

  it("lets a delegate complete their own action item, not someone else's", async () => {
    const meeting = await newMeeting();
    const actionItemId = expectSuccess(
      await addMeetingActionItem.execute(t.db, coordinator(), {
        ...ref(meeting),
        textEn: "Mine",
        ownerId: w.delegateNo.id,
      }),
    ).itemId;
    const other = await completeActionItem.execute(t.db, asSessionUser(w.delegateRu), {
      actionItemId,
    });
    expect(errorKeys(other).code).toBe("forbidden");
    expectSuccess(
      await completeActionItem.execute(t.db, asSessionUser(w.delegateNo), { actionItemId }),
    );
  });
});

describe(`the meeting page's data (${testBackend()})`, () => {
  it("loads in three queries: the record, its action items and the editors' choices", async () => {
    const meeting = await newMeeting();
    await addItem(meeting, "Opening", { projectIds: [ownProject.id] });
    queries.length = 0;
    counting = true;
    const detail = await getMeetingDetail(t.db, w.group.id, meeting.number);
    await getMeetingActionItems(t.db, w.group.id, meeting.id, "2019-01-01");
    const options = await getMeetingEditorOptions(t.db, w.group.id);
    counting = false;
    expect(queries).toHaveLength(3);
    expect(detail?.agenda[0]?.projects[0]?.code).toBe("2018-07");
    expect(options.members.map((m) => m.id)).toContain(w.observer.id);
    expect(options.projects.map((p) => p.code)).toEqual(
      expect.arrayContaining(["2018-07", "2018-08"]),
    );
    expect(options.projects.map((p) => p.id)).not.toContain(foreignProject.id);
  });

  it("finds no meeting of another group by number", async () => {
    const meeting = await newMeeting();
    const other = await createGroup(t.db);
    expect(await getMeetingDetail(t.db, other.id, meeting.number)).toBeNull();
    expect(await createMember(t.db, other.id, "coordinator")).toBeTruthy();
  });
});
