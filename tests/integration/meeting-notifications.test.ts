/**
 * Meetings that reach people (issue 14): the group hears of a meeting scheduled, moved,
 * cancelled and of its brief being ready, each in the action's transaction, with the calendar
 * sequence raised on a move or a cancellation; a cancelled meeting is read-only and nobody's
 * next meeting; the brief's cut-off; the reminders before a meeting — who gets what, nobody an
 * empty one, "Send reminder now" at most once an hour, the scheduled ones once per offset
 * however many planners run; the group's reminder days.
 */
import { and, eq, inArray } from "drizzle-orm";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, openDatabase } from "@/db/client";
import * as s from "@/db/schema";
import type { ActionState } from "@/lib/actions/guard";
import { createGroup as createGroupAction, updateGroup } from "@/lib/admin/groups/actions";
import { buildBrief } from "@/lib/brief/queries";
import { todayIso } from "@/lib/clock";
import { startWorker } from "@/lib/jobs/worker";
import {
  cancelMeeting,
  createMeeting,
  holdMeeting,
  publishBrief,
  updateAttendees,
  updateMeeting,
  updateMinutes,
} from "@/lib/meetings/actions";
import { meetingBase } from "@/lib/meetings/fingerprints";
import { addAgendaItem, addMeetingActionItem } from "@/lib/meetings/items/actions";
import { getMeetingDetail, listMeetings } from "@/lib/meetings/queries";
import { sendReminders } from "@/lib/meetings/reminders/actions";
import { reminderOverview } from "@/lib/meetings/reminders/queries";
import { hasMoved } from "@/lib/meetings/rules";
import { notificationMail } from "@/lib/notifications/mail";
import { readNotifications } from "@/lib/notifications/queries";
import {
  dueReminders,
  pendingUpdates,
  planReminders,
  remindBeforeMeeting,
} from "@/lib/notifications/reminders";
import { PLAN_HOUR, planThisHour, scheduleHandlers } from "@/lib/notifications/schedule";
import { getMyWork } from "@/lib/projects/queries";
import type { NotificationKind } from "@/lib/vocabulary";
import { rewritingHistory } from "../support/append-only";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import { asSessionUser, createMember, createUser } from "../support/factories";
import { buildProjectWorld } from "../support/project-world";

let t: TestDatabase;
let second: DatabaseHandle | undefined;

beforeAll(async () => {
  t = await createTestDatabase();
  if (t.url) second = openDatabase({ url: t.url, maxConnections: 5 });
});
afterAll(async () => {
  await second?.close();
  await t?.destroy();
});

const TODAY = todayIso();
const addDays = (iso: string, days: number) => {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);

type World = Awaited<ReturnType<typeof buildProjectWorld>>;

function expectSuccess<T>(result: ActionState<T>): T {
  if (result.status !== "success") throw new Error(`expected success: ${JSON.stringify(result)}`);
  return result.data;
}

function refusal(result: ActionState<unknown>) {
  if (result.status !== "error") throw new Error("expected a refusal");
  return {
    code: result.code,
    message: result.message.key,
    values: result.message.values,
    fields: Object.keys(result.fieldErrors ?? {}),
  };
}

let serial = 100;
const meetingForm = (w: World, overrides: Record<string, unknown> = {}) => ({
  groupId: w.group.id,
  number: String(++serial),
  startsOn: addDays(TODAY, 30),
  endsOn: addDays(TODAY, 31),
  cityNb: "Kirkenes",
  cityRu: "Киркенес",
  cityEn: "",
  country: "NO",
  briefCutoffOn: "",
  ...overrides,
});

async function plan(w: World, overrides: Record<string, unknown> = {}) {
  const form = meetingForm(w, overrides);
  expectSuccess(await createMeeting.execute(t.db, asSessionUser(w.coordinatorNo), form));
  const [row] = await t.db
    .select()
    .from(s.meetings)
    .where(and(eq(s.meetings.groupId, w.group.id), eq(s.meetings.number, Number(form.number))));
  if (!row) throw new Error("meeting not created");
  return row;
}

const reload = async (meetingId: string) => {
  const [row] = await t.db.select().from(s.meetings).where(eq(s.meetings.id, meetingId));
  if (!row) throw new Error("meeting gone");
  return row;
};

/** The edit form as the page fills it, with changes. */
const editForm = (w: World, m: s.Meeting, changes: Record<string, unknown> = {}) => ({
  groupId: w.group.id,
  meetingId: m.id,
  base: meetingBase({
    number: m.number,
    startsOn: m.startsOn,
    endsOn: m.endsOn,
    city: { nb: m.cityNb, ru: m.cityRu, en: m.cityEn },
    country: m.country,
    briefCutoffOn: m.briefCutoffOn,
  }),
  number: String(m.number),
  startsOn: m.startsOn,
  endsOn: m.endsOn,
  cityNb: m.cityNb ?? "",
  cityRu: m.cityRu ?? "",
  cityEn: m.cityEn ?? "",
  country: m.country,
  briefCutoffOn: m.briefCutoffOn ?? "",
  ...changes,
});

/** Who was notified of the meeting, as what: userId → kinds. */
async function heard(meetingId: string, kinds?: NotificationKind[]) {
  const rows = await t.db
    .select({ userId: s.notifications.userId, kind: s.notifications.kind })
    .from(s.notifications)
    .where(
      and(
        eq(s.notifications.meetingId, meetingId),
        kinds ? inArray(s.notifications.kind, kinds) : undefined,
      ),
    );
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.userId, [...(out.get(r.userId) ?? []), r.kind]);
  return out;
}

/** Every member of the world's group but the one who acted, each once. */
const everyoneBut = (w: World, actorId: string, kind: NotificationKind) =>
  new Map(
    [w.coordinatorNo, w.coordinatorRu, w.delegateNo, w.delegateRu, w.otherDelegateNo, w.observer]
      .filter((u) => u.id !== actorId)
      .map((u) => [u.id, [kind]]),
  );

describe(`meeting events (${testBackend()})`, () => {
  let w: World;
  beforeAll(async () => {
    w = await buildProjectWorld(t.db);
  });

  it("a planned meeting ahead is news to every member but its planner; one recorded afterwards to nobody", async () => {
    const m = await plan(w);
    expect(await heard(m.id)).toEqual(everyoneBut(w, w.coordinatorNo.id, "meeting_scheduled"));
    expect(m.sequence).toBe(0);

    const past = await plan(w, { startsOn: addDays(TODAY, -40), endsOn: addDays(TODAY, -39) });
    expect((await heard(past.id)).size).toBe(0);
  });

  it("a deactivated member and members of other groups hear nothing", async () => {
    const gone = await createMember(t.db, w.group.id, "delegate", { active: false });
    const m = await plan(w);
    const recipients = await heard(m.id);
    expect(recipients.has(gone.id)).toBe(false);
    expect(recipients.has(w.outsider.id)).toBe(false);
    expect(recipients.has(w.admin.id)).toBe(false);
  });

  it("new dates or another place move the meeting: sequence + 1 and the group hears; a translation added does not", async () => {
    const m = await plan(w);
    const actor = asSessionUser(w.coordinatorRu);

    expectSuccess(await updateMeeting.execute(t.db, actor, editForm(w, m, { cityEn: "Kirkenes" })));
    expect((await reload(m.id)).sequence).toBe(0);
    expect((await heard(m.id, ["meeting_moved"])).size).toBe(0);

    const moved = await reload(m.id);
    expectSuccess(
      await updateMeeting.execute(
        t.db,
        actor,
        editForm(w, moved, { startsOn: addDays(TODAY, 35), endsOn: addDays(TODAY, 36) }),
      ),
    );
    expect((await reload(m.id)).sequence).toBe(1);
    expect(await heard(m.id, ["meeting_moved"])).toEqual(
      everyoneBut(w, w.coordinatorRu.id, "meeting_moved"),
    );

    // Another city: moved again.
    const again = await reload(m.id);
    expectSuccess(
      await updateMeeting.execute(
        t.db,
        actor,
        editForm(w, again, { cityNb: "Vardø", cityRu: "Вардё", cityEn: "Vardø" }),
      ),
    );
    expect((await reload(m.id)).sequence).toBe(2);

    // The number and the cut-off are no move.
    const renumbered = await reload(m.id);
    expectSuccess(
      await updateMeeting.execute(
        t.db,
        actor,
        editForm(w, renumbered, {
          number: String(++serial),
          briefCutoffOn: addDays(TODAY, 20),
        }),
      ),
    );
    expect((await reload(m.id)).sequence).toBe(2);
    expect((await heard(m.id, ["meeting_moved"])).get(w.delegateNo.id)).toHaveLength(2);
  });

  it("tells a move from a translation", () => {
    const at = {
      startsOn: "2030-05-06",
      endsOn: "2030-05-07",
      city: { nb: "Kirkenes", ru: null, en: null },
      country: "NO" as const,
    };
    expect(hasMoved(at, { ...at, city: { nb: "Kirkenes", ru: "Киркенес", en: null } })).toBe(false);
    expect(hasMoved(at, { ...at, city: { nb: "Vardø", ru: null, en: null } })).toBe(true);
    expect(hasMoved(at, { ...at, city: { nb: null, ru: "Киркенес", en: null } })).toBe(true);
    expect(hasMoved(at, { ...at, country: "RU" })).toBe(true);
    expect(hasMoved(at, { ...at, endsOn: "2030-05-08" })).toBe(true);
  });

  it("a refused edit notifies nobody and changes nothing", async () => {
    const m = await plan(w);
    const stale = {
      ...editForm(w, m, { startsOn: addDays(TODAY, 50), endsOn: addDays(TODAY, 50) }),
      base: "0".repeat(24),
    };
    expect(
      refusal(await updateMeeting.execute(t.db, asSessionUser(w.coordinatorNo), stale)).code,
    ).toBe("conflict");
    expect((await heard(m.id, ["meeting_moved"])).size).toBe(0);
    expect((await reload(m.id)).sequence).toBe(0);
  });

  it("cancelling: state cancelled, sequence + 1, audited, every member hears; the meeting is read-only from then on", async () => {
    const m = await plan(w);
    const actor = asSessionUser(w.coordinatorNo);
    const ref = { groupId: w.group.id, meetingId: m.id };
    expect(refusal(await cancelMeeting.execute(t.db, asSessionUser(w.delegateNo), ref)).code).toBe(
      "forbidden",
    );
    expectSuccess(await cancelMeeting.execute(t.db, actor, ref));
    const after = await reload(m.id);
    expect(after.state).toBe("cancelled");
    expect(after.sequence).toBe(1);
    expect(await heard(m.id, ["meeting_cancelled"])).toEqual(
      everyoneBut(w, w.coordinatorNo.id, "meeting_cancelled"),
    );
    const [audit] = await t.db
      .select()
      .from(s.auditEvents)
      .where(and(eq(s.auditEvents.entityId, m.id), eq(s.auditEvents.action, "meeting.cancel")));
    expect(audit?.after).toEqual({ state: "cancelled" });

    // Read-only: details, record, items, state.
    const cancelled = "meetings.errors.cancelled";
    const attempts = [
      updateMeeting.execute(
        t.db,
        actor,
        editForm(w, after, { startsOn: addDays(TODAY, 40), endsOn: addDays(TODAY, 40) }),
      ),
      updateMinutes.execute(t.db, actor, { ...ref, base: "", minutesEn: "Minutes" }),
      updateAttendees.execute(t.db, actor, { ...ref, base: "", memberIds: [], guests: "[]" }),
      addAgendaItem.execute(t.db, actor, { ...ref, titleEn: "An item" }),
      addMeetingActionItem.execute(t.db, actor, {
        ...ref,
        textEn: "Follow up",
        ownerId: w.delegateNo.id,
      }),
      holdMeeting.execute(t.db, actor, ref),
      cancelMeeting.execute(t.db, actor, ref),
      publishBrief.execute(t.db, actor, ref),
    ];
    for (const attempt of attempts)
      expect(refusal(await attempt)).toMatchObject({ code: "conflict", message: cancelled });
    expect((await reload(m.id)).sequence).toBe(1);
    expect((await heard(m.id)).get(w.delegateNo.id)).toEqual([
      "meeting_scheduled",
      "meeting_cancelled",
    ]);
  });

  it("a cancelled meeting is listed as cancelled and is nobody's next meeting, and has no reminders", async () => {
    const w2 = await buildProjectWorld(t.db);
    const soon = await plan(w2, { startsOn: addDays(TODAY, 5), endsOn: addDays(TODAY, 5) });
    const later = await plan(w2, { startsOn: addDays(TODAY, 60), endsOn: addDays(TODAY, 60) });
    const scope = { groupId: w2.group.id, userId: w2.delegateNo.id, today: TODAY, locale: "en" };
    expect((await getMyWork(t.db, scope as never)).nextMeeting?.number).toBe(soon.number);

    const ref = { groupId: w2.group.id, meetingId: soon.id };
    expectSuccess(await cancelMeeting.execute(t.db, asSessionUser(w2.coordinatorRu), ref));
    const lists = await listMeetings(t.db, w2.group.id);
    expect(lists.planned.map((m) => m.number)).toEqual([later.number]);
    expect(lists.cancelled.map((m) => m.number)).toEqual([soon.number]);
    expect((await getMyWork(t.db, scope as never)).nextMeeting?.number).toBe(later.number);
    expect(await pendingUpdates(t.db, w2.group.id, soon.id)).toBeNull();
    expect(await reminderOverview(t.db, w2.group.id, soon.id)).toBeNull();
    expect(
      refusal(await sendReminders.execute(t.db, asSessionUser(w2.coordinatorNo), ref)),
    ).toMatchObject({
      code: "conflict",
      message: "meetings.errors.cancelled",
    });
    // Its page reads it as it was.
    const detail = await getMeetingDetail(t.db, w2.group.id, soon.number);
    expect(detail?.state).toBe("cancelled");
  });

  it("the brief ready: once, by a coordinator, for a planned meeting; every member hears", async () => {
    const m = await plan(w);
    const ref = { groupId: w.group.id, meetingId: m.id };
    expect(refusal(await publishBrief.execute(t.db, asSessionUser(w.observer), ref)).code).toBe(
      "forbidden",
    );
    expect(refusal(await publishBrief.execute(t.db, asSessionUser(w.outsider), ref)).code).toBe(
      "not_found",
    );
    expectSuccess(await publishBrief.execute(t.db, asSessionUser(w.coordinatorRu), ref));
    const after = await reload(m.id);
    expect(after.briefReadyAt).toBeInstanceOf(Date);
    expect(after.sequence).toBe(0);
    expect(await heard(m.id, ["brief_ready"])).toEqual(
      everyoneBut(w, w.coordinatorRu.id, "brief_ready"),
    );
    expect(
      refusal(await publishBrief.execute(t.db, asSessionUser(w.coordinatorNo), ref)),
    ).toMatchObject({ code: "conflict", message: "meetings.errors.briefAlreadyReady" });
    expect((await heard(m.id, ["brief_ready"])).get(w.delegateNo.id)).toHaveLength(1);
    const detail = await getMeetingDetail(t.db, w.group.id, m.number);
    expect(detail?.briefReadyAt).toBe(after.briefReadyAt?.toISOString());
  });

  it("the mails carry the invitation: REQUEST with the raised sequence when moved, CANCEL when cancelled", async () => {
    const m = await plan(w);
    const actor = asSessionUser(w.coordinatorNo);
    expectSuccess(
      await updateMeeting.execute(
        t.db,
        actor,
        editForm(w, m, { startsOn: addDays(TODAY, 45), endsOn: addDays(TODAY, 46) }),
      ),
    );
    expectSuccess(
      await cancelMeeting.execute(t.db, actor, { groupId: w.group.id, meetingId: m.id }),
    );
    const settings = {
      mailer: { send: async () => {}, close: async () => {}, mode: "smtp" } as never,
      publicUrl: "https://workplan.example.org",
      fromAddress: "workplan@example.org",
    };
    const recipient = {
      id: w.delegateRu.id,
      email: w.delegateRu.email,
      name: w.delegateRu.name,
      locale: "ru" as const,
      delegation: "RU" as const,
      timeZone: "Europe/Moscow",
      active: true,
    };
    const calendarOf = async (kind: NotificationKind) => {
      const [row] = await readNotifications(
        t.db,
        and(
          eq(s.notifications.userId, w.delegateRu.id),
          eq(s.notifications.meetingId, m.id),
          eq(s.notifications.kind, kind),
        ),
        { limit: 1 },
      );
      if (!row) throw new Error(`no ${kind}`);
      const mail = await notificationMail(t.db, row, recipient, settings);
      const ics = String(mail.attachments?.[0]?.content ?? "");
      const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent");
      return { ics, mail, event };
    };
    const moved = await calendarOf("meeting_moved");
    expect(moved.ics).toContain("METHOD:REQUEST");
    expect(moved.mail.subject).toContain("перенесено");
    // The invitation is made when the mail is sent: the meeting as it is then (cancelled, 2).
    const cancelled = await calendarOf("meeting_cancelled");
    expect(cancelled.ics).toContain("METHOD:CANCEL");
    expect(cancelled.event?.getFirstPropertyValue("sequence")).toBe(2);
    expect(cancelled.event?.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(cancelled.event?.getFirstPropertyValue("uid")).toBe(`meeting-${m.id}@workplan`);
  });
});

describe(`the brief's cut-off (${testBackend()})`, () => {
  let w: World;
  beforeAll(async () => {
    w = await buildProjectWorld(t.db);
  });

  it("is on or before the first day; empty means the first day", async () => {
    const actor = asSessionUser(w.coordinatorNo);
    const late = meetingForm(w, { briefCutoffOn: addDays(TODAY, 31) });
    expect(refusal(await createMeeting.execute(t.db, actor, late))).toMatchObject({
      code: "validation",
      fields: ["briefCutoffOn"],
    });
    const bad = meetingForm(w, { briefCutoffOn: "2030-02-30" });
    expect(refusal(await createMeeting.execute(t.db, actor, bad)).fields).toEqual([
      "briefCutoffOn",
    ]);
    const onTheDay = await plan(w, { briefCutoffOn: addDays(TODAY, 30) });
    expect(onTheDay.briefCutoffOn).toBe(addDays(TODAY, 30));
    const none = await plan(w);
    expect(none.briefCutoffOn).toBeNull();
  });

  it("is the brief's default cut-off; ?cutoff= still overrides it", async () => {
    const m = await plan(w, { briefCutoffOn: addDays(TODAY, 20) });
    const brief = await buildBrief(t.db, { groupId: w.group.id, meetingNumber: m.number });
    expect(brief?.period.to).toBe(addDays(TODAY, 20));
    const chosen = await buildBrief(t.db, {
      groupId: w.group.id,
      meetingNumber: m.number,
      cutoff: addDays(TODAY, 10),
    });
    expect(chosen?.period.to).toBe(addDays(TODAY, 10));
    const plain = await plan(w);
    const first = await buildBrief(t.db, { groupId: w.group.id, meetingNumber: plain.number });
    expect(first?.period.to).toBe(plain.startsOn);
  });

  it("moving the cut-off alone is audited, and notifies nobody", async () => {
    const m = await plan(w);
    expectSuccess(
      await updateMeeting.execute(
        t.db,
        asSessionUser(w.coordinatorNo),
        editForm(w, m, { briefCutoffOn: addDays(TODAY, 25) }),
      ),
    );
    const [audit] = await t.db
      .select()
      .from(s.auditEvents)
      .where(and(eq(s.auditEvents.entityId, m.id), eq(s.auditEvents.action, "meeting.update")));
    expect(audit?.after).toMatchObject({ briefCutoffOn: addDays(TODAY, 25) });
    expect(audit?.before).toMatchObject({ briefCutoffOn: null });
    expect((await heard(m.id, ["meeting_moved"])).size).toBe(0);
  });
});

/**
 * A group with a meeting held 30 days ago and one planned in 30 days (cut-off in 20), and
 * projects in every situation the reminders know.
 */
async function reminderWorld() {
  const w = await buildProjectWorld(t.db);
  const [held] = await t.db
    .insert(s.meetings)
    .values({
      groupId: w.group.id,
      number: 1,
      startsOn: addDays(TODAY, -30),
      endsOn: addDays(TODAY, -30),
      cityNb: "Murmansk",
      country: "RU",
      state: "held",
    })
    .returning();
  const [planned] = await t.db
    .insert(s.meetings)
    .values({
      groupId: w.group.id,
      number: 2,
      startsOn: addDays(TODAY, 30),
      endsOn: addDays(TODAY, 31),
      briefCutoffOn: addDays(TODAY, 20),
      cityNb: "Kirkenes",
      country: "NO",
      state: "planned",
    })
    .returning();
  if (!held || !planned) throw new Error("meetings not created");
  const gone = await createMember(t.db, w.group.id, "delegate", {
    delegation: "RU",
    active: false,
  });
  const left = await createMember(t.db, w.group.id, "delegate", { delegation: "NO" });
  await t.db.delete(s.memberships).where(eq(s.memberships.userId, left.id));
  const update = (projectId: string, author: s.User, createdAt = new Date()) =>
    t.db.insert(s.statusUpdates).values({
      projectId,
      groupId: w.group.id,
      authorId: author.id,
      authorDelegation: author.delegation,
      status: "in_progress",
      progress: 50,
      createdAt,
    });
  const p = {
    // Nobody has reported: both contacts, and the coordinators.
    silent: await w.newProject({ code: "R-01" }),
    // The Norwegian side has: only the Russian contact.
    norwegianDone: await w.newProject({ code: "R-02" }),
    // Both have: nobody.
    bothDone: await w.newProject({ code: "R-03" }),
    // An update from before the previous meeting does not count.
    oldUpdate: await w.newProject({ code: "R-04" }),
    // No Russian contact: the Norwegian one; no side has reported.
    oneContact: await w.newProject({ code: "R-05", contactRuId: null }),
    // A deactivated and a departed contact: not reminded, but listed.
    absent: await w.newProject({ code: "R-06", contactNoId: left.id, contactRuId: gone.id }),
    // Not open: nobody.
    archived: await w.newProject({ code: "R-07", archivedAt: new Date() }),
    completed: await w.newProject({ code: "R-08", status: "completed" }),
  };
  await update(p.norwegianDone.id, w.delegateNo);
  await update(p.bothDone.id, w.delegateNo);
  await update(p.bothDone.id, w.delegateRu, daysAgo(1));
  await update(p.oldUpdate.id, w.delegateNo, daysAgo(40));
  await update(p.oldUpdate.id, w.delegateRu, daysAgo(45));
  return { ...w, held, planned, gone, left, p };
}

/** The reminders written for the meeting: userId → the project codes each lists. */
async function reminded(meetingId: string) {
  const rows = await t.db
    .select({ userId: s.notifications.userId, params: s.notifications.params })
    .from(s.notifications)
    .where(
      and(eq(s.notifications.meetingId, meetingId), eq(s.notifications.kind, "update_reminder")),
    );
  const codes = new Map(
    (await t.db.select({ id: s.projects.id, code: s.projects.code }).from(s.projects)).map((p) => [
      p.id,
      p.code,
    ]),
  );
  const out = new Map<string, string[][]>();
  for (const r of rows) {
    const list = ((r.params as { projects?: string[] }).projects ?? []).map((id) => codes.get(id));
    out.set(r.userId, [...(out.get(r.userId) ?? []), list.map(String).sort()]);
  }
  return out;
}

describe(`reminders before a meeting (${testBackend()})`, () => {
  it("who is reminded of what: per contact their projects, coordinators the unreported ones, nobody else", async () => {
    const r = await reminderWorld();
    const pending = await pendingUpdates(t.db, r.group.id, r.planned.id);
    expect(pending?.cutoff).toBe(addDays(TODAY, 20));
    expect(pending?.since).toBe(addDays(TODAY, -30));
    expect(pending?.projects.map((p) => p.code)).toEqual([
      "R-01",
      "R-02",
      "R-03",
      "R-04",
      "R-05",
      "R-06",
    ]);
    const planned = planReminders(pending as NonNullable<typeof pending>);
    expect(planned.unreported.length).toBe(4);

    const sent = await t.db.transaction((tx) => remindBeforeMeeting(tx, r.group.id, r.planned.id));
    expect(sent).toEqual({ contacts: 2, coordinators: 2 });
    const unreported = ["R-01", "R-04", "R-05", "R-06"];
    expect(await reminded(r.planned.id)).toEqual(
      new Map([
        [r.delegateNo.id, [["R-01", "R-04", "R-05"]]],
        [r.delegateRu.id, [["R-01", "R-02", "R-04"]]],
        [r.coordinatorNo.id, [unreported]],
        [r.coordinatorRu.id, [unreported]],
      ]),
    );
  });

  it("the coordinators' overview lists the same, with who cannot be reached", async () => {
    const r = await reminderWorld();
    const overview = await reminderOverview(t.db, r.group.id, r.planned.id);
    if (!overview) throw new Error("no overview");
    expect(overview.cutoff).toBe(addDays(TODAY, 20));
    expect(overview.projects).toBe(6);
    const byUser = new Map(overview.contacts.map((c) => [c.userId, c]));
    expect(byUser.get(r.delegateNo.id)?.projects.map((p) => p.code)).toEqual([
      "R-01",
      "R-04",
      "R-05",
    ]);
    expect(byUser.get(r.delegateRu.id)?.projects.map((p) => p.code)).toEqual([
      "R-01",
      "R-02",
      "R-04",
    ]);
    expect(byUser.get(r.gone.id)?.reachable).toBe(false);
    expect(byUser.get(r.left.id)?.reachable).toBe(false);
    expect(byUser.get(r.delegateNo.id)?.reachable).toBe(true);
    expect(overview.unreported.map((p) => p.code)).toEqual(["R-01", "R-04", "R-05", "R-06"]);
    expect(overview.lastSent).toBeNull();
    expect(overview.nextAllowedAt).toBeNull();
  });

  it("nobody gets an empty reminder: with everything updated, nothing is sent and the button is refused", async () => {
    const w = await buildProjectWorld(t.db);
    const m = await plan(w, { briefCutoffOn: addDays(TODAY, 10) });
    const project = await w.newProject();
    for (const author of [w.delegateNo, w.delegateRu])
      await t.db.insert(s.statusUpdates).values({
        projectId: project.id,
        groupId: w.group.id,
        authorId: author.id,
        authorDelegation: author.delegation,
        status: "in_progress",
        progress: 60,
      });
    expect(await t.db.transaction((tx) => remindBeforeMeeting(tx, w.group.id, m.id))).toEqual({
      contacts: 0,
      coordinators: 0,
    });
    const ref = { groupId: w.group.id, meetingId: m.id };
    expect(
      refusal(await sendReminders.execute(t.db, asSessionUser(w.coordinatorNo), ref)),
    ).toMatchObject({ code: "conflict", message: "meetings.reminders.errors.nobody" });
    expect((await reminded(m.id)).size).toBe(0);
    const audits = await t.db
      .select()
      .from(s.auditEvents)
      .where(and(eq(s.auditEvents.entityId, m.id), eq(s.auditEvents.action, "meeting.remind")));
    expect(audits).toEqual([]);
  });

  it("Send reminder now: coordinators only, the contacts alone, audited with the count, at most once an hour", async () => {
    const r = await reminderWorld();
    const ref = { groupId: r.group.id, meetingId: r.planned.id };
    for (const persona of [r.delegateNo, r.observer])
      expect(refusal(await sendReminders.execute(t.db, asSessionUser(persona), ref)).code).toBe(
        "forbidden",
      );
    expect(refusal(await sendReminders.execute(t.db, asSessionUser(r.outsider), ref)).code).toBe(
      "not_found",
    );

    expect(
      expectSuccess(await sendReminders.execute(t.db, asSessionUser(r.coordinatorRu), ref)),
    ).toEqual({ contacts: 2 });
    expect(await reminded(r.planned.id)).toEqual(
      new Map([
        [r.delegateNo.id, [["R-01", "R-04", "R-05"]]],
        [r.delegateRu.id, [["R-01", "R-02", "R-04"]]],
      ]),
    );
    const [audit] = await t.db
      .select()
      .from(s.auditEvents)
      .where(
        and(eq(s.auditEvents.entityId, r.planned.id), eq(s.auditEvents.action, "meeting.remind")),
      );
    expect(audit).toMatchObject({ actorId: r.coordinatorRu.id, groupId: r.group.id });
    expect(audit?.after).toEqual({ contacts: 2 });

    // Again at once, by another coordinator: refused, with the minutes to wait; nothing sent.
    const again = refusal(await sendReminders.execute(t.db, asSessionUser(r.coordinatorNo), ref));
    expect(again).toMatchObject({ code: "conflict", message: "meetings.reminders.errors.tooSoon" });
    expect(again.values?.minutes).toBe(60);
    expect((await reminded(r.planned.id)).get(r.delegateNo.id)).toHaveLength(1);
    const overview = await reminderOverview(t.db, r.group.id, r.planned.id);
    expect(overview?.lastSent).toMatchObject({ byName: r.coordinatorRu.name, contacts: 2 });
    expect(overview?.nextAllowedAt).not.toBeNull();

    // 59 minutes later: still refused (one minute to go); 61 minutes later: sent again.
    const backdate = (minutes: number) =>
      rewritingHistory(t.db, (tx) =>
        tx
          .update(s.auditEvents)
          .set({ createdAt: new Date(Date.now() - minutes * 60_000) })
          .where(eq(s.auditEvents.id, audit?.id ?? 0)),
      );
    await backdate(59);
    expect(
      refusal(await sendReminders.execute(t.db, asSessionUser(r.coordinatorNo), ref)).values
        ?.minutes,
    ).toBe(1);
    await backdate(61);
    expectSuccess(await sendReminders.execute(t.db, asSessionUser(r.coordinatorNo), ref));
    expect((await reminded(r.planned.id)).get(r.delegateNo.id)).toHaveLength(2);
  });

  it("two presses at once: one reminder, the other refused", async () => {
    const r = await reminderWorld();
    const ref = { groupId: r.group.id, meetingId: r.planned.id };
    const results = await Promise.all([
      sendReminders.execute(t.db, asSessionUser(r.coordinatorNo), ref),
      sendReminders.execute(second?.db ?? t.db, asSessionUser(r.coordinatorRu), ref),
    ]);
    expect(results.map((x) => x.status).sort()).toEqual(["error", "success"]);
    expect((await reminded(r.planned.id)).get(r.delegateNo.id)).toHaveLength(1);
  });

  it("scheduled reminders: once per meeting, cut-off and offset, however many planners and workers run", async () => {
    const r = await reminderWorld();
    // Due today: the cut-off is 14 days ahead and the group reminds 14 and 3 days before.
    const cutoff = addDays(TODAY, 14);
    await t.db
      .update(s.meetings)
      .set({ briefCutoffOn: cutoff })
      .where(eq(s.meetings.id, r.planned.id));
    expect((await dueReminders(t.db, TODAY)).filter((d) => d.meetingId === r.planned.id)).toEqual([
      { meetingId: r.planned.id, groupId: r.group.id, cutoff, days: 14 },
    ]);

    const handlers = scheduleHandlers({ mail: false });
    const workers = [
      startWorker({ db: t.db, handlers, name: "one", pollMs: 10 }),
      startWorker({ db: second?.db ?? t.db, handlers, name: "two", pollMs: 10 }),
    ];
    try {
      const now = new Date();
      // Two servers tick in the same hour, and the next hour (the day's grace) again.
      await Promise.all([planThisHour(t.db, now), planThisHour(second?.db ?? t.db, now)]);
      await planThisHour(t.db, new Date(now.getTime() + 3_600_000));
      const settled = async () =>
        (await t.db.select({ id: s.jobs.id }).from(s.jobs).where(eq(s.jobs.state, "pending")))
          .length === 0;
      for (let i = 0; i < 1500 && !(await settled()); i++)
        await new Promise((resolve) => setTimeout(resolve, 20));
      expect(await settled()).toBe(true);
    } finally {
      await Promise.all(workers.map((worker) => worker.stop()));
    }
    const planners = await t.db.select().from(s.jobs).where(eq(s.jobs.kind, PLAN_HOUR));
    expect(planners.length).toBeGreaterThanOrEqual(1);
    expect(planners.length).toBeLessThanOrEqual(2);
    const sends = await t.db
      .select({ key: s.jobs.key, state: s.jobs.state })
      .from(s.jobs)
      .where(eq(s.jobs.kind, "reminder.send"));
    expect(sends.filter((j) => j.key?.includes(r.planned.id))).toEqual([
      { key: `reminder:${r.planned.id}:${cutoff}:14`, state: "done" },
    ]);
    const unreported = ["R-01", "R-04", "R-05", "R-06"];
    expect(await reminded(r.planned.id)).toEqual(
      new Map([
        [r.delegateNo.id, [["R-01", "R-04", "R-05"]]],
        [r.delegateRu.id, [["R-01", "R-02", "R-04"]]],
        [r.coordinatorNo.id, [unreported]],
        [r.coordinatorRu.id, [unreported]],
      ]),
    );
  });

  it("a group's reminder days decide when; none, none are due", async () => {
    const r = await reminderWorld();
    await t.db
      .update(s.meetings)
      .set({ briefCutoffOn: addDays(TODAY, 7) })
      .where(eq(s.meetings.id, r.planned.id));
    const due = async () =>
      (await dueReminders(t.db, TODAY)).filter((d) => d.meetingId === r.planned.id);
    expect(await due()).toEqual([]);
    await t.db
      .update(s.workingGroups)
      .set({ reminderDays: [7, 2] })
      .where(eq(s.workingGroups.id, r.group.id));
    expect((await due()).map((d) => d.days)).toEqual([7]);
    await t.db
      .update(s.workingGroups)
      .set({ reminderDays: [] })
      .where(eq(s.workingGroups.id, r.group.id));
    expect(await due()).toEqual([]);
  });
});

describe(`the group's reminder days (${testBackend()})`, () => {
  const admin = async () => asSessionUser(await createUser(t.db, { isAdmin: true }));
  const fields = (slug: string, reminderDays?: string) => ({
    slug,
    nameNb: "Gruppe",
    nameRu: "Группа",
    nameEn: "Group",
    commissionNb: "Kommisjon",
    commissionRu: "Комиссия",
    commissionEn: "Commission",
    ...(reminderDays === undefined ? {} : { reminderDays }),
  });
  const daysOf = async (groupId: string) =>
    (await t.db.select().from(s.workingGroups).where(eq(s.workingGroups.id, groupId)))[0]
      ?.reminderDays;

  it("takes whole days from 1 to 60, in any order, each once; the defaults when not given", async () => {
    const actor = await admin();
    const made = expectSuccess(await createGroupAction.execute(t.db, actor, fields("rd-default")));
    expect(await daysOf(made.groupId)).toEqual([14, 3]);
    const chosen = expectSuccess(
      await createGroupAction.execute(t.db, actor, fields("rd-chosen", " 3 14; 30,14 ")),
    );
    expect(await daysOf(chosen.groupId)).toEqual([30, 14, 3]);
    const none = expectSuccess(await createGroupAction.execute(t.db, actor, fields("rd-none", "")));
    expect(await daysOf(none.groupId)).toEqual([]);
  });

  it("refuses anything else with a translated field error, changing nothing", async () => {
    const actor = await admin();
    const group = expectSuccess(await createGroupAction.execute(t.db, actor, fields("rd-edit")));
    for (const bad of ["0", "61", "1.5", "-3", "two", "14, 3, x", "1 2 3 4 5 6 7", "9999"]) {
      const result = refusal(
        await updateGroup.execute(t.db, actor, {
          ...fields("rd-edit", bad),
          groupId: group.groupId,
        }),
      );
      expect(result, bad).toMatchObject({ code: "validation", fields: ["reminderDays"] });
    }
    expect(await daysOf(group.groupId)).toEqual([14, 3]);
  });

  it("an edit saves the days, audits only what changed, and leaves them when the field is absent", async () => {
    const actor = await admin();
    const group = expectSuccess(await createGroupAction.execute(t.db, actor, fields("rd-audit")));
    const audits = () =>
      t.db
        .select()
        .from(s.auditEvents)
        .where(
          and(eq(s.auditEvents.entityId, group.groupId), eq(s.auditEvents.action, "group.update")),
        );
    expectSuccess(
      await updateGroup.execute(t.db, actor, {
        ...fields("rd-audit", "3, 14"),
        groupId: group.groupId,
      }),
    );
    expect(await audits()).toEqual([]);
    expectSuccess(
      await updateGroup.execute(t.db, actor, {
        ...fields("rd-audit", "21 7"),
        groupId: group.groupId,
      }),
    );
    expect(await daysOf(group.groupId)).toEqual([21, 7]);
    const [audit] = await audits();
    expect(audit?.before).toEqual({ reminderDays: [14, 3] });
    expect(audit?.after).toEqual({ reminderDays: [21, 7] });
    expectSuccess(
      await updateGroup.execute(t.db, actor, { ...fields("rd-audit"), groupId: group.groupId }),
    );
    expect(await daysOf(group.groupId)).toEqual([21, 7]);
  });
});
