import { eq } from "drizzle-orm";
/**
 * Issue 18.5: a session cookie copied before "sign out" kept working for up to 12 hours. Now
 * every sign-in opens a session in the database, whose id rides in the cookie and is checked on
 * each request; signing out (Auth.js's signOut event) ends it, and so does "End session" on the
 * profile, which lists the user's open sessions with device, address and last use.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import * as s from "@/db/schema";
import { DEMO_PASSWORD } from "@/db/seed/demo-accounts";
import { endOwnSession } from "@/lib/account/actions";
import { describeDevice } from "@/lib/account/rules";
import { hashPassword } from "@/lib/auth/password";
import { openSessions, startSession } from "@/lib/auth/sessions";
import { PLAN_HOUR, SESSION_RECORD_DAYS, scheduleHandlers } from "@/lib/notifications/schedule";
import { PEER_ADDRESS_HEADER } from "@/lib/security/client-address";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import { asSessionUser, createUser } from "../support/factories";

type Config = {
  providers: { authorize: (credentials: unknown, request: Request) => Promise<unknown> }[];
  callbacks: {
    jwt: (a: { token: Record<string, unknown>; user?: unknown }) => Record<string, unknown>;
    session: (a: { session: object; token: Record<string, unknown> }) => object;
  };
  events: { signOut: (message: { token: Record<string, unknown> }) => Promise<void> };
};
/** What Auth.js was configured with, and the cookie the next request carries (decrypted). */
const auth = vi.hoisted(() => ({ config: null as unknown, cookie: null as object | null }));

vi.mock("next-auth", () => ({
  default: (config: unknown) => {
    auth.config = config;
    return { handlers: {}, auth: async () => auth.cookie, signIn: vi.fn(), signOut: vi.fn() };
  },
  CredentialsSignin: class extends Error {},
}));
vi.mock("next-auth/providers/credentials", () => ({ default: (options: unknown) => options }));

const slot = globalThis as { __workplanDatabase?: DatabaseHandle };
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  slot.__workplanDatabase = t;
});
afterAll(async () => {
  slot.__workplanDatabase = undefined;
  await t?.destroy();
});

const FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:135.0) Gecko/20100101 Firefox/135.0";

/** Signs in through the credentials provider as Auth.js would, returning the cookie's content. */
async function signIn(email: string, userAgent = FIREFOX) {
  const config = auth.config as Config;
  const request = new Request("http://workplan.test/api/auth/callback/credentials", {
    method: "POST",
    headers: { "user-agent": userAgent, [PEER_ADDRESS_HEADER]: "198.51.100.21" },
  });
  const user = await config.providers[0]?.authorize({ email, password: DEMO_PASSWORD }, request);
  expect(user).toBeTruthy();
  const token = config.callbacks.jwt({ token: {}, user });
  return { token, cookie: config.callbacks.session({ session: { user: {} }, token }) };
}

describe(`sessions kept in the database (${testBackend()})`, () => {
  it("ends on sign-out: the same cookie, copied before, no longer signs anyone in", async () => {
    const { getViewer } = await import("@/lib/auth/session");
    const user = await createUser(t.db, { passwordHash: await hashPassword(DEMO_PASSWORD) });
    const { token, cookie } = await signIn(user.email);
    auth.cookie = cookie;
    expect((await getViewer())?.user.id).toBe(user.id);

    await (auth.config as Config).events.signOut({ token });
    auth.cookie = cookie; // a copy of the cookie from before
    expect(await getViewer()).toBeNull();
  });

  it("lists the open sessions with device and address, and ends another one from the profile", async () => {
    const { getViewer } = await import("@/lib/auth/session");
    const user = await createUser(t.db, { passwordHash: await hashPassword(DEMO_PASSWORD) });
    const laptop = await signIn(user.email);
    const phone = await signIn(
      user.email,
      "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1",
    );
    const open = await openSessions(t.db, user.id);
    expect(open.map((s) => describeDevice(s.userAgent)).sort()).toEqual([
      "Firefox · Windows",
      "Safari · iOS",
    ]);
    expect(open.every((s) => s.ip === "198.51.100.21")).toBe(true);

    // From the laptop, end the phone's session: the phone's cookie stops working at once.
    const phoneId = (phone.cookie as { sessionId: string }).sessionId;
    expect(
      await endOwnSession.execute(t.db, asSessionUser(user), { sessionId: phoneId }),
    ).toMatchObject({ status: "success" });
    auth.cookie = phone.cookie;
    expect(await getViewer()).toBeNull();
    auth.cookie = laptop.cookie;
    expect((await getViewer())?.user.id).toBe(user.id);
    expect((await openSessions(t.db, user.id)).map((s) => s.id)).toEqual([
      (laptop.cookie as { sessionId: string }).sessionId,
    ]);

    // Someone else's session id ends nothing.
    const other = await createUser(t.db, { passwordHash: await hashPassword(DEMO_PASSWORD) });
    const theirs = await signIn(other.email);
    expect(
      await endOwnSession.execute(t.db, asSessionUser(user), {
        sessionId: (theirs.cookie as { sessionId: string }).sessionId,
      }),
    ).toMatchObject({ status: "error", code: "not_found" });
  });

  it("refuses a cookie without a session id (issued before sessions were kept)", async () => {
    const { getViewer } = await import("@/lib/auth/session");
    const user = await createUser(t.db, { passwordHash: await hashPassword(DEMO_PASSWORD) });
    const { cookie } = await signIn(user.email);
    auth.cookie = { ...cookie, sessionId: null };
    expect(await getViewer()).toBeNull();
  });

  it("forgets a session's record a week after it began, in the nightly clean-up", async () => {
    const user = await createUser(t.db);
    const old = await startSession(t.db, {
      userId: user.id,
      sessionVersion: 0,
      ip: "192.0.2.1",
      userAgent: null,
    });
    const recent = await startSession(t.db, {
      userId: user.id,
      sessionVersion: 0,
      ip: "192.0.2.2",
      userAgent: null,
    });
    const at = new Date("2030-01-15T03:00:00Z");
    const dayMs = 24 * 60 * 60_000;
    await t.db
      .update(s.userSessions)
      .set({ createdAt: new Date(at.getTime() - (SESSION_RECORD_DAYS + 1) * dayMs) })
      .where(eq(s.userSessions.id, old));
    await t.db
      .update(s.userSessions)
      .set({ createdAt: new Date(at.getTime() - dayMs) })
      .where(eq(s.userSessions.id, recent));
    const planHour = scheduleHandlers({ mail: false })[PLAN_HOUR];
    await planHour?.({ payload: { at: at.toISOString() } } as never, { db: t.db });
    const left = await t.db
      .select({ id: s.userSessions.id })
      .from(s.userSessions)
      .where(eq(s.userSessions.userId, user.id));
    expect(left.map((r) => r.id)).toEqual([recent]);
  });
});
