/**
 * The API under hostile input (issue 16): fuzzed query parameters, path segments, headers and
 * bodies never produce a 500; every refusal is a problem document in the language asked for,
 * and every answer matches the OpenAPI document (tests/support/api.ts checks each one).
 */

import { eq } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import * as s from "@/db/schema";
import { type ApiCall, apiToken, callApi } from "../support/api";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import { hostileText, hostileValue } from "./arbitraries";
import { buildWorld, type World } from "./world";

vi.mock("@/lib/auth/session", () => ({ getViewer: async () => null }));

const slot = globalThis as { __workplanDatabase?: DatabaseHandle };
let t: TestDatabase;
let w: World;
let token: string;
let readToken: string;

beforeAll(async () => {
  t = await createTestDatabase();
  slot.__workplanDatabase = t;
  w = await buildWorld(t.db);
  token = await apiToken(t.db, w.ids.coordinatorNo, "write");
  readToken = await apiToken(t.db, w.ids.observer, "read");
});
afterAll(async () => {
  slot.__workplanDatabase = undefined;
  await t?.destroy();
});

const RUNS = { numRuns: 40 };

/** What a write to the project leaves: its updates, comments and audit events. */
async function written(projectId: string) {
  const counts = await Promise.all([
    t.db.$count(s.statusUpdates, eq(s.statusUpdates.projectId, projectId)),
    t.db.$count(s.comments, eq(s.comments.projectId, projectId)),
    t.db.$count(s.auditEvents, eq(s.auditEvents.entityId, projectId)),
    t.db.$count(s.idempotencyKeys),
  ]);
  return counts;
}
const LANGUAGE: Record<string, RegExp> = { ru: /[а-яё]/i, nb: /./, en: /./ };

/** No 500; a refusal is translated problem details in the requested language. */
function holdsUp(call: ApiCall, lang: string) {
  expect(call.status, call.text.slice(0, 300)).toBeLessThan(500);
  if (call.status >= 400) {
    expect(call.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const problem = call.json as { detail: string; title: string; code: string };
    expect(problem.detail.length).toBeGreaterThan(0);
    expect(problem.detail).not.toMatch(/^[a-z]+\.[a-zA-Z.]+$/);
    expect(call.headers.get("content-language")).toBe(lang);
    expect(problem.detail).toMatch(LANGUAGE[lang] ?? /./);
  }
}

const QUERY_KEYS = [
  "q",
  "area",
  "status",
  "health",
  "side",
  "plan",
  "mine",
  "overdue",
  "stale",
  "onesided",
  "awaiting",
  "archived",
  "limit",
  "cursor",
  "state",
  "owner",
  "general",
  "page",
  "sort",
];

const queryValue = fc.oneof(
  hostileText,
  fc.constantFrom("", "0", "1", "-1", "99999999999", "in_progress", "NO", "both", "%00", "%ZZ"),
  fc.string({ unit: "binary", maxLength: 30 }),
);

const query = fc
  .array(fc.tuple(fc.constantFrom(...QUERY_KEYS), queryValue), { maxLength: 6 })
  .map((pairs) => {
    const params = new URLSearchParams();
    for (const [key, value] of pairs) params.append(key, value);
    return params.toString();
  });

/** A path segment as a client could send it (a lone surrogate cannot be percent-encoded). */
const encoded = (text: string) => {
  try {
    return encodeURIComponent(text);
  } catch {
    return "%ED%A0%80";
  }
};

// A segment that is not one: empty, "." and ".." (the URL resolves them away before any route).
const segment = fc
  .oneof(
    hostileText.map(encoded),
    fc.constantFrom("%", "%E0%A4%A", "0", "-1", "99999999999999", "%00", "2018-07"),
  )
  .filter((value) => !["", ".", ".."].includes(value));

const lang = fc.constantFrom("en", "nb", "ru");

describe(`API under hostile input (${testBackend()})`, () => {
  it("answers fuzzed list filters without a 500, refusals translated", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("projects", "action-items"),
        query,
        lang,
        async (list, q, l) => {
          const call = await callApi(`/groups/${w.group.slug}/${list}?${q}`, {
            token: readToken,
            headers: { "accept-language": l },
          });
          holdsUp(call, l);
        },
      ),
      RUNS,
    );
  });

  it("answers fuzzed path segments without a 500", async () => {
    await fc.assert(
      fc.asyncProperty(
        segment,
        segment,
        fc.constantFrom("projects", "plans", "meetings", "history", "iati"),
        lang,
        async (a, b, kind, l) => {
          const path =
            kind === "history"
              ? `/groups/${w.group.slug}/projects/${b}/history`
              : kind === "iati"
                ? `/groups/${a}/iati.xml?plan=${b}`
                : `/groups/${kind === "projects" ? w.group.slug : a}/${kind}/${b}`;
          const call = await callApi(path, { token: readToken, headers: { "accept-language": l } });
          holdsUp(call, l);
        },
      ),
      RUNS,
    );
  });

  it("answers fuzzed write bodies and headers without a 500, writing nothing it refuses", async () => {
    const project = await w.newProject({ status: "in_progress", health: "on_track" });
    const body = fc.oneof(
      fc.dictionary(
        fc.constantFrom(
          "version",
          "status",
          "health",
          "progress",
          "note",
          "noteLocale",
          "nextSteps",
          "body",
          "locale",
          "updateId",
          "projectId",
          "__proto__",
        ),
        hostileValue([project.id]),
        { maxKeys: 6 },
      ),
      hostileValue([project.id]),
    );
    const header = fc.oneof(
      fc.constant(undefined),
      fc.constantFrom("*", '"1"', 'W/"1-x"', "1", "0", "-1", "abc", '"99999999999"'),
      hostileText.filter((text) => /^[\x20-\x7e]*$/.test(text)),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("status-updates", "comments", "confirmations"),
        body,
        header,
        header,
        lang,
        async (kind, payload, ifMatch, key, l) => {
          const headers: Record<string, string> = { "accept-language": l };
          if (ifMatch !== undefined) headers["if-match"] = ifMatch;
          if (key !== undefined) headers["idempotency-key"] = key;
          let text: string;
          try {
            text = JSON.stringify(payload) ?? "null";
          } catch {
            text = "{";
          }
          const before = await written(project.id);
          const call = await callApi(`/groups/${w.group.slug}/projects/${project.code}/${kind}`, {
            token,
            headers,
            body: text,
          });
          holdsUp(call, l);
          if (call.status >= 400) expect(await written(project.id)).toEqual(before);
        },
      ),
      RUNS,
    );
  });
});
