/**
 * Password links by mail (issue 14): "Forgot password?" answers the same whether or not an
 * account has the address, is throttled like signing in, and mails a single-use link valid 30
 * minutes; the link is a 404 when forged, a 410 when used or expired, and otherwise leads to the
 * new-password form with its token in a cookie; setting the password ends every session. A new
 * user created while mail is on is invited by such a link instead of a one-time password.
 */
import { and, asc, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { passwordLinkRoute } from "@/lib/account/links/handlers";
import { linkPasswordSchema, resetRequestSchema } from "@/lib/account/links/input";
import { accountMailHandlers } from "@/lib/account/links/mail";
import { LINK_COOKIE, MAIL_ACCOUNT, NEW_PASSWORD_PATH } from "@/lib/account/links/rules";
import {
  RESET_LIMITS,
  requestPasswordReset,
  setPasswordWithLink,
} from "@/lib/account/links/writes";
import { createUser as adminCreateUser } from "@/lib/admin/users/actions";
import { verifyCredentials } from "@/lib/auth/credentials";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { loadViewer } from "@/lib/auth/viewer";
import type { Mailer, OutgoingMail } from "@/lib/mail/transport";
import { setMailEnabled } from "@/lib/notifications/writes";
import { toFieldErrors } from "@/lib/validation";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import { addMember, asSessionUser, createGroup, createUser } from "../support/factories";

const PUBLIC_URL = "https://workplan.example.org";
const OLD_PASSWORD = "Gammelt-passord-2019";
const NEW_PASSWORD = "Nytt passord fra Kirkenes";

let t: TestDatabase;
let oldHash: string;
const sent: OutgoingMail[] = [];
const mailer: Mailer = {
  mode: "mailbox",
  send: async (mail) => {
    sent.push(mail);
  },
  close: async () => {},
};
const settings = { mailer, publicUrl: PUBLIC_URL, fromAddress: "workplan@example.org" };

beforeAll(async () => {
  t = await createTestDatabase();
  oldHash = await hashPassword(OLD_PASSWORD);
});
afterAll(() => t?.destroy());
beforeEach(async () => {
  sent.length = 0;
  await t.db.delete(s.jobs);
  await t.db.delete(s.signInThrottles);
});
afterEach(() => setMailEnabled(false));

let ipCounter = 0;
const ip = () => `198.51.100.${++ipCounter}`;

async function member(options: Parameters<typeof createUser>[1] = {}) {
  return createUser(t.db, { passwordHash: oldHash, ...options });
}

const row = async (id: string) => {
  const [user] = await t.db.select().from(s.users).where(eq(s.users.id, id));
  if (!user) throw new Error("no user");
  return user;
};

/** Runs every queued account mail job the way the worker does; returns the mails sent. */
async function deliver(): Promise<OutgoingMail[]> {
  const handler = accountMailHandlers(settings)[MAIL_ACCOUNT];
  if (!handler) throw new Error("no handler");
  const jobs = await t.db
    .select()
    .from(s.jobs)
    .where(eq(s.jobs.kind, MAIL_ACCOUNT))
    .orderBy(asc(s.jobs.id));
  const before = sent.length;
  for (const job of jobs) await handler(job, { db: t.db });
  return sent.slice(before);
}

/** The link's token, as the mail carries it (HTML and text alike). */
function linkIn(mail: OutgoingMail): string {
  const match = mail.text.match(/https:\/\/workplan\.example\.org\/reset-password\/([\w-]{43})/);
  if (!match?.[1]) throw new Error(`no link in ${mail.text}`);
  expect(mail.html).toContain(`${PUBLIC_URL}/reset-password/${match[1]}`);
  return match[1];
}

const open = (token: string, headers: Record<string, string> = {}) =>
  passwordLinkRoute(t.db, new Request(`${PUBLIC_URL}/reset-password/${token}`, { headers }), token);

/** What a refused link must leave alone: the account, its links and sessions. */
const accountState = async (id: string) => {
  const user = await row(id);
  const links = await t.db.select().from(s.linkTokens).where(eq(s.linkTokens.userId, id));
  return {
    hash: user.passwordHash,
    sessionVersion: user.sessionVersion,
    links: links.map((l) => [l.id, l.usedAt?.toISOString() ?? null]),
  };
};

async function requestLink(email: string, address = ip(), now = new Date()) {
  const outcome = await requestPasswordReset(t.db, { email, ip: address }, now);
  expect(outcome).toEqual({ status: "sent" });
  const [mail] = await deliver();
  if (!mail) throw new Error("no mail sent");
  return linkIn(mail);
}

describe(`"Forgot password?" (${testBackend()})`, () => {
  it("answers the same for a known and an unknown address; only the known one gets a link", async () => {
    const user = await member({ locale: "ru" });
    const known = await requestPasswordReset(t.db, { email: user.email, ip: ip() });
    const unknown = await requestPasswordReset(t.db, {
      email: "nobody.here@workplan.test",
      ip: ip(),
    });
    expect(unknown).toEqual(known);
    expect(known).toEqual({ status: "sent" });

    const jobs = await t.db.select().from(s.jobs);
    expect(jobs).toHaveLength(1);
    const links = await t.db.select().from(s.linkTokens).where(eq(s.linkTokens.userId, user.id));
    expect(links).toMatchObject([{ purpose: "reset", usedAt: null }]);
    const lifetime = (links[0]?.expiresAt.getTime() ?? 0) - (links[0]?.createdAt.getTime() ?? 0);
    expect(Math.abs(lifetime - 30 * 60_000)).toBeLessThan(5_000);

    // The job holds the token sealed, never in the clear; it is cleared once sent.
    const [mail] = await deliver();
    if (!mail) throw new Error("no mail");
    const token = linkIn(mail);
    expect(JSON.stringify(jobs[0]?.payload)).not.toContain(token);
    const [after] = await t.db.select().from(s.jobs);
    expect(after?.payload).toEqual({ purpose: "reset", userId: user.id, actorId: null });
    expect(await deliver()).toEqual([]);

    // In the recipient's language, with where to change what mail comes.
    expect(mail.to).toBe(user.email);
    expect(mail.subject).toBe("Выбор нового пароля для Workplan");
    expect(mail.text).toContain("в течение 30 минут");
    expect(mail.html).toContain('lang="ru"');
    expect(mail.text).toContain(`${PUBLIC_URL}/profile/notifications`);
    expect(mail.unsubscribeUrl).toBeUndefined();

    const [audit] = await t.db
      .select()
      .from(s.auditEvents)
      .where(
        and(
          eq(s.auditEvents.action, "user.request_password_reset"),
          eq(s.auditEvents.entityId, user.id),
        ),
      );
    expect(audit).toMatchObject({ actorId: null, entityType: "user" });
  });

  it("sends nothing for a deactivated account, with the same answer", async () => {
    const user = await member({ active: false });
    expect(await requestPasswordReset(t.db, { email: user.email, ip: ip() })).toEqual({
      status: "sent",
    });
    expect(await t.db.select().from(s.jobs)).toEqual([]);
    expect(await t.db.select().from(s.linkTokens).where(eq(s.linkTokens.userId, user.id))).toEqual(
      [],
    );
  });

  it("throttles every request for an address alike, known or not, and then per client address", async () => {
    const user = await member();
    const limit = RESET_LIMITS.account.maxFailures;
    const now = new Date();
    for (const email of [user.email, "unknown.address@workplan.test"]) {
      const outcomes = [];
      for (let i = 0; i <= limit; i++)
        outcomes.push((await requestPasswordReset(t.db, { email, ip: ip() }, now)).status);
      expect(outcomes, email).toEqual([...Array(limit).fill("sent"), "throttled"]);
    }
    // Five mails at most reached the known address; an hour later it may ask again.
    expect((await deliver()).length).toBeLessThanOrEqual(limit);
    const later = new Date(now.getTime() + 61 * 60_000);
    expect(await requestPasswordReset(t.db, { email: user.email, ip: ip() }, later)).toEqual({
      status: "sent",
    });

    // One client address asking for many addresses is stopped at the sign-in limit.
    const address = ip();
    const answers = [];
    for (let i = 0; i <= RESET_LIMITS.ip.maxFailures; i++)
      answers.push(
        (await requestPasswordReset(t.db, { email: `probe-${i}@workplan.test`, ip: address }, now))
          .status,
      );
    expect(answers.at(-1)).toBe("throttled");
    expect(answers.filter((a) => a === "throttled")).toHaveLength(1);
  });

  it("does not count against signing in: the account's sign-in counter is untouched", async () => {
    const user = await member();
    await requestPasswordReset(t.db, { email: user.email, ip: "203.0.113.9" });
    const keys = (await t.db.select().from(s.signInThrottles)).map((r) => `${r.scope}:${r.key}`);
    expect(keys.sort()).toEqual([`account:reset:${user.email}`, "ip:reset:203.0.113.9"]);
  });

  it("replaces an older open link: only the newest one works", async () => {
    const user = await member();
    const first = await requestLink(user.email);
    const second = await requestLink(user.email);
    expect((await open(first)).status).toBe(410);
    expect((await open(second)).status).toBe(303);
  });
});

describe("what the two forms accept", () => {
  const errors = (result: { success: boolean; error?: unknown }) =>
    result.success ? {} : toFieldErrors(result.error as Parameters<typeof toFieldErrors>[0]);

  it("an address, trimmed and in lower case; anything else is refused on the field", () => {
    expect(resetRequestSchema.parse({ email: "  Ola.Nordmann@Workplan.TEST " })).toEqual({
      email: "ola.nordmann@workplan.test",
    });
    for (const email of ["", "ola", "ola@", `${"a".repeat(250)}@x.no`, "a\u0000@b.no", 42, null])
      expect(errors(resetRequestSchema.safeParse({ email })), String(email)).toHaveProperty(
        "email",
      );
  });

  it("a password of 12 characters or more, typed twice alike", () => {
    expect(
      errors(linkPasswordSchema.safeParse({ newPassword: "kort", confirmPassword: "kort" })),
    ).toEqual({ newPassword: [{ key: "validation.tooShort", values: { min: 12 } }] });
    expect(
      errors(
        linkPasswordSchema.safeParse({
          newPassword: "Et langt passord",
          confirmPassword: "Et annet passord",
        }),
      ),
    ).toEqual({ confirmPassword: [{ key: "profile.password.errors.mismatch" }] });
    expect(
      errors(linkPasswordSchema.safeParse({ newPassword: ["a"], confirmPassword: {} })),
    ).toHaveProperty("newPassword");
  });
});

describe(`the link (${testBackend()})`, () => {
  it("leads to the form with its token in a cookie, and reading it changes nothing", async () => {
    const user = await member({ locale: "nb" });
    const token = await requestLink(user.email);
    const before = await accountState(user.id);
    const response = await open(token);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(NEW_PASSWORD_PATH);
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    const cookies = response.headers.getSetCookie();
    const link = cookies.find((c) => c.startsWith(`${LINK_COOKIE}=`));
    expect(link).toBe(
      `${LINK_COOKIE}=${token}; Path=/reset-password; Max-Age=1800; HttpOnly; SameSite=Lax`,
    );
    // A browser without a language of its own gets the account's.
    expect(cookies.some((c) => c.startsWith("NEXT_LOCALE=nb;"))).toBe(true);
    expect((await open(token, { cookie: "NEXT_LOCALE=ru" })).headers.getSetCookie()).toHaveLength(
      1,
    );
    expect(await accountState(user.id)).toEqual(before);
  });

  it("sets the password once: sessions end, the link is used up, the user is told", async () => {
    const user = await member();
    await t.db.update(s.users).set({ mustChangePassword: true }).where(eq(s.users.id, user.id));
    const session = {
      userId: user.id,
      sessionVersion: user.sessionVersion,
      signedInAt: Math.floor(Date.now() / 1000),
      nowSeconds: Math.floor(Date.now() / 1000),
      maxAgeSeconds: 3600,
    };
    expect(await loadViewer(t.db, session)).not.toBeNull();
    const token = await requestLink(user.email);
    const address = ip();

    const outcome = await setPasswordWithLink(
      t.db,
      token,
      { newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD },
      { ip: address },
    );
    expect(outcome).toEqual({ status: "saved", email: user.email, purpose: "reset" });
    const after = await row(user.id);
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(after.mustChangePassword).toBe(false);
    expect(await verifyPassword(after.passwordHash, NEW_PASSWORD)).toBe(true);
    // The session this browser or any other held has ended.
    expect(await loadViewer(t.db, session)).toBeNull();
    expect(await verifyCredentials(t.db, { email: user.email, password: NEW_PASSWORD })).not.toBe(
      null,
    );
    expect(await verifyCredentials(t.db, { email: user.email, password: OLD_PASSWORD })).toBe(null);

    const [audit] = await t.db
      .select()
      .from(s.auditEvents)
      .where(
        and(
          eq(s.auditEvents.action, "user.reset_password_by_link"),
          eq(s.auditEvents.actorId, user.id),
        ),
      );
    expect(audit).toMatchObject({ entityId: user.id, ip: address });
    const notices = await t.db
      .select({ kind: s.notifications.kind })
      .from(s.notifications)
      .where(eq(s.notifications.userId, user.id));
    expect(notices).toEqual([{ kind: "password_changed" }]);

    // Used: the link is gone (410), and a second try changes nothing.
    const used = await open(token);
    expect(used.status).toBe(410);
    expect(await used.text()).toContain("This link no longer works");
    const state = await accountState(user.id);
    expect(
      await setPasswordWithLink(
        t.db,
        token,
        { newPassword: "Et tredje passord her", confirmPassword: "Et tredje passord her" },
        { ip: ip() },
      ),
    ).toEqual({ status: "gone" });
    expect(await accountState(user.id)).toEqual(state);
  });

  it("does not mail a link that expired before its job ran", async () => {
    const user = await member();
    const asked = new Date(Date.now() - 31 * 60_000);
    await requestPasswordReset(t.db, { email: user.email, ip: ip() }, asked);
    const [link] = await t.db.select().from(s.linkTokens).where(eq(s.linkTokens.userId, user.id));
    expect(link?.expiresAt.getTime()).toBeLessThan(Date.now());
    // The job finds the link expired and sends nothing.
    expect(await deliver()).toEqual([]);
  });

  it("answers 404 to a forged or altered link, and 410 to an expired one, changing nothing", async () => {
    const user = await member();
    const fresh = await requestLink(user.email);
    // 30 minutes later: the link has expired.
    await t.db
      .update(s.linkTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(s.linkTokens.userId, user.id));
    const before = await accountState(user.id);
    const expired = await open(fresh, { "accept-language": "ru-RU,ru;q=0.9" });
    expect(expired.status).toBe(410);
    const page = await expired.text();
    expect(page).toContain('lang="ru"');
    expect(page).toContain("Эта ссылка больше не действует");
    expect(page).toContain('href="/reset-password"');
    const altered = `${fresh.slice(0, -1)}${fresh.endsWith("A") ? "B" : "A"}`;
    for (const bad of [altered, "A".repeat(43), "short", `${fresh}x`, "../../etc/passwd"]) {
      const response = await open(bad, { cookie: "NEXT_LOCALE=nb" });
      expect(response.status, bad).toBe(404);
      expect(await response.text()).toContain("Ukjent lenke");
      expect(
        await setPasswordWithLink(
          t.db,
          bad,
          { newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD },
          { ip: ip() },
        ),
      ).toEqual({ status: "unknown" });
    }
    expect(
      await setPasswordWithLink(
        t.db,
        fresh,
        { newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD },
        { ip: ip() },
      ),
    ).toEqual({ status: "gone" });
    expect(await accountState(user.id)).toEqual(before);
  });

  it("refuses the email address as the password, keeping the link for another try", async () => {
    const user = await member();
    const token = await requestLink(user.email);
    const before = await accountState(user.id);
    const email = user.email.toUpperCase();
    expect(
      await setPasswordWithLink(
        t.db,
        token,
        { newPassword: email, confirmPassword: email },
        { ip: ip() },
      ),
    ).toEqual({
      status: "refused",
      fieldErrors: { newPassword: [{ key: "profile.password.errors.equalsEmail" }] },
    });
    expect(await accountState(user.id)).toEqual(before);
    expect((await open(token)).status).toBe(303);
  });

  it("lets a user blocked from signing in by wrong passwords in again after the reset", async () => {
    const user = await member();
    await t.db.insert(s.signInThrottles).values({
      scope: "account",
      key: user.email,
      failures: 10,
      windowStartedAt: new Date(),
      blockedUntil: new Date(Date.now() + 15 * 60_000),
    });
    const token = await requestLink(user.email);
    await setPasswordWithLink(
      t.db,
      token,
      { newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD },
      { ip: ip() },
    );
    const left = await t.db
      .select()
      .from(s.signInThrottles)
      .where(and(eq(s.signInThrottles.scope, "account"), eq(s.signInThrottles.key, user.email)));
    expect(left).toEqual([]);
  });

  it("two submissions of one link at once: exactly one sets the password", async () => {
    const user = await member();
    const token = await requestLink(user.email);
    const outcomes = await Promise.all(
      ["Første passord, Vardø", "Andre passord, Bodø"].map((password) =>
        setPasswordWithLink(
          t.db,
          token,
          { newPassword: password, confirmPassword: password },
          { ip: ip() },
        ),
      ),
    );
    expect(outcomes.map((o) => o.status).sort()).toEqual(["gone", "saved"]);
    expect((await row(user.id)).sessionVersion).toBe(user.sessionVersion + 1);
  });
});

describe(`invitations (${testBackend()})`, () => {
  const newUserForm = (groupId: string, email: string) => ({
    email,
    name: "Ольга Смирнова",
    delegation: "RU",
    locale: "ru",
    position: "",
    memberships: [{ groupId, role: "delegate" }],
  });

  it("with mail on, a new user is invited to choose a password: no one-time password exists", async () => {
    setMailEnabled(true);
    const admin = await createUser(t.db, { isAdmin: true, email: "admin.invites@workplan.test" });
    const group = await createGroup(t.db);
    const email = "olga.smirnova@workplan.test";
    const result = await adminCreateUser.execute(
      t.db,
      asSessionUser(admin),
      newUserForm(group.id, email),
    );
    if (result.status !== "success") throw new Error(JSON.stringify(result));
    expect(result.data).toMatchObject({ email, initialPassword: null, invited: true });
    const user = await row(result.data.userId);
    expect(user.mustChangePassword).toBe(false);
    // Nobody can sign in until the invitation is used.
    expect(await verifyCredentials(t.db, { email, password: "workplan-demo" })).toBeNull();
    const [link] = await t.db.select().from(s.linkTokens).where(eq(s.linkTokens.userId, user.id));
    expect(link?.purpose).toBe("invite");
    const lifetime = (link?.expiresAt.getTime() ?? 0) - (link?.createdAt.getTime() ?? 0);
    expect(Math.abs(lifetime - 7 * 24 * 60 * 60_000)).toBeLessThan(5_000);
    const [audit] = await t.db
      .select()
      .from(s.auditEvents)
      .where(and(eq(s.auditEvents.action, "user.create"), eq(s.auditEvents.entityId, user.id)));
    expect(audit?.after).toMatchObject({ invited: true });

    const [mail] = await deliver();
    if (!mail) throw new Error("no invitation sent");
    expect(mail.to).toBe(email);
    expect(mail.subject).toBe("Ваша учётная запись в Workplan");
    expect(mail.text).toContain("Добро пожаловать в Workplan, Ольга Смирнова");
    expect(mail.text).toContain(`администратор ${admin.name}`);
    expect(mail.text).toContain(`Ваши рабочие группы: ${group.nameRu}.`);
    expect(mail.text).toContain("в течение 7 дней");
    const token = linkIn(mail);

    const response = await open(token);
    expect(response.status).toBe(303);
    expect(
      await setPasswordWithLink(
        t.db,
        token,
        { newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD },
        { ip: ip() },
      ),
    ).toEqual({ status: "saved", email, purpose: "invite" });
    expect(await verifyCredentials(t.db, { email, password: NEW_PASSWORD })).not.toBeNull();
    expect((await open(token)).status).toBe(410);
    const actions = await t.db
      .select({ action: s.auditEvents.action })
      .from(s.auditEvents)
      .where(eq(s.auditEvents.actorId, user.id));
    expect(actions).toEqual([{ action: "user.accept_invitation" }]);
    // Choosing one's first password is no "password changed" warning.
    expect(
      await t.db.select().from(s.notifications).where(eq(s.notifications.userId, user.id)),
    ).toEqual([]);
  });

  it("with mail off, today's one-time password flow stays: nothing is mailed", async () => {
    const admin = await createUser(t.db, { isAdmin: true });
    const group = await createGroup(t.db);
    await addMember(t.db, group.id, admin.id, "coordinator");
    const result = await adminCreateUser.execute(
      t.db,
      asSessionUser(admin),
      newUserForm(group.id, "one.time@workplan.test"),
    );
    if (result.status !== "success") throw new Error(JSON.stringify(result));
    expect(result.data.invited).toBe(false);
    expect(result.data.initialPassword).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    expect((await row(result.data.userId)).mustChangePassword).toBe(true);
    expect(await t.db.select().from(s.jobs)).toEqual([]);
    expect(
      await t.db.select().from(s.linkTokens).where(eq(s.linkTokens.userId, result.data.userId)),
    ).toEqual([]);
  });
});
