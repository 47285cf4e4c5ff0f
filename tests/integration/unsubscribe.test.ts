/**
 * One-click unsubscribe without signing in (issue 14): the link asks on GET and acts on POST
 * (the page's button, or a mail client's RFC 8058 one-click), says what it changed in the
 * recipient's language, and a tampered, expired or reused link answers 404/410 changing nothing.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { unsubscribeRoute } from "@/lib/notifications/handlers";
import { emailChoices } from "@/lib/notifications/queries";
import { unsubscribeToken } from "@/lib/notifications/unsubscribe";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import { createUser } from "../support/factories";

let t: TestDatabase;
let user: s.User;

beforeAll(async () => {
  t = await createTestDatabase();
  user = await createUser(t.db, { locale: "ru", delegation: "RU" });
});
afterAll(() => t.destroy());
beforeEach(async () => {
  await t.db.delete(s.notificationPreferences);
});

const state = async () => ({
  choices: await emailChoices(t.db, user.id),
  audit: (await t.db.select().from(s.auditEvents).where(eq(s.auditEvents.actorId, user.id))).length,
});

describe(`unsubscribe links (${testBackend()})`, () => {
  it("asks on GET and changes nothing; turns the category off on POST, in the reader's language", async () => {
    const token = unsubscribeToken(user.id, "reminders");
    const before = await state();
    const asked = await unsubscribeRoute(t.db, "GET", token);
    expect(asked.status).toBe(200);
    const page = await asked.text();
    expect(page).toContain('lang="ru"');
    expect(page).toContain("Отказаться от писем");
    expect(page).toContain(`action="/unsubscribe/${token}"`);
    expect(await state()).toEqual(before);

    const done = await unsubscribeRoute(t.db, "POST", token);
    expect(done.status).toBe(200);
    expect(await done.text()).toContain("Вы больше не будете получать письма: Напоминания");
    expect(await emailChoices(t.db, user.id)).toEqual({ reminders: "off" });
    const [audit] = await t.db
      .select()
      .from(s.auditEvents)
      .where(eq(s.auditEvents.action, "user.unsubscribe"));
    expect(audit).toMatchObject({ actorId: user.id, after: { reminders: "off" } });
  });

  it("answers 410 to a link used already, changing nothing", async () => {
    const token = unsubscribeToken(user.id, "projects", new Date(Date.now() - 60_000));
    expect((await unsubscribeRoute(t.db, "POST", token)).status).toBe(200);
    const before = await state();
    const again = await unsubscribeRoute(t.db, "POST", token);
    expect(again.status).toBe(410);
    expect(await again.text()).toContain("Эта ссылка больше не действует");
    expect(await state()).toEqual(before);
  });

  it("answers 410 to an expired link and 404 to a tampered one, changing nothing", async () => {
    const before = await state();
    const old = unsubscribeToken(user.id, "meetings", new Date(Date.now() - 91 * 86_400_000));
    expect((await unsubscribeRoute(t.db, "POST", old)).status).toBe(410);
    const token = unsubscribeToken(user.id, "meetings");
    const [payload = "", signature = ""] = token.split(".");
    const forged = `${Buffer.from(JSON.stringify([user.id, "account", Math.floor(Date.now() / 1000)])).toString("base64url")}.${signature}`;
    for (const bad of [
      forged,
      `${payload}.${signature.slice(0, -2)}AA`,
      "nonsense",
      `${payload}`,
    ]) {
      const response = await unsubscribeRoute(t.db, "POST", bad);
      expect(response.status, bad).toBe(404);
    }
    expect(await state()).toEqual(before);
  });

  it("stops a digest by turning off every category it carries", async () => {
    await t.db
      .insert(s.notificationPreferences)
      .values({ userId: user.id, category: "plans", delivery: "weekly" });
    const token = unsubscribeToken(user.id, "digest:daily", new Date(Date.now() + 1000));
    expect((await unsubscribeRoute(t.db, "POST", token)).status).toBe(200);
    expect(await emailChoices(t.db, user.id)).toEqual({
      projects: "off",
      actionItems: "off",
      meetings: "off",
      plans: "weekly",
    });
  });
});
