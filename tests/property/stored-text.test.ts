import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GuardedAction } from "@/lib/actions/guard";
import { isStorableText } from "@/lib/validation";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import { hostileText, longText } from "./arbitraries";
import { CATALOGUE, expectedText, type TextField } from "./catalogue";
import { answerProblems, brief, discoverActions, holds } from "./oracle";
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

/** Hostile text of any length, and text of about the field's limit. */
function textFor(field: TextField): fc.Arbitrary<string> {
  const nearLimit = fc
    .tuple(hostileText, fc.integer({ min: field.max - 2, max: field.max + 2 }))
    .map(([seed, length]) => {
      const unit = seed.trim() || "ø";
      return `x${unit.repeat(Math.ceil(length / unit.length))}`.slice(0, length);
    });
  return fc.oneof(
    { weight: 8, arbitrary: hostileText },
    { weight: 1, arbitrary: longText },
    { weight: 2, arbitrary: nearLimit },
  );
}

const textActions = Object.entries(CATALOGUE).flatMap(([name, entry]) =>
  entry.text ? [name] : [],
);

describe(`free text is stored as typed, or refused on its field (${testBackend()})`, () => {
  it.each(textActions)(
    "%s",
    async (name) => {
      const action = actions.get(name);
      const text = CATALOGUE[name]?.text;
      if (!action || !text) throw new Error(`${name} stores no text`);
      const cases = fc
        .constantFrom(...Object.keys(text.fields))
        .chain((field) => fc.tuple(fc.constant(field), textFor(text.fields[field] as TextField)));
      let stored = 0;
      await holds(
        name,
        fc.asyncProperty(cases, async ([field, typed]) => {
          const spec = text.fields[field] as TextField;
          const input = await text.input(w);
          if (spec.put) spec.put(input, typed);
          else input[field] = typed;
          const answer = await action.execute(w.db, w.actor, input);
          const problems = answerProblems(answer, input);
          if (problems.length) throw new Error(`${problems.join("\n")}\nanswer: ${brief(answer)}`);
          const expected = expectedText(spec, typed);
          const acceptable =
            isStorableText(typed) &&
            // zod measures strings in code points, not UTF-16 units.
            [...(expected ?? "")].length <= spec.max &&
            (expected !== null || !spec.required);
          if (answer.status === "success") {
            if (!acceptable) throw new Error(`accepted ${brief(typed)} in ${field}`);
            const value = await text.stored(w, answer.data, field, input);
            if (value !== expected)
              throw new Error(`${field}: typed ${brief(typed)}, stored ${brief(value)}`);
            stored++;
            return;
          }
          if (answer.status !== "error") throw new Error(`unexpected answer ${brief(answer)}`);
          const names = spec.errorFields ?? [field];
          const onField = Object.keys(answer.fieldErrors ?? {}).some((key) =>
            names.some((name) => key === name || key.startsWith(`${name}.`)),
          );
          if (answer.code !== "validation" || !onField)
            throw new Error(`${field}: refused ${brief(typed)} with ${brief(answer)}`);
          if (acceptable)
            throw new Error(`${field}: refused acceptable ${brief(typed)}: ${brief(answer)}`);
        }),
      );
      expect(stored, `${name} never succeeded`).toBeGreaterThan(0);
    },
    120_000,
  );
});
