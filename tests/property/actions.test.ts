import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GuardedAction } from "@/lib/actions/guard";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import { hostileValue, hostileValueFor, wrongType } from "./arbitraries";
import { CATALOGUE } from "./catalogue";
import { answerProblems, brief, discoverActions, FIELD_RUNS, holds } from "./oracle";
import { buildWorld, type World } from "./world";

let t: TestDatabase;
let w: World;
let actions: Map<string, GuardedAction<never, unknown>>;

beforeAll(async () => {
  t = await createTestDatabase();
  w = await buildWorld(t.db);
  actions = await discoverActions();
});
afterAll(async () => {
  await t?.destroy();
});

/** Keys a crafted request might add: prototype tricks and fields the form never sends. */
const EXTRA_KEYS = ["__proto__", "constructor", "toString", "isAdmin", "groupId", "id", "version"];

/** What a run does to the valid input: replace some fields, or send something else entirely. */
type Mutation = { fields: Record<string, unknown> } | { raw: unknown };

/** One or more fields replaced by hostile values, sometimes extra keys; now and then no object. */
function mutations(keys: string[], knownIds: readonly string[]): fc.Arbitrary<Mutation> {
  const replaced = fc.record(
    Object.fromEntries(keys.map((key) => [key, hostileValueFor(key, knownIds)])),
    { requiredKeys: [] },
  );
  const extra = fc.dictionary(fc.constantFrom(...EXTRA_KEYS), hostileValue(knownIds), {
    maxKeys: 2,
  });
  return fc.oneof(
    {
      weight: 8,
      arbitrary: fc
        .tuple(replaced, fc.option(extra, { freq: 4 }))
        .map(([fields, added]) => ({ fields: { ...fields, ...added } })),
    },
    { weight: 1, arbitrary: hostileValue(knownIds).map((raw) => ({ raw })) },
    { weight: 1, arbitrary: wrongType.map((raw) => ({ raw })) },
  );
}

describe(`every guarded action answers any input (${testBackend()})`, () => {
  it("the catalogue below covers every guarded action the lib/ modules export, and only those", () => {
    const missing = [...actions.keys()].filter((name) => !(name in CATALOGUE));
    const gone = Object.keys(CATALOGUE).filter((name) => !actions.has(name));
    expect({ missing, gone }).toEqual({ missing: [], gone: [] });
    expect(actions.size).toBeGreaterThanOrEqual(58);
  });

  it.each(Object.keys(CATALOGUE))(
    "%s: never throws, answers in every language, shows no internals",
    async (name) => {
      const action = actions.get(name);
      const entry = CATALOGUE[name];
      if (!action || !entry) throw new Error(`${name} is not a guarded action`);
      const check = async (input: unknown) => {
        let answer: Awaited<ReturnType<typeof action.execute>>;
        try {
          answer = await action.execute(w.db, w.actor, input);
        } catch (error) {
          throw new Error(`threw ${error instanceof Error ? error.stack : error}`);
        }
        const problems = answerProblems(answer, input);
        if (problems.length) throw new Error(`${problems.join("\n")}\nanswer: ${brief(answer)}`);
      };
      const input = async (mutation: Mutation) =>
        "raw" in mutation ? mutation.raw : { ...(await entry.input(w)), ...mutation.fields };
      // Every field on its own, with what is most likely to break it, among valid fields.
      for (const field of Object.keys(await entry.input(w)))
        await holds(
          `${name}.${field}`,
          fc.asyncProperty(hostileValueFor(field, w.knownIds), async (value) =>
            check(await input({ fields: { [field]: value } })),
          ),
          { numRuns: FIELD_RUNS },
        );
      // Then several fields at once, extra keys, and inputs that are no object at all.
      const keys = Object.keys(await entry.input(w));
      await holds(
        name,
        fc.asyncProperty(mutations(keys, w.knownIds), async (mutation) =>
          check(await input(mutation)),
        ),
      );
    },
    120_000,
  );
});
