/**
 * Permission coverage that cannot drift (issue 8): every guarded action, route handler and page
 * found in the code has a row in a hand-written matrix, and every row is run per persona.
 *
 * The matrix runs with the proxy disabled: nothing here goes through proxy.ts (an optimistic
 * redirect, never the guard). Actions run through their own `execute`, route handlers are
 * called as Next calls them and pages' guards are called directly. Only the session is replaced:
 * lib/auth/session.ts (the one module that reads the cookie) is mocked to hand out the persona's
 * viewer, loaded from the database by the real loadViewer. Its requireViewer is reduced to
 * "signed in, or the sign-in page"; pending account steps are checked for routes below.
 */
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database, DatabaseHandle, Transaction } from "@/db/client";
import * as s from "@/db/schema";
import { requireAdmin, requireGroupAccess } from "@/lib/auth/access";
import { GROUP_ACTIONS, INSTALLATION_ACTIONS } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { requireDevelopment } from "@/lib/server/development";
import { previewImport } from "@/lib/spreadsheets/import/actions";
import { apiToken, expectContract } from "../support/api";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import { ADMIN_ACTIONS, SELF_ACTIONS } from "./permission-coverage/actions-accounts";
import { API_ACTIONS } from "./permission-coverage/actions-api";
import { DOCUMENT_ACTIONS } from "./permission-coverage/actions-documents";
import { MEETING_ACTIONS, PLAN_ACTIONS } from "./permission-coverage/actions-meetings";
import { NOTIFICATION_ACTIONS } from "./permission-coverage/actions-notifications";
import { PROJECT_ACTIONS } from "./permission-coverage/actions-projects";
import {
  type AnyAction,
  type DiscoveredAction,
  discoverActions,
  discoverRoutes,
  discoverServerFunctions,
  filesUnder,
  inlineServerActions,
  ROOT,
  read,
} from "./permission-coverage/discovery";
import { changed, fingerprint, tableNames } from "./permission-coverage/fingerprint";
import { type ActionCase, COORDINATORS, type Outcome } from "./permission-coverage/matrix";
import {
  guardName,
  guardsIn,
  PAGES,
  type PageGuard,
  type PageOutcome,
} from "./permission-coverage/page-matrix";
import { ROUTES } from "./permission-coverage/route-matrix";
import {
  actorOf,
  buildWorld,
  PERSONAS,
  type Persona,
  viewerOf,
  type World,
} from "./permission-coverage/world";

/** The viewer the mocked session hands out: the persona under test. */
const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));

vi.mock("@/lib/auth/session", async () => {
  const { redirect } = await import("next/navigation");
  const viewer = await import("@/lib/auth/viewer");
  const requireViewer = async () => session.viewer ?? redirect("/sign-in");
  return {
    getViewer: async () => session.viewer,
    getSessionUser: async () => session.viewer?.user ?? null,
    requireViewer,
    requireUser: async () => (await requireViewer()).user,
    pendingAccountStep: viewer.pendingAccountStep,
    PASSWORD_CHANGE_PATH: viewer.PASSWORD_CHANGE_PATH,
    TWO_FACTOR_PATH: viewer.TWO_FACTOR_PATH,
  };
});

const ACTIONS: Record<string, ActionCase> = {
  ...PROJECT_ACTIONS,
  ...PLAN_ACTIONS,
  ...MEETING_ACTIONS,
  ...ADMIN_ACTIONS,
  ...SELF_ACTIONS,
  ...NOTIFICATION_ACTIONS,
  ...API_ACTIONS,
  ...DOCUMENT_ACTIONS,
};

const slot = globalThis as { __workplanDatabase?: DatabaseHandle };
let t: TestDatabase;
let w: World;
let tables: string[];
let discovered: { actions: Map<string, DiscoveredAction>; problems: string[] };
/** Each signed-in persona's API token (write scope: the permissions decide, not the scope). */
const tokens: Partial<Record<Persona, string>> = {};

beforeAll(async () => {
  process.env.AUTH_SECRET ??= "integration-tests-only-secret-0123456789abcdef";
  // What next.config.ts's experimental.authInterrupts sets, so that forbidden() answers 403.
  vi.stubEnv("__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS", "true");
  t = await createTestDatabase();
  w = await buildWorld(t.db);
  tables = await tableNames(t.db);
  discovered = await discoverActions();
  for (const persona of PERSONAS)
    if (persona !== "signedOut") tokens[persona] = await apiToken(t.db, w.users[persona].id);
  // Route handlers reach the database through getDb(): this file's database.
  slot.__workplanDatabase = t;
});
afterAll(async () => {
  slot.__workplanDatabase = undefined;
  vi.unstubAllEnvs();
  await t?.destroy();
});

const ROLLBACK = new Error("rolled back on purpose");

/** Runs `work` in a transaction that is always rolled back: every case starts from the seed. */
async function rolledBack<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
  let result: T | undefined;
  try {
    await t.db.transaction(async (tx) => {
      result = await work(tx);
      throw ROLLBACK;
    });
  } catch (error) {
    if (error !== ROLLBACK) throw error;
  }
  return result as T;
}

function actionNamed(name: string): AnyAction {
  const found = discovered.actions.get(name);
  if (!found) throw new Error(`no guarded action "${name}" in lib/: remove its matrix row`);
  return found.action;
}

const cells = <T>(expected: readonly T[]) =>
  PERSONAS.map((persona, i) => ({ persona, expected: expected[i] as T }));

describe(`permission coverage: the registry (${testBackend()})`, () => {
  it("finds every guarded action in the code, by the rules discovery relies on", () => {
    expect(discovered.problems).toEqual([]);
    expect(discovered.actions.size).toBeGreaterThan(0);
  });

  it("has a matrix row for every guarded action, and an action for every row", () => {
    const rows = [
      PROJECT_ACTIONS,
      PLAN_ACTIONS,
      MEETING_ACTIONS,
      ADMIN_ACTIONS,
      SELF_ACTIONS,
      NOTIFICATION_ACTIONS,
      API_ACTIONS,
      DOCUMENT_ACTIONS,
    ];
    expect(rows.flatMap((part) => Object.keys(part))).toHaveLength(Object.keys(ACTIONS).length);
    const inCode = [...discovered.actions.keys()].sort();
    expect(inCode, "actions without a row (add one) or rows without an action (remove it)").toEqual(
      Object.keys(ACTIONS).sort(),
    );
  });

  it("declares for each action the permission its definition asks for", () => {
    const declared = Object.fromEntries(
      [...discovered.actions].map(([name, { action }]) => [name, action.definition.permission]),
    );
    const matrix = Object.fromEntries(
      Object.entries(ACTIONS).map(([name, row]) => [name, row.permission]),
    );
    expect(declared).toEqual(matrix);
  });

  it("uses every permission of the module somewhere, so a new one gets rows too", () => {
    const used = new Set([
      ...Object.values(ACTIONS).map((row) => row.permission),
      ...Object.values(ROUTES).map((row) => row.access),
      ...Object.values(PAGES).flatMap((row) =>
        row.guard.kind === "group" ? [row.guard.action] : [],
      ),
    ]);
    for (const action of [...GROUP_ACTIONS, ...INSTALLATION_ACTIONS])
      expect(used.has(action), `${action} appears in no matrix`).toBe(true);
  });

  it("has a row for every route handler and method, and a handler for every row", () => {
    const inCode = discoverRoutes()
      .map((r) => `${r.method} ${r.path}`)
      .sort();
    expect(inCode).toEqual(Object.keys(ROUTES).sort());
    for (const [key, row] of Object.entries(ROUTES))
      expect(
        row.expected !== null || Boolean(row.reason),
        `${key} is skipped without a reason`,
      ).toBe(true);
  });

  it("has a row for every page, and each page calls the guard its row names", () => {
    const pages = filesUnder("app", /^page\.tsx$/);
    expect(pages).toEqual(Object.keys(PAGES).sort());
    for (const file of pages) {
      const row = PAGES[file];
      if (!row) continue;
      const expected = row.guard.kind === "public" ? [] : [guardName(row.guard)];
      expect(guardsIn(read(file)), file).toEqual(expected);
    }
    // Every page of a group checks membership itself; the layout is not a guard.
    for (const file of pages.filter((f) => f.startsWith("app/g/")))
      expect(PAGES[file]?.guard.kind, file).toBe("group");
  });

  it("lets a browser call only server functions that go through the guard", () => {
    // What the guard does not cover, and why: Auth.js sign-in and sign-out (public by design),
    // a language form that calls changeLanguage (guarded), and the import's preview step,
    // which authorises with the same resolver (run below as "spreadsheet import preview").
    const unguarded: Record<string, RegExp> = {
      "lib/auth/form-actions.ts#signInAction": /signIn\("credentials"/,
      "lib/auth/form-actions.ts#signOutAction": /signOut\(/,
      "lib/account/form-actions.ts#changeLanguageForm": /changeLanguage\(/,
      // Before signing in (the form names them): a reset link asked for by address, throttled;
      // a password set through a link, whose single-use token is the credential.
      "lib/account/links/form-actions.ts#requestPasswordResetAction": /requestPasswordReset\(/,
      "lib/account/links/form-actions.ts#setPasswordWithLinkAction": /setPasswordWithLink\(/,
      // The throttle around the guarded change: a wrong current password counts as a failed
      // sign-in (the form action inside is formAction(changePassword)).
      "lib/account/form-actions.ts#changePasswordAction": /changePasswordForm\(keys, now\)/,
    };
    expect(inlineServerActions(), "inline server actions escape this check").toEqual([]);
    const functions = discoverServerFunctions();
    expect(functions.length).toBeGreaterThan(0);
    for (const { file, name, body } of functions) {
      const exception = unguarded[`${file}#${name}`];
      const guarded = /\b(runAction|runForm|formAction|previewImport)\(/.test(body);
      expect(guarded || Boolean(exception?.test(body)), `${file}: ${name}`).toBe(true);
    }
    for (const file of new Set(functions.map((f) => f.file)))
      expect(
        read(file).match(
          /^export\s+(?!async function|const \w+ = formAction\(|type |interface )\S+/gm,
        ) ?? [],
        file,
      ).toEqual([]);
  });
});

interface ActionRun {
  parseIssues: unknown;
  result: Awaited<ReturnType<AnyAction["execute"]>>;
  changes: string[];
}

async function attempt(name: string, row: ActionCase, persona: Persona): Promise<ActionRun> {
  const action = actionNamed(name);
  return rolledBack(async (tx) => {
    const db = tx as unknown as Database;
    const actor = actorOf(w, persona);
    const input = await row.input({ tx, db, w, actor });
    const parsed = action.definition.schema.safeParse(input);
    const owner = row.permission === "self" && actor ? actor.id : undefined;
    const before = await fingerprint(tx, tables, owner);
    const result = await action.execute(db, actor, input);
    const after = await fingerprint(tx, tables, owner);
    return {
      parseIssues: parsed.success ? null : parsed.error.issues,
      result,
      changes: changed(before, after),
    };
  });
}

function expectOutcome(run: ActionRun, expected: Outcome, self: boolean) {
  // The input is valid: the guard parses before it authorises, so the permission decides.
  expect(run.parseIssues).toBeNull();
  if (expected === "allow") {
    expect(run.result, JSON.stringify(run.result)).toMatchObject({ status: "success" });
    if (self) {
      // Only the caller's own rows change, whatever other id the input carried.
      expect(run.changes.filter((key) => !key.startsWith("mine:"))).toEqual([]);
      expect(run.changes.length).toBeGreaterThan(0);
    }
    return;
  }
  expect(run.result).toMatchObject({ status: "error", code: expected });
  expect(run.changes, "a refused action changed the database").toEqual([]);
}

describe(`permission coverage: guarded actions × personas (${testBackend()})`, () => {
  const cases = Object.entries(ACTIONS).flatMap(([name, row]) =>
    cells(row.expected).map((cell) => ({ name, ...cell })),
  );
  it.each(cases)("$name · $persona → $expected", async ({ name, persona, expected }) => {
    const row = ACTIONS[name] as ActionCase;
    expectOutcome(await attempt(name, row, persona), expected, row.permission === "self");
  });

  // Archiving hides a group from everyone (its pages answer 404): its records cannot be written either.
  const grouped = Object.entries(ACTIONS).filter(
    ([, row]) => row.permission !== "self" && row.permission !== "admin.manage",
  );
  it.each(grouped.map(([name]) => name))("%s in an archived group → not_found", async (name) => {
    const row = ACTIONS[name] as ActionCase;
    for (const persona of ["admin", "coordinator"] as const) {
      const archivedFirst: ActionCase = {
        ...row,
        input: async (c) => {
          const input = await row.input(c);
          await c.tx
            .update(s.workingGroups)
            .set({ archivedAt: new Date() })
            .where(eq(s.workingGroups.id, c.w.group.id));
          return input;
        },
      };
      expectOutcome(await attempt(name, archivedFirst, persona), "not_found", false);
    }
  });
});

describe(`permission coverage: the spreadsheet import preview × personas (${testBackend()})`, () => {
  // Not a defineAction (it writes nothing) but a server function: same rows as project.import.
  it.each(cells(COORDINATORS))("$persona → $expected", async ({ persona, expected }) => {
    const file = { name: "plan.csv", bytes: new Uint8Array(Buffer.from("Code\nX-1\n")) };
    const state = await previewImport(t.db, actorOf(w, persona), { groupId: w.group.id, file });
    if (expected === "allow") expect(state.status).toBe("success");
    else expect(state).toMatchObject({ status: "error", code: expected });
  });
});

type RouteModule = Record<string, (request: NextRequest, context: unknown) => Promise<Response>>;

interface RouteCall {
  status: number;
  location: string | null;
  bytes: number;
  excerpt: string;
  /** Tables the call changed; it ran in a transaction rolled back afterwards. */
  changes: string[];
}

/**
 * Calls the route module's own export as Next would, with the persona's session, its database
 * work in a rolled-back transaction (getDb() answers with it).
 */
async function callRoute(
  key: string,
  persona: Persona,
  viewer = viewerOf(w, persona),
  headers: Record<string, string> = {},
) {
  const row = ROUTES[key];
  const route = discoverRoutes().find((r) => `${r.method} ${r.path}` === key);
  if (!row || !route) throw new Error(`no route ${key}`);
  const params = row.params?.(w) ?? {};
  const path = route.path.replace(/\[(\w+)\]/g, (_, name: string) => params[name] ?? "");
  const routeModule = (await import(/* @vite-ignore */ join(ROOT, route.file))) as RouteModule;
  const handler = routeModule[route.method];
  if (!handler) throw new Error(`${route.file} exports no ${route.method}`);
  const body = row.body?.(w);
  const raw = row.raw?.(w);
  const request = new NextRequest(`http://workplan.test${path}${row.query?.(w) ?? ""}`, {
    method: route.method,
    headers: {
      ...(raw
        ? { "content-type": raw.type }
        : body === undefined
          ? {}
          : { "content-type": "application/json" }),
      ...headers,
    },
    ...(raw
      ? { body: raw.bytes as BodyInit }
      : body === undefined
        ? {}
        : { body: JSON.stringify(body) }),
  });
  return rolledBack(async (tx): Promise<RouteCall> => {
    slot.__workplanDatabase = { ...t, db: tx as unknown as Database };
    session.viewer = viewer;
    try {
      await row.setup?.(tx, w);
      const before = await fingerprint(tx, tables);
      const response = await handler(request, { params: Promise.resolve(params) });
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (path.startsWith("/api/v1/")) {
        // Every API answer the matrix sees is checked against the OpenAPI document too.
        const text = new TextDecoder().decode(bytes);
        const type = response.headers.get("content-type") ?? "";
        expectContract(route.method, path.slice("/api/v1".length), {
          status: response.status,
          headers: response.headers,
          text,
          json: /json/.test(type) && text ? JSON.parse(text) : null,
        });
      }
      return {
        status: response.status,
        location: response.headers.get("location"),
        bytes: bytes.byteLength,
        excerpt: new TextDecoder().decode(bytes.slice(0, 200)),
        // The API's own bookkeeping (the rate limit's count, a token's last use) is no write.
        changes: changed(before, await fingerprint(tx, tables)).filter(
          (table) => !API_BOOKKEEPING.has(table),
        ),
      };
    } finally {
      session.viewer = null;
      slot.__workplanDatabase = t;
    }
  });
}

const API_BOOKKEEPING = new Set(["api_rate_limits", "access_tokens"]);

describe(`permission coverage: route handlers × personas (${testBackend()})`, () => {
  const called = Object.entries(ROUTES).filter(([, row]) => row.expected);
  const cases = called.flatMap(([key, row]) =>
    cells(row.expected ?? []).map((c) => ({ key, ...c })),
  );

  it.each(cases)("$key · $persona → $expected", async ({ key, persona, expected }) => {
    const call = await callRoute(key, persona);
    expect(call.status, call.excerpt).toBe(expected);
    if (expected < 300) expect(call.bytes).toBeGreaterThan(0);
    // Downloads never write; a refused request writes nothing.
    if (key.startsWith("GET ") || expected >= 300) expect(call.changes).toEqual([]);
  });

  it("sends a member with a pending account step there first, from every group route", async () => {
    for (const [key, row] of called) {
      if (row.access === "public") continue;
      for (const [flag, location] of [
        ["mustChangePassword", "/profile/password"],
        ["mustEnrollTwoFactor", "/profile/two-factor"],
      ] as const) {
        const pending = { ...w.viewers.coordinator, [flag]: true };
        const call = await callRoute(key, "coordinator", pending);
        // Downloads redirect to the step; an API call (no page to show) is refused.
        const api = key.includes(" /api/");
        const expected = key.startsWith("GET ") && !api ? [303, location] : [403, null];
        expect([key, flag, call.status, call.location, call.changes]).toEqual([
          key,
          flag,
          ...expected,
          [],
        ]);
      }
    }
  });
});

describe(`permission coverage: the API × personas, by token (${testBackend()})`, () => {
  // The same rows as above, with no session: each persona's personal access token instead.
  const api = Object.entries(ROUTES).filter(
    ([key, row]) => key.includes(" /api/") && row.expected && row.access !== "public",
  );
  const cases = api.flatMap(([key, row]) => cells(row.expected ?? []).map((c) => ({ key, ...c })));

  it("covers every API route that needs a caller", () => {
    expect(api.length).toBeGreaterThanOrEqual(15);
  });

  it.each(cases)("$key · $persona's token → $expected", async ({ key, persona, expected }) => {
    const token = tokens[persona];
    const call = await callRoute(
      key,
      persona,
      null,
      token ? { authorization: `Bearer ${token}` } : {},
    );
    expect(call.status, call.excerpt).toBe(expected);
    if (key.startsWith("GET ") || expected >= 300) expect(call.changes).toEqual([]);
  });
});

async function pageOutcome(guard: PageGuard, persona: Persona): Promise<PageOutcome> {
  session.viewer = viewerOf(w, persona);
  try {
    if (guard.kind === "group") await requireGroupAccess(w.group.slug, guard.action);
    if (guard.kind === "admin") await requireAdmin();
    if (guard.kind === "viewer" && !session.viewer) return "sign-in";
    if (guard.kind === "development") requireDevelopment();
    return 200;
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest ?? error);
    if (digest.endsWith(";404")) return 404;
    if (digest.endsWith(";403")) return 403;
    if (digest.startsWith("NEXT_REDIRECT") && digest.includes(";/sign-in;")) return "sign-in";
    throw error;
  } finally {
    session.viewer = null;
  }
}

describe(`permission coverage: page guards × personas (${testBackend()})`, () => {
  const cases = Object.entries(PAGES).flatMap(([file, row]) =>
    cells(row.expected).map((c) => ({ file, ...c })),
  );
  it.each(cases)("$file · $persona → $expected", async ({ file, persona, expected }) => {
    const row = PAGES[file];
    if (!row) throw new Error(file);
    expect(await pageOutcome(row.guard, persona)).toBe(expected);
  });
});
