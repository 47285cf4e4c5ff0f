/**
 * Issue 18.10: with PostgreSQL stopped, the download routes answered 500 with an empty body
 * while pages answered 503 — every route handler that reaches the database now answers 503 with
 * Retry-After, in the caller's language, from the first failed query on (before the outage is
 * even marked, which is when the proxy's own 503 takes over). And /api/health and pages agree:
 * the first successful query ends the outage for both.
 */
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type DatabaseHandle, MEMORY, openDatabase } from "@/db/client";
import type { Viewer } from "@/lib/auth/viewer";
import { databaseIsDown, outageState } from "@/lib/server/outage";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import { discoverRoutes, ROOT } from "./permission-coverage/discovery";
import { ROUTES } from "./permission-coverage/route-matrix";
import { buildWorld, type World } from "./permission-coverage/world";

/** The coordinator's session token; the viewer is loaded from whatever database is current. */
const session = vi.hoisted(() => ({ userId: null as string | null, version: 0 }));

vi.mock("@/lib/auth/session", async () => {
  const { redirect } = await import("next/navigation");
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
  const requireViewer = async () => (await getViewer()) ?? redirect("/sign-in");
  return {
    getViewer,
    getSessionUser: async () => (await getViewer())?.user ?? null,
    requireViewer,
    requireUser: async () => (await requireViewer()).user,
    pendingAccountStep: viewer.pendingAccountStep,
    PASSWORD_CHANGE_PATH: viewer.PASSWORD_CHANGE_PATH,
    TWO_FACTOR_PATH: viewer.TWO_FACTOR_PATH,
  };
});

const slot = globalThis as { __workplanDatabase?: DatabaseHandle };
let t: TestDatabase;
let w: World;
/** A PostgreSQL nobody listens on: every statement fails as when the server is stopped. */
let gone: DatabaseHandle;
let reached = 0;

beforeAll(async () => {
  process.env.AUTH_SECRET ??= "integration-tests-only-secret-0123456789abcdef";
  t = await createTestDatabase();
  w = await buildWorld(t.db);
  session.userId = w.users.coordinator.id;
  session.version = w.users.coordinator.sessionVersion;
  // The app's own query-error hook (lib/server/db.ts), as the server installs it.
  await import("@/lib/server/db");
  const hook = (globalThis as { __workplanQueryErrorHook?: (e: unknown, r: boolean) => unknown })
    .__workplanQueryErrorHook;
  gone = openDatabase({
    url: "postgres://workplan@127.0.0.1:9/stopped",
    maxConnections: 2,
    onQuery: () => {
      reached++;
    },
    onQueryError: async (error, retried) => (await hook?.(error, retried)) as undefined,
  });
  // The world (every route's records) and importing the hook take a while on a busy machine.
}, 180_000);
afterAll(async () => {
  slot.__workplanDatabase = undefined;
  Object.assign(outageState(), { down: false, since: null });
  await gone?.close();
  await t?.destroy();
});

const called = Object.entries(ROUTES).filter(([, row]) => row.expected);

describe(`route handlers while the database is away (${testBackend()})`, () => {
  it.each(called.map(([key]) => key))("%s answers 503 with Retry-After", async (key) => {
    const row = ROUTES[key];
    const route = discoverRoutes().find((r) => `${r.method} ${r.path}` === key);
    if (!row || !route) throw new Error(`no route ${key}`);
    const params = row.params?.(w) ?? {};
    const path = route.path.replace(/\[(\w+)\]/g, (_, name: string) => params[name] ?? "");
    const body = row.body?.(w);
    const request = new NextRequest(`http://workplan.test${path}${row.query?.(w) ?? ""}`, {
      method: route.method,
      headers: {
        "accept-language": "nb-NO,nb;q=0.9",
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const module = (await import(/* @vite-ignore */ join(ROOT, route.file))) as Record<
      string,
      (request: NextRequest, context: unknown) => Promise<Response>
    >;
    // Each call meets the outage first-hand: not yet marked, so the proxy would let it through.
    Object.assign(outageState(), { down: false, since: null });
    slot.__workplanDatabase = gone;
    reached = 0;
    try {
      const response = await module[route.method]?.(request, {
        params: Promise.resolve(params),
      });
      const text = (await response?.text()) ?? "";
      if (reached === 0) {
        // Answered without the database (the development mailbox outside development).
        expect(response?.status, text).toBe(row.expected?.[1]);
        return;
      }
      expect(response?.status, text.slice(0, 300)).toBe(503);
      expect(response?.headers.get("retry-after")).toBe("5");
      expect(response?.headers.get("cache-control")).toContain("no-store");
      expect(text.length).toBeGreaterThan(0);
      // A browser's download gets the translated page; an API client JSON: the public API's
      // problem details (RFC 9457, docs in /api-reference), the app's own routes its answer.
      if (path.startsWith("/api/v1/"))
        expect(JSON.parse(text)).toMatchObject({ status: 503, code: "unavailable" });
      else if (path.startsWith("/api/"))
        expect(JSON.parse(text)).toMatchObject({ status: "error" });
      else expect(text).toContain('<html lang="nb">');
    } finally {
      slot.__workplanDatabase = t;
    }
  });
});

describe(`the end of an outage (${testBackend()})`, () => {
  it("is the first successful query: /api/health saying ok and pages answering agree", async () => {
    slot.__workplanDatabase = t;
    Object.assign(outageState(), { down: true, since: Date.now() });
    const { GET } = await import("@/app/api/health/route");
    const response = await (GET as () => Promise<Response>)();
    expect(response.status).toBe(200);
    expect(databaseIsDown()).toBe(false);

    // Any query the app sends through its handle does the same (an action, a page's read):
    // a handle opened as lib/server/instance.ts opens the server's, with the app's hooks.
    const hooks = globalThis as { __workplanQuerySuccessHook?: () => void };
    const answering = openDatabase({
      dataDir: MEMORY,
      onQuerySuccess: () => hooks.__workplanQuerySuccessHook?.(),
    });
    try {
      Object.assign(outageState(), { down: true, since: Date.now() });
      await answering.db.execute(sql`select 1`);
      expect(databaseIsDown()).toBe(false);
    } finally {
      await answering.close();
    }
  });
});
