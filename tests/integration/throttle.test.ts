import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { authenticate } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { clientIp, countFailure, failureCount, LIMITS } from "@/lib/auth/throttle";
import { PEER_ADDRESS_HEADER } from "@/lib/security/client-address";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import { createUser } from "../support/factories";

let t: TestDatabase;
let passwordHash: string;
const PASSWORD = "Kirkenes-januar-2016";
const T0 = new Date("2026-03-15T09:00:00Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const MINUTE = 60;

beforeAll(async () => {
  t = await createTestDatabase();
  passwordHash = await hashPassword(PASSWORD);
});
afterAll(async () => {
  await t?.destroy();
});

const unique = () => randomBytes(4).toString("hex");
/** A documentation address (RFC 5737) of its own for each test, so address limits stay apart. */
const newIp = () => `203.0.113.${1 + (randomBytes(1)[0] ?? 0)}-${unique()}`;
const delegate = () =>
  createUser(t.db, { passwordHash, email: `delegate-${unique()}@workplan.test` });

const attempt = (email: string, password: string, ip: string, when: Date) =>
  authenticate(t.db, { email, password }, { ip, now: when });

const auditFor = (entityId: string) =>
  t.db.select().from(s.auditEvents).where(eq(s.auditEvents.entityId, entityId));

describe(`sign-in throttling per account (${testBackend()})`, () => {
  it("refuses the 11th attempt in 15 minutes, even with the right password, until the wait is over", async () => {
    const user = await delegate();
    const ip = newIp();
    for (let i = 0; i < 10; i++)
      expect(await attempt(user.email, "wrong-password", ip, at(i * 10))).toEqual({
        status: "invalid",
      });
    expect(await failureCount(t.db, "account", user.email)).toBe(10);

    const eleventh = await attempt(user.email, "wrong-password", ip, at(2 * MINUTE));
    expect(eleventh).toEqual({ status: "throttled", retryAfterSeconds: 15 * MINUTE });
    // The right password is refused without being checked while the wait lasts.
    expect(await attempt(user.email, PASSWORD, ip, at(7 * MINUTE))).toEqual({
      status: "throttled",
      retryAfterSeconds: 10 * MINUTE,
    });
    expect(await attempt(user.email, PASSWORD, ip, at(17 * MINUTE - 1))).toMatchObject({
      status: "throttled",
      retryAfterSeconds: 1,
    });
    // Attempts during the wait do not extend it: the block always ends.
    expect(await attempt(user.email, PASSWORD, ip, at(17 * MINUTE))).toMatchObject({
      status: "ok",
      method: "password",
    });
  });

  it("treats an email without an account exactly like one with an account", async () => {
    const email = `nobody-${unique()}@workplan.test`;
    const ip = newIp();
    for (let i = 0; i < 10; i++)
      expect(await attempt(email, "guess", ip, at(i))).toEqual({ status: "invalid" });
    expect(await attempt(email, "guess", ip, at(30))).toEqual({
      status: "throttled",
      retryAfterSeconds: 15 * MINUTE,
    });
  });

  it("normalises the email: case and spaces do not make a new counter", async () => {
    const user = await delegate();
    const ip = newIp();
    for (let i = 0; i < 10; i++)
      await attempt(i % 2 ? ` ${user.email.toUpperCase()} ` : user.email, "wrong", ip, at(i));
    expect(await attempt(user.email.toUpperCase(), PASSWORD, ip, at(20))).toMatchObject({
      status: "throttled",
    });
  });

  it("resets the account's counter on a successful sign-in", async () => {
    const user = await delegate();
    const ip = newIp();
    for (let i = 0; i < 9; i++) await attempt(user.email, "wrong", ip, at(i));
    expect(await attempt(user.email, PASSWORD, ip, at(20))).toMatchObject({ status: "ok" });
    expect(await failureCount(t.db, "account", user.email)).toBe(0);
    for (let i = 0; i < 10; i++)
      expect(await attempt(user.email, "wrong", ip, at(30 + i))).toEqual({ status: "invalid" });
    expect(await attempt(user.email, PASSWORD, ip, at(60))).toMatchObject({ status: "throttled" });
  });

  it("lets counters expire: failures spread over more than 15 minutes never block", async () => {
    const user = await delegate();
    const ip = newIp();
    for (let i = 0; i < 9; i++) await attempt(user.email, "wrong", ip, at(i));
    // A new window begins once the first one is over.
    for (let i = 0; i < 9; i++)
      expect(await attempt(user.email, "wrong", ip, at(15 * MINUTE + i))).toEqual({
        status: "invalid",
      });
    expect(await failureCount(t.db, "account", user.email)).toBe(9);
    expect(await attempt(user.email, PASSWORD, ip, at(15 * MINUTE + 30))).toMatchObject({
      status: "ok",
    });
  });
});

describe(`sign-in throttling per address (${testBackend()})`, () => {
  it("refuses an address after 50 failures across many accounts, for 15 minutes", async () => {
    const ip = newIp();
    const victim = await delegate();
    for (let i = 0; i < LIMITS.ip.maxFailures; i++)
      expect(
        await attempt(`sprayed-${i}-${unique()}@workplan.test`, "Summer2026!", ip, at(i)),
      ).toEqual({ status: "invalid" });
    expect(await failureCount(t.db, "ip", ip)).toBe(50);

    // From that address nobody gets in, not even with the right password …
    expect(await attempt(victim.email, PASSWORD, ip, at(2 * MINUTE))).toMatchObject({
      status: "throttled",
    });
    // … while the same account signs in from anywhere else, and the address's refusals did not
    // count against the account.
    expect(await failureCount(t.db, "account", victim.email)).toBe(0);
    expect(await attempt(victim.email, PASSWORD, newIp(), at(2 * MINUTE))).toMatchObject({
      status: "ok",
    });
    // The block ends 15 minutes after the 50th failure.
    expect(await attempt(victim.email, PASSWORD, ip, at(49 + 15 * MINUTE))).toMatchObject({
      status: "ok",
    });
  });

  it("counts the connection's address, never an X-Forwarded-For the client wrote (issue 18.2)", () => {
    // The rules in full: tests/unit/client-address.test.ts.
    const headers = (entries: Record<string, string>) => new Headers(entries);
    expect(
      clientIp(headers({ [PEER_ADDRESS_HEADER]: "198.51.100.7", "x-forwarded-for": "10.0.0.1" })),
    ).toBe("198.51.100.7");
    expect(clientIp(headers({ "x-forwarded-for": "198.51.100.8" }))).toBe("unknown");
  });
});

describe(`concurrent attempts are counted exactly (${testBackend()})`, () => {
  it("counts 20 simultaneous failures as 20", async () => {
    const ip = newIp();
    const email = `burst-${unique()}@workplan.test`;
    await Promise.all(Array.from({ length: 20 }, () => countFailure(t.db, "ip", ip, at(0))));
    await Promise.all(
      Array.from({ length: 20 }, () => countFailure(t.db, "account", email, at(0))),
    );
    expect(await failureCount(t.db, "ip", ip)).toBe(20);
    expect(await failureCount(t.db, "account", email)).toBe(20);
  });

  it("counts 20 simultaneous wrong passwords for different accounts from one address as 20", async () => {
    const ip = newIp();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        attempt(`many-${i}-${unique()}@workplan.test`, "wrong", ip, at(1)),
      ),
    );
    expect(results.every((r) => r.status === "invalid")).toBe(true);
    expect(await failureCount(t.db, "ip", ip)).toBe(20);
  });

  it("lets only 10 of 20 simultaneous guesses at one account reach the password check", async () => {
    const user = await delegate();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => attempt(user.email, "wrong", newIp(), at(1))),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((status) => status === "invalid")).toHaveLength(10);
    expect(statuses.filter((status) => status === "throttled")).toHaveLength(10);
    expect(await failureCount(t.db, "account", user.email)).toBe(10);
    const audit = await auditFor(user.id);
    expect(audit.filter((row) => row.action === "auth.sign_in_failed")).toHaveLength(10);
    expect(audit.filter((row) => row.action === "auth.sign_in_throttled")).toHaveLength(10);
  });
});

describe(`the audit log of sign-ins (${testBackend()})`, () => {
  it("records failures, refusals and successes with the address, never the password", async () => {
    const user = await delegate();
    const ip = newIp();
    await attempt(user.email, "secret-guess-1", ip, at(0));
    await attempt(user.email, PASSWORD, ip, at(1));
    for (let i = 0; i < 10; i++) await attempt(user.email, "secret-guess-2", ip, at(2 + i));
    await attempt(user.email, PASSWORD, ip, at(20));

    const rows = await auditFor(user.id);
    expect(rows.map((row) => row.action).sort()).toEqual(
      [
        "auth.sign_in",
        "auth.sign_in_failed",
        ...Array(10).fill("auth.sign_in_failed"),
        "auth.sign_in_throttled",
      ].sort(),
    );
    expect(rows.every((row) => row.entityType === "user" && row.ip === ip)).toBe(true);
    const success = rows.find((row) => row.action === "auth.sign_in");
    expect(success).toMatchObject({ actorId: user.id, after: { method: "password" } });
    expect(rows.find((row) => row.action === "auth.sign_in_failed")).toMatchObject({
      actorId: null,
      after: { reason: "password" },
    });
    expect(rows.find((row) => row.action === "auth.sign_in_throttled")).toMatchObject({
      after: { limit: "account", retryAfterSeconds: 15 * MINUTE },
    });
    const text = JSON.stringify(rows);
    for (const secret of [PASSWORD, "secret-guess-1", "secret-guess-2"])
      expect(text).not.toContain(secret);
  });

  it("names an address without an account by its email", async () => {
    const email = `unknown-${unique()}@workplan.test`;
    await attempt(email, "guess", newIp(), at(0));
    const [row] = await t.db
      .select()
      .from(s.auditEvents)
      .where(and(eq(s.auditEvents.entityType, "account"), eq(s.auditEvents.entityId, email)));
    expect(row).toMatchObject({ action: "auth.sign_in_failed", actorId: null });
  });
});
