import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { SETTING_KEYS } from "@/db/schema";
import { confirmTwoFactor, disableTwoFactor, startTwoFactor } from "@/lib/account/actions";
import { pendingStepRefusal } from "@/lib/actions/pending";
import { setTwoFactorRequirement } from "@/lib/admin/settings/actions";
import { resetTwoFactor } from "@/lib/admin/users/actions";
import { authenticate } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { seal, unseal } from "@/lib/auth/secret-box";
import { failureCount } from "@/lib/auth/throttle";
import { TOTP_PERIOD_SECONDS, totpCode } from "@/lib/auth/totp";
import { pendingTotpSecret, twoFactorStatus, unusedRecoveryCodes } from "@/lib/auth/two-factor";
import { loadViewer } from "@/lib/auth/viewer";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import { asSessionUser, createGroup, createMember, createUser } from "../support/factories";

let t: TestDatabase;
let passwordHash: string;
const PASSWORD = "Murmansk-mars-2018";

beforeAll(async () => {
  t = await createTestDatabase();
  passwordHash = await hashPassword(PASSWORD);
});
afterAll(async () => {
  await t?.destroy();
});

const unique = () => randomBytes(4).toString("hex");
const newUser = () => createUser(t.db, { passwordHash, email: `tf-${unique()}@workplan.test` });
const ip = () => `198.51.100.${unique()}`;
/** A moment `steps` time steps from now (codes of earlier steps may already be used). */
const inSteps = (steps: number) => new Date(Date.now() + steps * TOTP_PERIOD_SECONDS * 1000);

async function enrol(user: s.User) {
  const actor = asSessionUser(user);
  expect(await startTwoFactor.execute(t.db, actor, {})).toMatchObject({ status: "success" });
  const secret = await pendingTotpSecret(t.db, user.id);
  if (!secret) throw new Error("no pending secret");
  const confirmed = await confirmTwoFactor.execute(t.db, actor, {
    code: totpCode(secret, new Date()),
  });
  if (confirmed.status !== "success") throw new Error(JSON.stringify(confirmed));
  return { secret, recoveryCodes: confirmed.data.recoveryCodes };
}

const credentialRow = async (userId: string) => {
  const [row] = await t.db
    .select()
    .from(s.twoFactorCredentials)
    .where(eq(s.twoFactorCredentials.userId, userId));
  return row;
};

const token = (userId: string, sessionVersion = 1) => ({
  userId,
  sessionVersion,
  signedInAt: Math.floor(Date.now() / 1000),
  nowSeconds: Math.floor(Date.now() / 1000),
  maxAgeSeconds: 12 * 3600,
});

describe(`enrolling in two-factor sign-in (${testBackend()})`, () => {
  it("stores the secret encrypted, bound to the user, and in force only after a valid code", async () => {
    const user = await newUser();
    const actor = asSessionUser(user);
    await startTwoFactor.execute(t.db, actor, {});
    const secret = await pendingTotpSecret(t.db, user.id);
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const stored = await credentialRow(user.id);
    expect(stored?.confirmedAt).toBeNull();
    expect(stored?.secretEncrypted).not.toContain(secret ?? "-");
    expect(stored?.secretEncrypted).toMatch(/^v1\./);
    // Copied to another user's row, the sealed secret does not open.
    const other = await newUser();
    expect(() => unseal(stored?.secretEncrypted ?? "", `totp:${other.id}`)).toThrow();
    // Not in force yet: the password alone still signs in.
    expect(
      await authenticate(
        t.db,
        { email: user.email, password: PASSWORD },
        { ip: ip(), now: new Date() },
      ),
    ).toMatchObject({ status: "ok", method: "password" });

    expect(await confirmTwoFactor.execute(t.db, actor, { code: "000000" })).toMatchObject({
      status: "error",
      code: "validation",
      fieldErrors: { code: [{ key: "twoFactor.errors.wrongCode" }] },
    });
    expect((await twoFactorStatus(t.db, user.id)).enabled).toBe(false);

    const confirmed = await confirmTwoFactor.execute(t.db, actor, {
      code: totpCode(secret ?? "", new Date()),
    });
    expect(confirmed.status).toBe("success");
    const codes = confirmed.status === "success" ? confirmed.data.recoveryCodes : [];
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    const hashes = await t.db
      .select()
      .from(s.recoveryCodes)
      .where(eq(s.recoveryCodes.userId, user.id));
    expect(hashes).toHaveLength(10);
    const stored_ = JSON.stringify(hashes);
    for (const code of codes) {
      expect(stored_).not.toContain(code);
      expect(stored_).not.toContain(code.replace("-", ""));
    }
    expect(await twoFactorStatus(t.db, user.id)).toMatchObject({
      enabled: true,
      pending: false,
      recoveryCodesLeft: 10,
    });
    expect((await loadViewer(t.db, token(user.id)))?.twoFactorEnabled).toBe(true);
    const [audit] = await t.db
      .select()
      .from(s.auditEvents)
      .where(
        and(
          eq(s.auditEvents.entityId, user.id),
          eq(s.auditEvents.action, "user.two_factor_enable"),
        ),
      );
    expect(JSON.stringify(audit)).not.toContain(codes[0]);
    // Starting again once it is on is refused (turning it off comes first).
    expect(await startTwoFactor.execute(t.db, actor, {})).toMatchObject({
      status: "error",
      code: "conflict",
    });
  });

  it("uses an authenticated encryption: a changed byte or another key does not open", () => {
    const key = randomBytes(32);
    const sealed = seal("JBSWY3DPEHPK3PXP", "totp:x", key);
    expect(unseal(sealed, "totp:x", key)).toBe("JBSWY3DPEHPK3PXP");
    const parts = sealed.split(".");
    const body = Buffer.from(parts[2] ?? "", "base64url");
    body[0] = (body[0] ?? 0) ^ 1;
    parts[2] = body.toString("base64url");
    expect(() => unseal(parts.join("."), "totp:x", key)).toThrow();
    expect(() => unseal(sealed, "totp:x", randomBytes(32))).toThrow();
  });
});

describe(`signing in with two-factor sign-in (${testBackend()})`, () => {
  const signIn = (user: s.User, code: string | undefined, now: Date, address = ip()) =>
    authenticate(
      t.db,
      { email: user.email, password: PASSWORD, ...(code === undefined ? {} : { code }) },
      { ip: address, now },
    );

  it("asks for the code after the right password and never signs in without it", async () => {
    const user = await newUser();
    await enrol(user);
    // What a direct POST to the Auth.js callback without a code gets too.
    expect(await signIn(user, undefined, new Date())).toEqual({ status: "codeRequired" });
    expect(await signIn(user, "", new Date())).toEqual({ status: "codeRequired" });
    // A wrong password with a code is still a wrong password.
    expect(
      await authenticate(
        t.db,
        { email: user.email, password: "wrong", code: "123456" },
        { ip: ip(), now: new Date() },
      ),
    ).toEqual({ status: "invalid" });
  });

  it("accepts a current code once, refuses it (and older ones) after that, and a wrong one", async () => {
    const user = await newUser();
    const { secret } = await enrol(user);
    const now = inSteps(4);
    const address = ip();
    expect(await signIn(user, "000000", now, address)).toEqual({ status: "codeInvalid" });
    expect(await failureCount(t.db, "ip", address)).toBe(1);

    const code = totpCode(secret, now);
    expect(await signIn(user, code, now)).toMatchObject({ status: "ok", method: "totp" });
    expect(await signIn(user, code, now)).toEqual({ status: "codeInvalid" });
    // The code of the step before is still "valid" for the clock, but older than the used one.
    expect(await signIn(user, totpCode(secret, inSteps(3)), now)).toEqual({
      status: "codeInvalid",
    });
    // The next step's code works (±1 step of clock drift).
    expect(await signIn(user, totpCode(secret, inSteps(5)), now)).toMatchObject({
      status: "ok",
    });
    // Two steps away is too far.
    expect(await signIn(user, totpCode(secret, inSteps(8)), inSteps(6))).toEqual({
      status: "codeInvalid",
    });
    const failures = await t.db
      .select()
      .from(s.auditEvents)
      .where(
        and(eq(s.auditEvents.entityId, user.id), eq(s.auditEvents.action, "auth.sign_in_failed")),
      );
    expect(failures.map((row) => row.after)).toContainEqual({ reason: "second_factor" });
  });

  it("accepts the same code only once when it arrives twice at the same moment", async () => {
    const user = await newUser();
    const { secret } = await enrol(user);
    const now = inSteps(4);
    const code = totpCode(secret, now);
    const results = await Promise.all([signIn(user, code, now), signIn(user, code, now)]);
    expect(results.map((r) => r.status).sort()).toEqual(["codeInvalid", "ok"]);
  });

  it("counts wrong codes toward the account's throttle", async () => {
    const user = await newUser();
    await enrol(user);
    const now = inSteps(4);
    for (let i = 0; i < 10; i++)
      expect(await signIn(user, "000000", now)).toEqual({ status: "codeInvalid" });
    expect(await signIn(user, "000000", now)).toMatchObject({ status: "throttled" });
  });

  it("lets each recovery code sign in once, in any case and with or without the dash", async () => {
    const user = await newUser();
    const { recoveryCodes } = await enrol(user);
    const [first = "", second = ""] = recoveryCodes;
    const now = new Date();
    expect(await signIn(user, first.toLowerCase().replace("-", ""), now)).toMatchObject({
      status: "ok",
      method: "recovery_code",
    });
    expect(await signIn(user, first, now)).toEqual({ status: "codeInvalid" });
    expect(await signIn(user, ` ${second} `, now)).toMatchObject({ status: "ok" });
    expect(await unusedRecoveryCodes(t.db, user.id)).toBe(8);
    expect(await signIn(user, "AAAAA-BBBBB", now)).toEqual({ status: "codeInvalid" });
  });
});

describe(`turning two-factor sign-in off (${testBackend()})`, () => {
  it("needs the current password and a valid code", async () => {
    const user = await newUser();
    const actor = asSessionUser(user);
    const { secret, recoveryCodes } = await enrol(user);
    const next = totpCode(secret, inSteps(1));
    expect(
      await disableTwoFactor.execute(t.db, actor, { currentPassword: "wrong", code: next }),
    ).toMatchObject({
      status: "error",
      fieldErrors: { currentPassword: [{ key: "twoFactor.errors.wrongPassword" }] },
    });
    expect(
      await disableTwoFactor.execute(t.db, actor, { currentPassword: PASSWORD, code: "000000" }),
    ).toMatchObject({
      status: "error",
      fieldErrors: { code: [{ key: "twoFactor.errors.wrongCode" }] },
    });
    expect(
      await disableTwoFactor.execute(t.db, actor, { currentPassword: PASSWORD }),
    ).toMatchObject({
      status: "error",
      code: "validation",
    });
    expect((await twoFactorStatus(t.db, user.id)).enabled).toBe(true);

    expect(
      await disableTwoFactor.execute(t.db, actor, { currentPassword: PASSWORD, code: next }),
    ).toMatchObject({ status: "success" });
    expect(await credentialRow(user.id)).toBeUndefined();
    expect(await unusedRecoveryCodes(t.db, user.id)).toBe(0);
    expect(
      await authenticate(
        t.db,
        { email: user.email, password: PASSWORD },
        { ip: ip(), now: new Date() },
      ),
    ).toMatchObject({ status: "ok", method: "password" });
    // The old recovery codes are gone with it.
    expect(
      await authenticate(
        t.db,
        { email: user.email, password: PASSWORD, code: recoveryCodes[0] },
        { ip: ip(), now: new Date() },
      ),
    ).toMatchObject({ status: "ok", method: "password" });
  });

  it("accepts a recovery code in place of the app's code (a lost phone)", async () => {
    const user = await newUser();
    const { recoveryCodes } = await enrol(user);
    expect(
      await disableTwoFactor.execute(t.db, asSessionUser(user), {
        currentPassword: PASSWORD,
        code: recoveryCodes[3],
      }),
    ).toMatchObject({ status: "success" });
    expect((await twoFactorStatus(t.db, user.id)).enabled).toBe(false);
  });

  it("can be done for a user by an administrator only, ending the user's sessions", async () => {
    const group = await createGroup(t.db);
    const admin = asSessionUser(await createUser(t.db, { isAdmin: true }));
    const coordinator = asSessionUser(await createMember(t.db, group.id, "coordinator"));
    const user = await newUser();
    await enrol(user);
    expect(await resetTwoFactor.execute(t.db, coordinator, { userId: user.id })).toMatchObject({
      status: "error",
      code: "forbidden",
    });
    expect((await twoFactorStatus(t.db, user.id)).enabled).toBe(true);
    expect(await resetTwoFactor.execute(t.db, admin, { userId: user.id })).toMatchObject({
      status: "success",
    });
    expect((await twoFactorStatus(t.db, user.id)).enabled).toBe(false);
    expect(await loadViewer(t.db, token(user.id, 1))).toBeNull();
    expect(await loadViewer(t.db, token(user.id, 2))).not.toBeNull();
  });
});

describe(`two-factor sign-in required by the installation (${testBackend()})`, () => {
  it("sends admins and coordinators without it to set it up, and refuses their other actions", async () => {
    const group = await createGroup(t.db);
    const admin = await createUser(t.db, { isAdmin: true });
    const coordinator = await createMember(t.db, group.id, "coordinator", { passwordHash });
    const delegate = await createMember(t.db, group.id, "delegate");
    const viewer = async (user: s.User) => {
      const loaded = await loadViewer(t.db, token(user.id));
      if (!loaded) throw new Error("no viewer");
      return loaded;
    };
    expect((await viewer(coordinator)).mustEnrollTwoFactor).toBe(false);

    // Only an administrator may require it; only known roles are accepted.
    expect(
      await setTwoFactorRequirement.execute(t.db, asSessionUser(coordinator), { roles: [] }),
    ).toMatchObject({ status: "error", code: "forbidden" });
    expect(
      await setTwoFactorRequirement.execute(t.db, asSessionUser(admin), { roles: ["root"] }),
    ).toMatchObject({ status: "error", code: "validation" });
    expect(
      await setTwoFactorRequirement.execute(t.db, asSessionUser(admin), {
        roles: ["coordinator", "admin"],
      }),
    ).toMatchObject({ status: "success", data: { roles: ["admin", "coordinator"] } });
    const [setting] = await t.db
      .select()
      .from(s.settings)
      .where(eq(s.settings.key, SETTING_KEYS.requireTwoFactor));
    expect(setting?.value).toEqual(["admin", "coordinator"]);

    const forced = await viewer(coordinator);
    expect(forced.mustEnrollTwoFactor).toBe(true);
    expect((await viewer(admin)).mustEnrollTwoFactor).toBe(true);
    expect((await viewer(delegate)).mustEnrollTwoFactor).toBe(false);
    expect(pendingStepRefusal(forced, "project.manage")).toMatchObject({
      status: "error",
      code: "forbidden",
      message: { key: "twoFactor.mustEnrollFirst" },
    });
    // Their own account's actions (setting it up) stay open.
    expect(pendingStepRefusal(forced, "self")).toBeNull();
    expect(pendingStepRefusal(await viewer(delegate), "project.manage")).toBeNull();

    await enrol(coordinator);
    const enrolled = await viewer(coordinator);
    expect(enrolled.mustEnrollTwoFactor).toBe(false);
    expect(pendingStepRefusal(enrolled, "project.manage")).toBeNull();

    await setTwoFactorRequirement.execute(t.db, asSessionUser(admin), { roles: [] });
    expect((await viewer(admin)).mustEnrollTwoFactor).toBe(false);
    const audit = await t.db
      .select()
      .from(s.auditEvents)
      .where(eq(s.auditEvents.action, "settings.require_2fa"));
    expect(audit.map((row) => row.after)).toContainEqual({ roles: ["admin", "coordinator"] });
  });
});
