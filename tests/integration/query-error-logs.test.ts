import { inspect } from "node:util";
import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import * as s from "@/db/schema";
import { describeError, logUnexpected } from "@/lib/log";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import { createUser } from "../support/factories";

// Issue 18.6: a failed query's error carried its parameters (password hashes, sealed two-factor
// secrets, note text) in its message and properties, and was logged whole — by us and by Next,
// which prints an error a page or action throws. Now the error itself holds the statement and
// the code only, and the log line too.
const SECRET = "$argon2id$v=19$m=19456,t=2,p=1$c2VjcmV0LXNhbHQ$SECRET-HASH-do-not-log";

let t: TestDatabase;
const lines: string[] = [];
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.destroy();
});
afterEach(() => {
  vi.restoreAllMocks();
  lines.length = 0;
});

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the query to fail");
}

/** Everything that could reach a log: our line, and what Next or console.error would print. */
function everywhere(error: unknown): string {
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  logUnexpected("unexpected error in an action", error, { action: "test" });
  return [
    ...lines,
    JSON.stringify(describeError(error)),
    String(error),
    (error as Error).stack ?? "",
    inspect(error, { depth: 10 }),
    inspect(error, { depth: 10, showHidden: true }),
  ].join("\n");
}

describe(`query errors in logs (${testBackend()})`, () => {
  it("log the statement and the code of a failed insert, never its parameters", async () => {
    const user = await createUser(t.db);
    const error = await failure(
      t.db.insert(s.users).values({
        email: user.email,
        name: "Someone",
        delegation: "NO",
        locale: "nb",
        passwordHash: SECRET,
      }),
    );
    const text = everywhere(error);
    expect(text).not.toContain("SECRET-HASH");
    expect(text).toContain('insert into "users"');
    expect(JSON.parse(lines[0] ?? "{}").error).toMatchObject({ code: "23505" });
  });

  it("do the same inside a transaction, and for a value PostgreSQL quotes in its message", async () => {
    const inTransaction = await failure(
      t.db.transaction(async (tx) => {
        await tx.execute(sql`select ${SECRET}::uuid`);
      }),
    );
    const text = everywhere(inTransaction);
    expect(text).not.toContain("SECRET-HASH");
    expect(text).toContain("::uuid");
    expect(JSON.parse(lines[0] ?? "{}").error).toMatchObject({ code: "22P02" });
  });
});
