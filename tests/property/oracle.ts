import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { IntlMessageFormat } from "intl-messageformat";
import type { GuardedAction } from "@/lib/actions/guard";
import { ERRORS, type MessageRef } from "@/lib/errors";
import { INTL_LOCALE, LOCALES } from "@/lib/i18n/locales";

/*
 * What every answer to bad input must be: an answer (never an exception), in words every
 * language has, and without a trace of the machinery behind it.
 */

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ""): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value]] : flatten(value, `${prefix}${key}.`),
  );
const catalogues = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    new Map(flatten(JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")) as Tree)),
  ]),
);

/** Problems with a message reference: a key some language lacks, or values it cannot format with. */
export function untranslated(ref: MessageRef): string[] {
  const problems: string[] = [];
  for (const locale of LOCALES) {
    const message = catalogues[locale]?.get(ref.key);
    if (message === undefined) {
      problems.push(`${ref.key} missing in messages/${locale}.json`);
      continue;
    }
    try {
      new IntlMessageFormat(message, INTL_LOCALE[locale]).format(ref.values ?? {});
    } catch (error) {
      problems.push(
        `${ref.key} (${locale}) does not format with ${JSON.stringify(ref.values)}: ${error}`,
      );
    }
  }
  return problems;
}

/** Every message reference in an answer: its message, its field errors, and problems in its data. */
export function messageRefs(value: unknown, found: MessageRef[] = []): MessageRef[] {
  if (Array.isArray(value)) {
    for (const item of value) messageRefs(item, found);
  } else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      const isRef =
        child && typeof child === "object" && typeof (child as { key?: unknown }).key === "string";
      if (key === "message" && isRef) found.push(child as MessageRef);
      else if (key === "fieldErrors" && child && typeof child === "object")
        for (const refs of Object.values(child)) found.push(...(refs as MessageRef[]));
      else messageRefs(child, found);
    }
  }
  return found;
}

/** Every string in a value (keys too), JSON inside strings included. */
export function stringsOf(value: unknown, found: string[] = []): string[] {
  if (typeof value === "string") {
    found.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) stringsOf(item, found);
  } else if (value && typeof value === "object" && !(value instanceof Blob)) {
    for (const [key, child] of Object.entries(value)) {
      found.push(key);
      stringsOf(child, found);
    }
  }
  return found;
}

/** What must never reach a browser: the database, the driver, SQL, stack traces. */
const INTERNALS: [string, RegExp][] = [
  ["drizzle", /drizzle/i],
  ["postgres", /postgres/i],
  ["pglite", /pglite/i],
  ["relation", /\brelation\b/i],
  ["syntax error", /syntax error/i],
  ["constraint", /constraint|violates|duplicate key/i],
  ["invalid input", /invalid input|invalid byte sequence|out of range for type/i],
  ["SQL", /\b(select\b[\s\S]{0,200}?\bfrom|insert\s+into|delete\s+from|update\s+\S+\s+set)\b/i],
  ["stack", /\n\s+at\s|node_modules|\.ts:\d+:\d+/],
  [
    "error class",
    /\b(TypeError|RangeError|ReferenceError|SyntaxError|DatabaseError|PostgresError)\b/,
  ],
];

/** Every string typed so far in this test file (shortened): answers may echo stored input. */
const typedSoFar = new Set<string>();

/**
 * Internals an answer shows. A match only counts when no input so far holds it: text someone
 * typed ("select … from …", stored by an earlier run) may be echoed back, the database's
 * words may not.
 */
export function leaks(answer: unknown, input: unknown): string[] {
  // Internals come in short messages; the cap keeps the patterns linear on megabyte input.
  for (const text of stringsOf(input)) typedSoFar.add(text.slice(0, 2_000));
  const shown = stringsOf(answer).map((text) => text.slice(0, 20_000));
  const found: string[] = [];
  for (const [name, pattern] of INTERNALS) {
    for (const text of shown) {
      const match = pattern.exec(text)?.[0];
      if (match === undefined) continue;
      if ([...typedSoFar].some((typed) => typed.includes(match))) continue;
      found.push(`${name}: ${text.slice(0, 200)}`);
      break;
    }
  }
  return found;
}

export type Answer = Awaited<ReturnType<GuardedAction<never, unknown>["execute"]>>;

/** Everything wrong with an action's answer to some input; empty when it is a proper answer. */
export function answerProblems(answer: Answer, input: unknown): string[] {
  const problems: string[] = [];
  if (answer.status === "error") {
    if (!(answer.code in ERRORS)) problems.push(`unknown error code ${answer.code}`);
    // A 500 in disguise: the guard turns what it did not expect into "internal".
    if (answer.code === "internal") problems.push("bad input answered as an internal error (500)");
    // The database is up: "unavailable" would mean an input error was taken for an outage.
    if (answer.code === "unavailable") problems.push("bad input answered as an outage");
    if (!answer.message?.key) problems.push("error without a message");
  } else if (answer.status !== "success") {
    problems.push(`unexpected status ${(answer as { status: string }).status}`);
  }
  for (const ref of messageRefs(answer)) problems.push(...untranslated(ref));
  problems.push(...leaks(answer, input));
  return problems;
}

/** A short, printable form of a value that may hold a million characters. */
export function brief(value: unknown, max = 600): string {
  let text: string;
  try {
    text = JSON.stringify(value, (_, v) => (typeof v === "bigint" ? `${v}n` : v)) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
}

/** The guarded actions the lib/ modules export, found by what they are rather than listed. */
export async function discoverActions(): Promise<Map<string, GuardedAction<never, unknown>>> {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? files(join(dir, entry.name))
        : entry.name.endsWith(".ts")
          ? [join(dir, entry.name)]
          : [],
    );
  const actions = new Map<string, GuardedAction<never, unknown>>();
  for (const file of files("lib")) {
    if (!readFileSync(file, "utf8").includes("defineAction(")) continue;
    const module: Record<string, unknown> = await import(/* @vite-ignore */ resolve(file));
    for (const value of Object.values(module)) {
      const action = value as Partial<GuardedAction<never, unknown>> | null;
      const name = action?.definition?.name;
      if (typeof name !== "string" || typeof action?.execute !== "function") continue;
      const known = actions.get(name);
      if (known && known !== action) throw new Error(`two guarded actions are named ${name}`);
      actions.set(name, action as GuardedAction<never, unknown>);
    }
  }
  return actions;
}

/** The fixed seed (override with WORKPLAN_PROPERTY_SEED to explore), printed on any failure. */
export const SEED = Number(process.env.WORKPLAN_PROPERTY_SEED ?? 20180315);
/** Runs per property: sized for the suite to stay well under two minutes per backend. */
export const RUNS = Number(process.env.WORKPLAN_PROPERTY_RUNS ?? 20);
/** Runs per field when each field of an input is tried on its own. */
export const FIELD_RUNS = RUNS;
fc.configureGlobal({ seed: SEED, numRuns: RUNS });

/** The seed of one property: the run's seed mixed with the property's name (FNV-1a). */
export function propertySeed(name: string): number {
  let hash = 0x811c9dc5 ^ SEED;
  for (const char of name) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return hash | 0;
}

/** Runs a property; a failure names the seed, the path and a shortened counterexample. */
export async function holds<T>(
  name: string,
  property: fc.IAsyncProperty<T> | fc.IProperty<T>,
  parameters: fc.Parameters<T> = {},
): Promise<void> {
  // Each property draws its own values (a seed of its own, derived from the run's): with one
  // seed for all, every action would be tried with the very same twenty texts.
  const seed = parameters.seed ?? propertySeed(name);
  const details = await fc.check(property as fc.IAsyncProperty<T>, { ...parameters, seed });
  if (!details.failed) return;
  const example = details.counterexample ? brief(details.counterexample, 2000) : "none";
  const cause =
    details.errorInstance instanceof Error
      ? details.errorInstance.message
      : String(details.errorInstance);
  throw new Error(
    `property "${name}" failed after ${details.numRuns} runs (run seed ${SEED}, property seed ${details.seed}, ` +
      `path "${details.counterexamplePath}"; rerun with WORKPLAN_PROPERTY_SEED=${SEED})\n` +
      `counterexample: ${example}\n${cause.slice(0, 3000)}`,
  );
}
