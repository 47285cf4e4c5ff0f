import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { SETTING_KEYS } from "@/db/schema";
import { loadViewer } from "@/lib/auth/viewer";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import { createGroup, createMember, createUser } from "../support/factories";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.destroy();
});

const token = (userId: string, sessionVersion = 1) => ({
  userId,
  sessionVersion,
  signedInAt: 1000,
  nowSeconds: 2000,
  maxAgeSeconds: 12 * 3600,
});

describe(`the viewer: who is reading and what they may open (${testBackend()})`, () => {
  it("lists the member's groups with their role, and nothing else", async () => {
    const mine = await createGroup(t.db);
    await createGroup(t.db);
    const user = await createMember(t.db, mine.id, "delegate", { delegation: "RU", locale: "ru" });
    const viewer = await loadViewer(t.db, token(user.id));
    expect(viewer?.user).toMatchObject({
      id: user.id,
      delegation: "RU",
      locale: "ru",
      isAdmin: false,
    });
    expect(viewer?.groups.map((g) => [g.slug, g.role])).toEqual([[mine.slug, "delegate"]]);
  });

  it("gives an admin every group that is not archived, with their role where they are a member", async () => {
    const admin = await createUser(t.db, { isAdmin: true });
    const archived = await createGroup(t.db, { archivedAt: new Date() });
    const viewer = await loadViewer(t.db, token(admin.id));
    const all = await t.db.select().from(s.workingGroups);
    expect(viewer?.groups).toHaveLength(all.length - 1);
    expect(viewer?.groups.some((g) => g.id === archived.id)).toBe(false);
    expect(viewer?.groups.every((g) => g.role === null)).toBe(true);
  });

  it("ends the session of a deactivated user and after a session-version bump", async () => {
    const user = await createUser(t.db);
    expect(await loadViewer(t.db, token(user.id))).not.toBeNull();
    await t.db.update(s.users).set({ sessionVersion: 2 }).where(eq(s.users.id, user.id));
    expect(await loadViewer(t.db, token(user.id, 1))).toBeNull();
    expect(await loadViewer(t.db, token(user.id, 2))).not.toBeNull();
    await t.db.update(s.users).set({ active: false }).where(eq(s.users.id, user.id));
    expect(await loadViewer(t.db, token(user.id, 2))).toBeNull();
  });

  it("returns null for an unknown or malformed user id", async () => {
    expect(await loadViewer(t.db, token("7d0b3c2e-0000-4000-8000-000000000000"))).toBeNull();
    expect(await loadViewer(t.db, token("not-a-uuid'; drop table users; --"))).toBeNull();
  });

  it("reports whether the installation holds demo data", async () => {
    const user = await createUser(t.db);
    expect((await loadViewer(t.db, token(user.id)))?.demo).toBe(false);
    await t.db.insert(s.settings).values({ key: SETTING_KEYS.demo, value: true });
    expect((await loadViewer(t.db, token(user.id)))?.demo).toBe(true);
  });
});
