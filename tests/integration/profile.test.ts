import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { changePassword, updateProfile } from "@/lib/account/actions";
import { verifyCredentials } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { loadViewer } from "@/lib/auth/viewer";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import { asSessionUser, createUser } from "../support/factories";

let t: TestDatabase;
let currentHash: string;
const CURRENT = "K7QM-3XTA-PW9R-E4HN";

beforeAll(async () => {
  t = await createTestDatabase();
  currentHash = await hashPassword(CURRENT);
});
afterAll(async () => {
  await t?.destroy();
});

/** A user who signed in with a one-time password from the administrator. */
async function newcomer() {
  const user = await createUser(t.db, {
    passwordHash: currentHash,
    locale: "ru",
    delegation: "RU",
  });
  await t.db.update(s.users).set({ mustChangePassword: true }).where(eq(s.users.id, user.id));
  return { ...user, mustChangePassword: true };
}

const row = async (id: string) => {
  const [user] = await t.db.select().from(s.users).where(eq(s.users.id, id));
  if (!user) throw new Error("no user");
  return user;
};

const change = (user: s.User, input: Record<string, string>) =>
  changePassword.execute(t.db, asSessionUser(user), {
    currentPassword: CURRENT,
    newPassword: "Варангерфьорд-2018",
    confirmPassword: "Варангерфьорд-2018",
    ...input,
  });

describe(`changing one's own password (${testBackend()})`, () => {
  it("refuses a wrong current password, next to that field", async () => {
    const user = await newcomer();
    expect(await change(user, { currentPassword: "K7QM-3XTA-PW9R-E4HX" })).toMatchObject({
      status: "error",
      code: "validation",
      fieldErrors: { currentPassword: [{ key: "profile.password.errors.wrongCurrent" }] },
    });
    expect((await row(user.id)).passwordHash).toBe(currentHash);
  });

  it("refuses a new password shorter than 12 characters", async () => {
    const user = await newcomer();
    expect(
      await change(user, { newPassword: "kort-passord", confirmPassword: "kort-passord" }),
    ).toMatchObject({
      status: "success",
    });
    const other = await newcomer();
    expect(
      await change(other, { newPassword: "for-kort", confirmPassword: "for-kort" }),
    ).toMatchObject({
      status: "error",
      fieldErrors: { newPassword: [{ key: "validation.tooShort", values: { min: 12 } }] },
    });
    expect((await row(other.id)).passwordHash).toBe(currentHash);
  });

  it("refuses the email address as the password, in any case", async () => {
    const user = await newcomer();
    const email = user.email.toUpperCase();
    expect(await change(user, { newPassword: email, confirmPassword: email })).toMatchObject({
      status: "error",
      fieldErrors: { newPassword: [{ key: "profile.password.errors.equalsEmail" }] },
    });
    expect((await row(user.id)).passwordHash).toBe(currentHash);
  });

  it("refuses a confirmation that does not match", async () => {
    const user = await newcomer();
    expect(
      await change(user, {
        newPassword: "Varangerfjorden-2018",
        confirmPassword: "Varangerfjorden-2019",
      }),
    ).toMatchObject({
      status: "error",
      fieldErrors: { confirmPassword: [{ key: "profile.password.errors.mismatch" }] },
    });
    expect((await row(user.id)).passwordHash).toBe(currentHash);
  });

  it("refuses keeping the one-time password", async () => {
    const user = await newcomer();
    expect(await change(user, { newPassword: CURRENT, confirmPassword: CURRENT })).toMatchObject({
      status: "error",
      fieldErrors: { newPassword: [{ key: "profile.password.errors.sameAsCurrent" }] },
    });
  });

  it("on success stores a new hash, clears the one-time flag and ends every session", async () => {
    const user = await newcomer();
    const session = {
      userId: user.id,
      sessionVersion: user.sessionVersion,
      signedInAt: Math.floor(Date.now() / 1000) - 60,
      nowSeconds: Math.floor(Date.now() / 1000),
      maxAgeSeconds: 12 * 3600,
    };
    expect((await loadViewer(t.db, session))?.mustChangePassword).toBe(true);

    const result = await change(user, {});
    expect(result).toEqual({ status: "success", data: { email: user.email } });
    const after = await row(user.id);
    expect(after.passwordHash).not.toBe(currentHash);
    expect(after.passwordHash.startsWith("$argon2id$")).toBe(true);
    expect(after.mustChangePassword).toBe(false);
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await loadViewer(t.db, session)).toBeNull();
    expect(await verifyCredentials(t.db, { email: user.email, password: CURRENT })).toBeNull();
    const signedIn = await verifyCredentials(t.db, {
      email: user.email,
      password: "Варангерфьорд-2018",
    });
    expect(signedIn?.id).toBe(user.id);
    const fresh = await loadViewer(t.db, { ...session, sessionVersion: after.sessionVersion });
    expect(fresh?.mustChangePassword).toBe(false);

    const events = await t.db
      .select()
      .from(s.auditEvents)
      .where(
        and(eq(s.auditEvents.entityId, user.id), eq(s.auditEvents.action, "user.change_password")),
      );
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events)).not.toContain("Варангерфьорд");
  });

  it("is refused to someone not signed in", async () => {
    expect(await changePassword.execute(t.db, null, {})).toMatchObject({ code: "unauthenticated" });
  });
});

describe(`editing one's own profile (${testBackend()})`, () => {
  it("saves the name and the language, only for oneself", async () => {
    const user = await createUser(t.db, { locale: "en" });
    const other = await createUser(t.db, { locale: "en" });
    const result = await updateProfile.execute(t.db, asSessionUser(user), {
      name: "  Анна Иванова ",
      locale: "ru",
      userId: other.id,
    });
    expect(result).toEqual({ status: "success", data: { name: "Анна Иванова", locale: "ru" } });
    expect(await row(user.id)).toMatchObject({ name: "Анна Иванова", locale: "ru" });
    expect(await row(other.id)).toMatchObject({ name: other.name, locale: "en" });
  });

  it("requires a name and one of the three languages", async () => {
    const user = await createUser(t.db, { locale: "en" });
    expect(
      await updateProfile.execute(t.db, asSessionUser(user), { name: " ", locale: "de" }),
    ).toMatchObject({
      status: "error",
      fieldErrors: {
        name: [{ key: "validation.required" }],
        locale: [{ key: "validation.choice" }],
      },
    });
  });
});
