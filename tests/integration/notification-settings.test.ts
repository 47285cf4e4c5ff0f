/**
 * The user's own notification settings (issue 14): email per category and the time of the
 * digests, saved only where changed and audited, bad input refused field by field with nothing
 * changed; account notifications (password changed, two-factor on or off) following those
 * choices; and the personal calendar subscription — a secret address shown once, replaced or
 * turned off, whose feed holds the user's groups' meetings and their own open action items in
 * their language, and answers 404 once revoked.
 */

import { eq } from "drizzle-orm";
import ICAL from "ical.js";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import * as s from "@/db/schema";
import {
  changePassword,
  confirmTwoFactor,
  disableTwoFactor,
  startTwoFactor,
} from "@/lib/account/actions";
import { resetTwoFactor } from "@/lib/admin/users/actions";
import { hashPassword } from "@/lib/auth/password";
import { totpCode } from "@/lib/auth/totp";
import { pendingTotpSecret } from "@/lib/auth/two-factor";
import { createCalendarFeed, revokeCalendarFeed } from "@/lib/calendar/actions";
import { calendarFeedFile } from "@/lib/calendar/handlers";
import { toFormState } from "@/lib/forms/server";
import { saveNotificationSettings } from "@/lib/notifications/preferences/actions";
import { notificationSettings } from "@/lib/notifications/preferences/queries";
import { timeZoneChoices } from "@/lib/notifications/preferences/rules";
import { MAIL_NOTIFICATION, setMailEnabled } from "@/lib/notifications/writes";
import { NOTIFICATION_CATEGORIES } from "@/lib/vocabulary";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import { asSessionUser, createGroup, createMember, createUser } from "../support/factories";

// The form kit's answer is checked as the page gets it; signing in (next-auth) is not needed here.
vi.mock("@/lib/actions/run", () => ({
  runAction: () => {
    throw new Error("not used here");
  },
  formDataToObject: () => ({}),
}));

const PASSWORD = "Passord-for-Kirkenes";
let t: TestDatabase;
let passwordHash: string;
const slot = globalThis as { __workplanDatabase?: DatabaseHandle };

beforeAll(async () => {
  t = await createTestDatabase();
  passwordHash = await hashPassword(PASSWORD);
  // The calendar route reaches the database through getDb(): this file's.
  slot.__workplanDatabase = t;
});
afterAll(async () => {
  slot.__workplanDatabase = undefined;
  await t?.destroy();
});
afterEach(() => setMailEnabled(false));

const defaults = {
  confirmations: "immediate",
  reminders: "immediate",
  account: "immediate",
  projects: "daily",
  actionItems: "daily",
  meetings: "daily",
  plans: "daily",
};

/** The form as the page sends it: every category, the hour as text. */
const form = (overrides: Record<string, unknown> = {}) => ({
  ...defaults,
  digestHour: "7",
  timeZone: "Europe/Moscow",
  ...overrides,
});

const userState = async (id: string) => ({
  preferences: await t.db
    .select()
    .from(s.notificationPreferences)
    .where(eq(s.notificationPreferences.userId, id)),
  user: (
    await t.db
      .select({ timeZone: s.users.timeZone, digestHour: s.users.digestHour })
      .from(s.users)
      .where(eq(s.users.id, id))
  )[0],
  audit: await t.db.select().from(s.auditEvents).where(eq(s.auditEvents.actorId, id)),
});

describe(`notification settings (${testBackend()})`, () => {
  it("start at the defaults, the time zone by delegation", async () => {
    expect(Object.keys(defaults).sort()).toEqual([...NOTIFICATION_CATEGORIES].sort());
    const ru = await createUser(t.db, { delegation: "RU", locale: "ru" });
    const no = await createUser(t.db, { delegation: "NO" });
    expect(await notificationSettings(t.db, ru.id)).toEqual({
      deliveries: defaults,
      digestHour: 7,
      timeZone: "Europe/Moscow",
      defaultTimeZone: "Europe/Moscow",
      calendarFeed: false,
    });
    expect((await notificationSettings(t.db, no.id)).timeZone).toBe("Europe/Oslo");
  });

  it("save only what changed, audited before and after", async () => {
    const user = await createUser(t.db, { delegation: "RU", locale: "ru" });
    const result = await saveNotificationSettings.execute(
      t.db,
      asSessionUser(user),
      form({ projects: "weekly", account: "off", digestHour: "18" }),
    );
    expect(result).toMatchObject({
      status: "success",
      data: { deliveries: { ...defaults, projects: "weekly", account: "off" }, digestHour: 18 },
    });
    const state = await userState(user.id);
    expect(state.preferences.map((p) => [p.category, p.delivery]).sort()).toEqual([
      ["account", "off"],
      ["projects", "weekly"],
    ]);
    // The delegation's zone was kept as it was: still implicit.
    expect(state.user).toEqual({ timeZone: null, digestHour: 18 });
    expect(state.audit).toMatchObject([
      {
        action: "user.set_notification_preferences",
        before: { projects: "daily", account: "immediate", digestHour: 7 },
        after: { projects: "weekly", account: "off", digestHour: 18 },
      },
    ]);

    // The same again changes nothing and writes no audit row.
    const same = await saveNotificationSettings.execute(
      t.db,
      asSessionUser(user),
      form({ projects: "weekly", account: "off", digestHour: "18" }),
    );
    expect(same.status).toBe("success");
    expect(await userState(user.id)).toEqual(state);

    // Another zone is stored; a category moved back to its default keeps a row saying so.
    await saveNotificationSettings.execute(
      t.db,
      asSessionUser(user),
      form({ projects: "daily", account: "off", digestHour: "18", timeZone: "Asia/Vladivostok" }),
    );
    const after = await notificationSettings(t.db, user.id);
    expect(after.timeZone).toBe("Asia/Vladivostok");
    expect(after.deliveries.projects).toBe("daily");
  });

  it("refuse bad input field by field, keeping what was chosen, changing nothing", async () => {
    const user = await createUser(t.db, { delegation: "NO" });
    const before = await userState(user.id);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ projects: "sometimes" }, "projects", "validation.choice"],
      [{ account: "" }, "account", "validation.choice"],
      [{ digestHour: "24" }, "digestHour", "validation.tooBig"],
      [{ digestHour: "-1" }, "digestHour", "validation.wholeNumber"],
      [{ digestHour: "7.5" }, "digestHour", "validation.wholeNumber"],
      [{ digestHour: "" }, "digestHour", "validation.required"],
      [{ timeZone: "Mars/Olympus_Mons" }, "timeZone", "validation.choice"],
      [{ timeZone: "Europe/Oslo\u0000" }, "timeZone", "validation.choice"],
    ];
    for (const [overrides, field, key] of cases) {
      const fields = form({ projects: "weekly", ...overrides });
      const result = await saveNotificationSettings.execute(t.db, asSessionUser(user), fields);
      expect(result, JSON.stringify(overrides)).toMatchObject({
        status: "error",
        code: "validation",
        fieldErrors: { [field]: [{ key }] },
      });
      // The form shows again what was chosen, the refused value included.
      expect(toFormState(result, fields)).toMatchObject({
        values: { projects: "weekly", [field]: String(overrides[field]) },
      });
    }
    // A category left out is refused too (the form always sends every one).
    const { plans: _, ...withoutPlans } = form();
    expect(
      await saveNotificationSettings.execute(t.db, asSessionUser(user), withoutPlans),
    ).toMatchObject({ status: "error", fieldErrors: { plans: [{ key: "validation.choice" }] } });
    expect(await userState(user.id)).toEqual(before);
  });

  it("name every offered time zone in the reader's language", () => {
    const ru = timeZoneChoices("ru-RU");
    expect(ru.map((z) => z.value)).toContain("Europe/Oslo");
    expect(ru.find((z) => z.value === "Europe/Moscow")?.label).toMatch(
      /Москва.*\(Europe\/Moscow\)/,
    );
    expect(timeZoneChoices("nb-NO").find((z) => z.value === "Europe/Oslo")?.label).toMatch(
      /sentraleuropeisk.*\(Europe\/Oslo\)/i,
    );
  });
});

describe(`account notifications (${testBackend()})`, () => {
  const kindsOf = (userId: string) =>
    t.db
      .select({ kind: s.notifications.kind, delivery: s.notifications.delivery })
      .from(s.notifications)
      .where(eq(s.notifications.userId, userId));

  it("a changed password is told in the app and mailed at once by default", async () => {
    setMailEnabled(true);
    const user = await createUser(t.db, { passwordHash });
    const result = await changePassword.execute(t.db, asSessionUser(user), {
      currentPassword: PASSWORD,
      newPassword: "Et helt nytt passord",
      confirmPassword: "Et helt nytt passord",
    });
    expect(result.status).toBe("success");
    const [notice] = await t.db
      .select()
      .from(s.notifications)
      .where(eq(s.notifications.userId, user.id));
    expect(notice).toMatchObject({
      kind: "password_changed",
      delivery: "immediate",
      groupId: null,
    });
    const jobs = await t.db.select().from(s.jobs).where(eq(s.jobs.kind, MAIL_NOTIFICATION));
    expect(jobs.map((j) => j.payload)).toContainEqual({ id: notice?.id });
  });

  it("follows the user's choice: with account mail off, in the app only", async () => {
    setMailEnabled(true);
    const user = await createUser(t.db, { passwordHash });
    await saveNotificationSettings.execute(t.db, asSessionUser(user), form({ account: "off" }));
    const jobsBefore = (await t.db.select().from(s.jobs)).length;
    await changePassword.execute(t.db, asSessionUser(user), {
      currentPassword: PASSWORD,
      newPassword: "Et helt nytt passord",
      confirmPassword: "Et helt nytt passord",
    });
    expect(await kindsOf(user.id)).toEqual([{ kind: "password_changed", delivery: "off" }]);
    expect(await t.db.select().from(s.jobs)).toHaveLength(jobsBefore);
  });

  it("two-factor sign-in turned on and off (by the user or an administrator) is told", async () => {
    const user = await createUser(t.db, { passwordHash });
    const actor = asSessionUser(user);
    const enable = async () => {
      await startTwoFactor.execute(t.db, actor, {});
      const secret = (await pendingTotpSecret(t.db, user.id)) ?? "";
      const confirmed = await confirmTwoFactor.execute(t.db, actor, {
        code: totpCode(secret, new Date()),
      });
      if (confirmed.status !== "success") throw new Error(JSON.stringify(confirmed));
      return confirmed.data.recoveryCodes;
    };
    const [recovery = ""] = await enable();
    expect(
      await disableTwoFactor.execute(t.db, actor, { currentPassword: PASSWORD, code: recovery }),
    ).toMatchObject({ status: "success" });
    await enable();
    const admin = await createUser(t.db, { isAdmin: true });
    await resetTwoFactor.execute(t.db, asSessionUser(admin), { userId: user.id });
    const notices = await t.db
      .select({ kind: s.notifications.kind, actorId: s.notifications.actorId })
      .from(s.notifications)
      .where(eq(s.notifications.userId, user.id))
      .orderBy(s.notifications.createdAt);
    expect(notices.map((n) => n.kind).sort()).toEqual(
      [
        "two_factor_disabled",
        "two_factor_disabled",
        "two_factor_enabled",
        "two_factor_enabled",
      ].sort(),
    );
    expect(notices.filter((n) => n.actorId === admin.id)).toHaveLength(1);
  });

  it("a refused password change tells nobody", async () => {
    const user = await createUser(t.db, { passwordHash });
    await changePassword.execute(t.db, asSessionUser(user), {
      currentPassword: "not the password",
      newPassword: "Et helt nytt passord",
      confirmPassword: "Et helt nytt passord",
    });
    expect(await kindsOf(user.id)).toEqual([]);
  });
});

describe(`the calendar subscription (${testBackend()})`, () => {
  const get = (token: string) =>
    calendarFeedFile(new Request(`https://workplan.example.org/calendar/${token}`), token);

  async function world() {
    const group = await createGroup(t.db);
    const other = await createGroup(t.db);
    const user = await createMember(t.db, group.id, "delegate", { delegation: "RU", locale: "ru" });
    const colleague = await createMember(t.db, group.id, "delegate");
    const [meeting] = await t.db
      .insert(s.meetings)
      .values({
        groupId: group.id,
        number: 31,
        startsOn: "2031-06-10",
        endsOn: "2031-06-11",
        cityNb: "Kirkenes",
        cityRu: "Киркенес",
        country: "NO",
      })
      .returning();
    await t.db.insert(s.meetings).values({
      groupId: other.id,
      number: 7,
      startsOn: "2031-06-20",
      endsOn: "2031-06-20",
      cityRu: "Мурманск",
      country: "RU",
    });
    await t.db.insert(s.actionItems).values([
      { groupId: group.id, ownerId: user.id, textRu: "Подготовить справку", dueOn: "2031-05-30" },
      { groupId: group.id, ownerId: user.id, textRu: "Без срока" },
      {
        groupId: group.id,
        ownerId: user.id,
        textRu: "Уже сделано",
        dueOn: "2031-05-01",
        doneAt: new Date(),
      },
      { groupId: group.id, ownerId: colleague.id, textNb: "Kollegaens punkt", dueOn: "2031-05-02" },
    ]);
    return { user, group, meeting };
  }

  it("is created once, read as the user's own calendar in their language, replaced and turned off", async () => {
    const { user, group, meeting } = await world();
    const actor = asSessionUser(user);
    const created = await createCalendarFeed.execute(t.db, actor, {});
    if (created.status !== "success") throw new Error(JSON.stringify(created));
    const { token } = created.data;
    expect(token).toMatch(/^[\w-]{43}$/);
    const [row] = await t.db
      .select({ hash: s.users.calendarTokenHash })
      .from(s.users)
      .where(eq(s.users.id, user.id));
    // Only a hash is kept: the address cannot be read back from the database.
    expect(row?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect((await notificationSettings(t.db, user.id)).calendarFeed).toBe(true);

    const response = await get(token);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/calendar");
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const events = calendar.getAllSubcomponents("vevent").map((e) => new ICAL.Event(e));
    // The user's group's meeting and their own open item with a due date; nothing else.
    expect(events.map((e) => e.summary).sort()).toEqual(
      [`31-е заседание — ${group.nameRu}`, "Срок поручения: Подготовить справку"].sort(),
    );
    const event = events.find((e) => e.uid === `meeting-${meeting?.id}@workplan`);
    expect(event?.location).toBe("Киркенес, Норвегия");
    expect(event?.startDate.toString()).toBe("2031-06-10");
    expect(event?.endDate.toString()).toBe("2031-06-12");
    expect((await get(`${token}.ics`)).status).toBe(200);

    // A new address replaces the old one.
    const replaced = await createCalendarFeed.execute(t.db, actor, {});
    if (replaced.status !== "success") throw new Error(JSON.stringify(replaced));
    expect((await get(token)).status).toBe(404);
    expect((await get(replaced.data.token)).status).toBe(200);

    // Turned off: the address answers 404, as does one never issued.
    expect(await revokeCalendarFeed.execute(t.db, actor, {})).toMatchObject({
      status: "success",
      data: { revoked: true },
    });
    expect((await get(replaced.data.token)).status).toBe(404);
    expect((await get("A".repeat(43))).status).toBe(404);
    expect((await get("../../etc/passwd")).status).toBe(404);
    expect(await revokeCalendarFeed.execute(t.db, actor, {})).toMatchObject({
      data: { revoked: false },
    });
    const audit = await t.db
      .select({ action: s.auditEvents.action, after: s.auditEvents.after })
      .from(s.auditEvents)
      .where(eq(s.auditEvents.actorId, user.id))
      .orderBy(s.auditEvents.id);
    expect(audit).toEqual([
      { action: "user.calendar_feed_create", after: { replaced: false } },
      { action: "user.calendar_feed_create", after: { replaced: true } },
      { action: "user.calendar_feed_revoke", after: null },
    ]);
  });

  it("answers 404 once its owner is deactivated", async () => {
    const { user } = await world();
    const created = await createCalendarFeed.execute(t.db, asSessionUser(user), {});
    if (created.status !== "success") throw new Error(JSON.stringify(created));
    await t.db.update(s.users).set({ active: false }).where(eq(s.users.id, user.id));
    expect((await get(created.data.token)).status).toBe(404);
  });
});
