/**
 * Issue 18.4: the current-password check of the profile's password change could be guessed
 * without limit by whoever held a session. It now counts against the sign-in throttle, like
 * sign-in and disabling two-factor: ten wrong guesses for the account, and the eleventh attempt
 * is refused unchecked — even with the right password — until the wait is over.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import * as s from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { failureCount } from "@/lib/auth/throttle";
import type { Viewer } from "@/lib/auth/viewer";
import { PEER_ADDRESS_HEADER } from "@/lib/security/client-address";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import { createUser } from "../support/factories";

const session = vi.hoisted(() => ({ userId: null as string | null, version: 0 }));

vi.mock("next/headers", () => ({
  headers: async () => new Headers({ [PEER_ADDRESS_HEADER]: "198.51.100.44" }),
  cookies: async () => ({ get: () => undefined, set: () => {} }),
}));
vi.mock("@/lib/auth/sign-in-again", () => ({ signInAgain: async () => {} }));
vi.mock("@/lib/auth/session", async () => {
  const viewer = await import("@/lib/auth/viewer");
  const { getDb } = await import("@/lib/server/db");
  const getViewer = async (): Promise<Viewer | null> => {
    if (!session.userId) return null;
    const nowSeconds = Math.floor(Date.now() / 1000);
    return viewer.loadViewer(getDb(), {
      userId: session.userId,
      sessionVersion: session.version,
      signedInAt: nowSeconds,
      nowSeconds,
      maxAgeSeconds: 3600,
    });
  };
  return {
    getViewer,
    getSessionUser: async () => (await getViewer())?.user ?? null,
    pendingAccountStep: viewer.pendingAccountStep,
    PASSWORD_CHANGE_PATH: viewer.PASSWORD_CHANGE_PATH,
    TWO_FACTOR_PATH: viewer.TWO_FACTOR_PATH,
  };
});

const slot = globalThis as { __workplanDatabase?: DatabaseHandle };
let t: TestDatabase;
const CURRENT = "K7QM-3XTA-PW9R-E4HN";

beforeAll(async () => {
  t = await createTestDatabase();
  slot.__workplanDatabase = t;
});
afterAll(async () => {
  slot.__workplanDatabase = undefined;
  await t?.destroy();
});

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

describe(`the password change under the sign-in throttle (${testBackend()})`, () => {
  it("refuses the eleventh guess of the current password unchecked", async () => {
    const user = await createUser(t.db, { passwordHash: await hashPassword(CURRENT) });
    session.userId = user.id;
    session.version = user.sessionVersion;
    const { changePasswordAction } = await import("@/lib/account/form-actions");
    const attempt = (current: string) =>
      changePasswordAction(
        { status: "idle" } as never,
        form({
          currentPassword: current,
          newPassword: "Varangerfjord-2018-ny",
          confirmPassword: "Varangerfjord-2018-ny",
        }),
      );
    for (let i = 0; i < 10; i++)
      expect(await attempt(`wrong-guess-${i}`)).toMatchObject({
        status: "error",
        code: "validation",
      });
    // The eleventh — even the right password — is not checked.
    expect(await attempt(CURRENT)).toMatchObject({
      status: "error",
      code: "throttled",
      message: { key: "auth.throttled" },
    });
    const [row] = await t.db.select().from(s.users).where(eq(s.users.id, user.id));
    expect(row?.passwordHash).toBe(user.passwordHash);
    // The wrong guesses counted against the address as well, as for sign-in.
    expect(await failureCount(t.db, "ip", "198.51.100.44")).toBe(10);
  });
});
