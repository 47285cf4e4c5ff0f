import { describe, expect, it } from "vitest";
import { sessionIsValid } from "@/lib/auth/session-user";

const token = { sessionVersion: 3, signedInAt: 1_000, nowSeconds: 2_000, maxAgeSeconds: 12 * 3600 };

describe("sessionIsValid", () => {
  it("accepts an active user whose session version matches", () => {
    expect(sessionIsValid({ active: true, sessionVersion: 3 }, token)).toBe(true);
  });

  it("ends the session of a deactivated user", () => {
    expect(sessionIsValid({ active: false, sessionVersion: 3 }, token)).toBe(false);
  });

  it("ends sessions when the version was bumped (password change, sessions ended by an admin)", () => {
    expect(sessionIsValid({ active: true, sessionVersion: 4 }, token)).toBe(false);
  });

  it("ends a session after 12 hours however active it was", () => {
    expect(
      sessionIsValid(
        { active: true, sessionVersion: 3 },
        { ...token, nowSeconds: 1_000 + 12 * 3600 },
      ),
    ).toBe(false);
  });

  it("refuses a user who no longer exists", () => {
    expect(sessionIsValid(undefined, token)).toBe(false);
  });
});
