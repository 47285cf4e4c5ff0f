/**
 * The JSON API (issue 16): tokens and sessions, scopes, conditional requests, If-Match,
 * idempotency, the rate limit and problem details — on the demo world, every answer checked
 * against the OpenAPI document by tests/support/api.ts.
 */
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import * as s from "@/db/schema";
import { executeAs } from "@/lib/actions/execute";
import { formDataToObject } from "@/lib/actions/run";
import { createToken, revokeAnyToken, revokeOwnToken } from "@/lib/api/actions";
import { listAllTokens, listOwnTokens } from "@/lib/api/queries";
import { json, serveApi } from "@/lib/api/serve";
import { postStatusUpdate } from "@/lib/projects/status-updates/actions";
import { outageState } from "@/lib/server/outage";
import {
  apiToken,
  asSession,
  BASE,
  callApi,
  expectContract,
  seen,
  signedOut,
} from "../support/api";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import { asSessionUser, createProject } from "../support/factories";
import { buildWorld, type World } from "./permission-coverage/world";

// The session is the API's loader here (tests/support/api.ts): Auth.js is never reached.
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => null }));

const slot = globalThis as { __workplanDatabase?: DatabaseHandle };
let t: TestDatabase;
let w: World;
/** A write token per persona. */
const tokens = {} as Record<
  "admin" | "coordinator" | "contact" | "delegate" | "observer" | "outsider",
  string
>;
let readToken: string;
let g: string;

beforeAll(async () => {
  t = await createTestDatabase();
  slot.__workplanDatabase = t;
  w = await buildWorld(t.db);
  g = `/groups/${w.group.slug}`;
  for (const persona of [
    "admin",
    "coordinator",
    "contact",
    "delegate",
    "observer",
    "outsider",
  ] as const)
    tokens[persona] = await apiToken(t.db, w.users[persona].id, "write");
  readToken = await apiToken(t.db, w.users.coordinator.id, "read");
});
afterAll(async () => {
  slot.__workplanDatabase = undefined;
  await t?.destroy();
});

/** A project of this test with delegate.no and delegate.ru as its contacts. */
const newProject = (overrides: Partial<s.NewProject> = {}) =>
  createProject(t.db, w.group.id, w.area.id, {
    contactNoId: w.users.contact.id,
    contactRuId: w.delegateRu.id,
    status: "in_progress",
    health: "on_track",
    progress: 30,
    ...overrides,
  });

async function updatesOf(projectId: string) {
  const [row] = await t.db
    .select({ n: count() })
    .from(s.statusUpdates)
    .where(eq(s.statusUpdates.projectId, projectId));
  return row?.n ?? 0;
}

const update = { status: "in_progress", health: "at_risk", progress: 55 };

describe(`API reads (${testBackend()})`, () => {
  it("answers every read endpoint with the data, an ETag, and 304 when the client has it", async () => {
    await t.db
      .insert(s.settings)
      .values({ key: s.SETTING_KEYS.iatiOrganisation, value: "NO-BRC-971277882" })
      .onConflictDoNothing();
    const [plan] = await t.db
      .select({ number: s.workPlans.number })
      .from(s.workPlans)
      .where(and(eq(s.workPlans.groupId, w.group.id), eq(s.workPlans.state, "approved")));
    const paths = [
      "/groups",
      g,
      `${g}/areas`,
      `${g}/plans`,
      `${g}/plans/${plan?.number}`,
      `${g}/projects`,
      `${g}/projects/${w.project.code}`,
      `${g}/projects/${w.project.code}/history`,
      `${g}/meetings`,
      `${g}/meetings/5`,
      `${g}/action-items?state=all`,
      `${g}/iati.xml?plan=${plan?.number}`,
    ];
    for (const path of paths) {
      const first = await callApi(path, { token: tokens.observer });
      expect([path, first.status]).toEqual([path, 200]);
      expect(first.text.length).toBeGreaterThan(2);
      const etag = first.headers.get("etag") ?? "";
      const again = await callApi(path, {
        token: tokens.observer,
        headers: { "if-none-match": etag },
      });
      expect([path, again.status, again.headers.get("etag")]).toEqual([path, 304, etag]);
      // A session (the browser) reads the same.
      const browser = await callApi(path, { session: asSession(w.viewers.delegate) });
      expect([path, browser.status]).toEqual([path, 200]);
    }
  });

  it("shows every language's text and only the caller's groups", async () => {
    const groups = (await callApi("/groups", { token: tokens.outsider })).json as {
      items: { slug: string }[];
    };
    expect(groups.items.map((x) => x.slug)).toEqual([w.otherGroup.slug]);
    expect((await callApi(g, { token: tokens.outsider })).status).toBe(404);
    const project = (await callApi(`${g}/projects/${w.project.code}`, { token: tokens.contact }))
      .json as { title: Record<string, string | null>; version: number };
    expect(Object.keys(project.title).sort()).toEqual(["en", "nb", "ru"]);
    expect(project.version).toBe(w.project.version);
  });

  it("pages the project list by cursor: every project once, in code order, with the list's filters", async () => {
    const all: string[] = [];
    let cursor: string | null = null;
    let total = 0;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : "";
      const page = (await callApi(`${g}/projects?limit=7${query}`, { token: tokens.observer }))
        .json as { items: { code: string }[]; nextCursor: string | null; total: number };
      expect(page.items.length).toBeLessThanOrEqual(7);
      all.push(...page.items.map((p) => p.code));
      total = page.total;
      cursor = page.nextCursor;
    } while (cursor);
    expect(all.length).toBe(total);
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort()).toEqual(all);
    const filtered = (
      await callApi(`${g}/projects?status=in_progress&status=planned&q=a`, {
        token: tokens.observer,
      })
    ).json as { items: { status: string }[] };
    for (const item of filtered.items) expect(["in_progress", "planned"]).toContain(item.status);
    const mine = (await callApi(`${g}/projects?mine=1&limit=200`, { token: tokens.contact }))
      .json as { items: { contacts: { no: { id: string } | null } }[] };
    expect(mine.items.length).toBeGreaterThan(0);
    for (const item of mine.items) expect(item.contacts.no?.id).toBe(w.users.contact.id);
  });

  it("refuses a mistyped filter, limit or cursor with the field named (422)", async () => {
    for (const [query, field] of [
      ["status=done", "status"],
      ["limit=0", "limit"],
      ["limit=1000", "limit"],
      ["cursor=%%%", "cursor"],
      ["area=not-a-uuid", "area"],
    ] as const) {
      const call = await callApi(`${g}/projects?${query}`, { token: tokens.observer });
      expect([query, call.status]).toEqual([query, 422]);
      expect((call.json as { errors: { field: string }[] }).errors.map((e) => e.field)).toContain(
        field,
      );
    }
  });
});

describe(`API authentication (${testBackend()})`, () => {
  it("refuses without a valid Bearer token: 401 with WWW-Authenticate, never a token in the URL", async () => {
    const expired = await apiToken(t.db, w.users.coordinator.id, "write", {
      expiresAt: new Date(Date.now() - 1000),
    });
    const revoked = await apiToken(t.db, w.users.coordinator.id, "write", {
      revokedAt: new Date(),
    });
    const cases: [string, Record<string, string>, string][] = [
      ["no credentials", {}, "/groups"],
      ["expired", { authorization: `Bearer ${expired}` }, "/groups"],
      ["revoked", { authorization: `Bearer ${revoked}` }, "/groups"],
      ["unknown", { authorization: `Bearer wpat_${"x".repeat(43)}` }, "/groups"],
      ["not a token", { authorization: "Bearer hello" }, "/groups"],
      ["basic", { authorization: "Basic dXNlcjpwYXNz" }, "/groups"],
      ["in the URL", {}, `/groups?access_token=${tokens.coordinator}`],
      ["in the URL too", { authorization: `Bearer ${tokens.coordinator}` }, `/groups?token=x`],
    ];
    for (const [name, headers, path] of cases) {
      const call = await callApi(path, { headers });
      expect([name, call.status]).toEqual([name, 401]);
      expect(call.headers.get("www-authenticate")).toMatch(/^Bearer realm="workplan"/);
      expect(call.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    }
  });

  it("stops a deactivated user's tokens at once, and a user with a pending step gets 403", async () => {
    const user = w.users.delegate;
    const token = await apiToken(t.db, user.id, "read");
    expect((await callApi("/groups", { token })).status).toBe(200);
    await t.db.update(s.users).set({ active: false }).where(eq(s.users.id, user.id));
    try {
      expect((await callApi("/groups", { token })).status).toBe(401);
    } finally {
      await t.db.update(s.users).set({ active: true }).where(eq(s.users.id, user.id));
    }
    await t.db.update(s.users).set({ mustChangePassword: true }).where(eq(s.users.id, user.id));
    try {
      const call = await callApi("/groups", { token });
      expect(call.status).toBe(403);
    } finally {
      await t.db.update(s.users).set({ mustChangePassword: false }).where(eq(s.users.id, user.id));
    }
  });

  it("lets a read token read but never write (403 insufficient_scope)", async () => {
    const project = await newProject();
    expect((await callApi(`${g}/projects/${project.code}`, { token: readToken })).status).toBe(200);
    const call = await callApi(`${g}/projects/${project.code}/status-updates`, {
      token: readToken,
      body: { ...update, version: 1 },
    });
    expect(call.status).toBe(403);
    expect(call.headers.get("www-authenticate")).toContain('error="insufficient_scope"');
    expect(await updatesOf(project.id)).toBe(0);
  });

  it("records when and from where a token was last used", async () => {
    const token = await apiToken(t.db, w.users.observer.id, "read", { name: "last use" });
    // The connection's address, as the server records it (lib/security/client-address.ts).
    await callApi("/groups", { token, headers: { "x-workplan-peer-address": "192.0.2.7" } });
    const row = (await listOwnTokens(t.db, w.users.observer.id)).find((x) => x.name === "last use");
    expect(row?.lastUsedAt).not.toBeNull();
    expect(row?.lastUsedIp).toBe("192.0.2.7");
  });

  it("takes a browser's writes only from this site and as JSON", async () => {
    const project = await newProject();
    const session = asSession(w.viewers.coordinator);
    const path = `${g}/projects/${project.code}/status-updates`;
    const foreign = await callApi(path, {
      session,
      headers: { origin: "https://evil.example" },
      body: { ...update, version: 1 },
    });
    expect(foreign.status).toBe(403);
    const form = await callApi(path, {
      session,
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ ...update, version: 1 }),
    });
    expect(form.status).toBe(422);
    expect(await updatesOf(project.id)).toBe(0);
    const same = await callApi(path, {
      session,
      headers: { origin: "http://workplan.test" },
      body: { ...update, version: 1 },
    });
    expect(same.status).toBe(201);
  });
});

describe(`API writes (${testBackend()})`, () => {
  it("posts a status update with If-Match; a stale one is 409 with the project as it is now", async () => {
    const project = await newProject();
    const path = `${g}/projects/${project.code}/status-updates`;
    const detail = await callApi(`${g}/projects/${project.code}`, { token: tokens.contact });
    const etag = detail.headers.get("etag") ?? "";
    const first = await callApi(path, {
      token: tokens.contact,
      headers: { "if-match": etag },
      body: { ...update, note: "Через API" },
    });
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ version: 2, status: "in_progress" });
    expect(first.headers.get("location")).toBe(`/api/v1${g}/projects/${project.code}`);
    const stale = await callApi(path, {
      token: tokens.coordinator,
      headers: { "if-match": etag, "accept-language": "nb" },
      body: update,
    });
    expect(stale.status).toBe(409);
    const problem = stale.json as { code: string; current: { version: number }; detail: string };
    expect(problem.code).toBe("conflict");
    expect(problem.current.version).toBe(2);
    expect(stale.headers.get("etag")).toMatch(/^"2-/);
    expect(stale.headers.get("content-language")).toBe("nb");
    // `*` applies on top of whatever is current; a bare version works too.
    expect(
      (
        await callApi(path, {
          token: tokens.coordinator,
          headers: { "if-match": "*" },
          body: update,
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await callApi(path, {
          token: tokens.coordinator,
          headers: { "if-match": "3" },
          body: update,
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await callApi(path, {
          token: tokens.coordinator,
          headers: { "if-match": "nonsense" },
          body: update,
        })
      ).status,
    ).toBe(422);
    expect(await updatesOf(project.id)).toBe(3);
  });

  it("refuses as the form does: not a contact 403, observer 403, outsider 404, bad input 422", async () => {
    const project = await newProject();
    const path = `${g}/projects/${project.code}/status-updates`;
    const body = { ...update, version: 1 };
    expect((await callApi(path, { token: tokens.delegate, body })).status).toBe(403);
    expect((await callApi(path, { token: tokens.observer, body })).status).toBe(403);
    expect((await callApi(path, { token: tokens.outsider, body })).status).toBe(404);
    const bad = await callApi(path, {
      token: tokens.contact,
      headers: { "accept-language": "ru" },
      body: { ...body, progress: 150 },
    });
    expect(bad.status).toBe(422);
    const problem = bad.json as { errors: { field: string; message: string }[]; detail: string };
    expect(problem.errors.find((e) => e.field === "progress")?.message).toMatch(/[а-я]/);
    expect(bad.headers.get("content-language")).toBe("ru");
    expect((await callApi(path, { token: tokens.contact, body: "[1,2]" })).status).toBe(422);
    expect((await callApi(path, { token: tokens.contact, body: "{oops" })).status).toBe(422);
    expect(await updatesOf(project.id)).toBe(0);
  });

  it("answers the same Idempotency-Key with the first answer and writes once; another request with it is 422", async () => {
    const project = await newProject();
    const path = `${g}/projects/${project.code}/status-updates`;
    const key = crypto.randomUUID();
    const send = (body: object, token = tokens.contact) =>
      callApi(path, { token, headers: { "idempotency-key": key, "accept-language": "en" }, body });
    const first = await send({ ...update, version: 1, note: "Første" });
    // The answer is "lost": the client sends exactly the same again.
    const again = await send({ ...update, version: 1, note: "Første" });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.json).toEqual(first.json);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await updatesOf(project.id)).toBe(1);
    const other = await send({ ...update, version: 2, note: "Noe annet" });
    expect(other.status).toBe(422);
    expect((other.json as { detail: string }).detail).toMatch(/idempotency key/i);
    // Keys are per user: another user's same key is a request of its own.
    const coordinator = await send({ ...update, version: 2 }, tokens.coordinator);
    expect(coordinator.status).toBe(201);
    expect(await updatesOf(project.id)).toBe(2);
    expect(
      (
        await callApi(path, {
          token: tokens.contact,
          headers: { "idempotency-key": "with space" },
          body: update,
        })
      ).status,
    ).toBe(422);
  });

  it("sends a refused write's key again without a stored answer: it wrote nothing", async () => {
    const project = await newProject();
    const path = `${g}/projects/${project.code}/status-updates`;
    const headers = { "idempotency-key": crypto.randomUUID() };
    expect(
      (await callApi(path, { token: tokens.contact, headers, body: { ...update, version: 9 } }))
        .status,
    ).toBe(409);
    expect(
      (await callApi(path, { token: tokens.contact, headers, body: { ...update, version: 1 } }))
        .status,
    ).toBe(201);
  });

  it("makes the status update form idempotent too: the same attempt sent twice is one update", async () => {
    const project = await newProject();
    const viewer = w.viewers.contact;
    const form = new FormData();
    for (const [name, value] of Object.entries({
      projectId: project.id,
      version: "1",
      status: "in_progress",
      health: "on_track",
      progress: "61",
      note: "Sendt to ganger",
      noteLocale: "nb",
      nextSteps: "",
      idempotencyKey: crypto.randomUUID(),
    }))
      form.set(name, value);
    // What formAction gives the action, twice: the browser lost the first answer.
    const first = await executeAs(t.db, viewer, postStatusUpdate, formDataToObject(form));
    const second = await executeAs(t.db, viewer, postStatusUpdate, formDataToObject(form));
    expect(first).toMatchObject({ status: "success", data: { version: 2 } });
    expect(second).toMatchObject({
      status: "success",
      data: first.status === "success" ? first.data : {},
      replayed: true,
    });
    expect(await updatesOf(project.id)).toBe(1);
    // A new attempt (a new key) is a new update.
    form.set("idempotencyKey", crypto.randomUUID());
    form.set("version", "2");
    expect(await executeAs(t.db, viewer, postStatusUpdate, formDataToObject(form))).toMatchObject({
      status: "success",
      data: { version: 3 },
    });
    expect(await updatesOf(project.id)).toBe(2);
  });

  it("writes once when the same key arrives twice at the same moment", async () => {
    const project = await newProject();
    const path = `${g}/projects/${project.code}/status-updates`;
    const headers = { "idempotency-key": crypto.randomUUID() };
    const [a, b] = await Promise.all([
      callApi(path, { token: tokens.contact, headers, body: { ...update, version: 1 } }),
      callApi(path, { token: tokens.contact, headers, body: { ...update, version: 1 } }),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.json).toEqual(b.json);
    expect(await updatesOf(project.id)).toBe(1);
  });

  it("confirms the latest update for the other side and comments, with If-Match and idempotency", async () => {
    const project = await newProject();
    const base = `${g}/projects/${project.code}`;
    expect(
      (await callApi(`${base}/confirmations`, { token: tokens.coordinator, body: {} })).status,
    ).toBe(404);
    await callApi(`${base}/status-updates`, {
      token: tokens.contact,
      body: { ...update, version: 1 },
    });
    // The Norwegian side cannot confirm its own update; the Russian contact can.
    expect(
      (await callApi(`${base}/confirmations`, { token: tokens.coordinator, body: {} })).status,
    ).toBe(403);
    const ruToken = await apiToken(t.db, w.delegateRu.id, "write");
    const stale = await callApi(`${base}/confirmations`, {
      token: ruToken,
      headers: { "if-match": '"1"' },
      body: {},
    });
    expect(stale.status).toBe(409);
    const confirmed = await callApi(`${base}/confirmations`, {
      token: ruToken,
      headers: { "if-match": '"2"' },
      body: {},
    });
    expect(confirmed.status).toBe(201);
    const key = { "idempotency-key": crypto.randomUUID() };
    const comment = await callApi(`${base}/comments`, {
      token: tokens.delegate,
      headers: key,
      body: { body: "Bra fremdrift", locale: "nb" },
    });
    expect(comment.status).toBe(201);
    const again = await callApi(`${base}/comments`, {
      token: tokens.delegate,
      headers: key,
      body: { body: "Bra fremdrift", locale: "nb" },
    });
    expect(again.json).toEqual(comment.json);
    const [row] = await t.db
      .select({ n: count() })
      .from(s.comments)
      .where(eq(s.comments.projectId, project.id));
    expect(row?.n).toBe(1);
    expect(
      (await callApi(`${base}/comments`, { token: tokens.observer, body: { body: "Nei" } })).status,
    ).toBe(403);
  });
});

describe(`API rate limit and problems (${testBackend()})`, () => {
  it("counts requests per token and minute: 429 with Retry-After past the limit, then recovers", async () => {
    const token = await apiToken(t.db, w.users.observer.id, "read");
    // Half past the current minute: the window ends 30 seconds later.
    const minute = Math.floor(Date.now() / 60_000) * 60_000;
    const now = new Date(minute + 30_000);
    const ask = (at: Date) =>
      serveApi(
        new Request(`${BASE}/groups`, { headers: { authorization: `Bearer ${token}` } }),
        signedOut,
        async () => json({ items: [] }),
        { rateLimit: 3, now: at },
      );
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await ask(now));
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 429]);
    expect(answers.map((r) => r.headers.get("ratelimit-remaining"))).toEqual(["2", "1", "0", "0"]);
    const refused = answers[3] as Response;
    expect(refused.headers.get("retry-after")).toBe("30");
    expect(refused.headers.get("ratelimit-reset")).toBe("30");
    const body = (await refused.json()) as { code: string; detail: string };
    expect(body.code).toBe("throttled");
    expect(body.detail).toContain("30");
    expectContract("GET", "/groups", {
      status: 429,
      headers: refused.headers,
      text: JSON.stringify(body),
      json: body,
    });
    // The next minute starts afresh.
    const later = await ask(new Date(minute + 60_000));
    expect(later.status).toBe(200);
    expect(later.headers.get("ratelimit-remaining")).toBe("2");
  });

  it("sends the configured limit on every answer", async () => {
    const call = await callApi("/groups", { token: tokens.observer });
    expect(call.headers.get("ratelimit-limit")).toBe(
      String(Number(process.env.API_RATE_LIMIT ?? 600)),
    );
  });

  it("answers 503 with Retry-After while the database is away, as the document says", async () => {
    const state = outageState();
    const before = { ...state };
    Object.assign(state, { down: true, since: Date.now() });
    try {
      for (const [path, body] of [
        ["/groups", undefined],
        [`${g}/projects?limit=5`, undefined],
        [`${g}/projects/${w.project.code}/status-updates`, { ...update, version: 1 }],
      ] as const) {
        const call = await callApi(path, {
          token: tokens.coordinator,
          headers: { "accept-language": "ru" },
          ...(body ? { body } : {}),
        });
        expect([path, call.status, call.headers.get("retry-after")]).toEqual([path, 503, "5"]);
        expect((call.json as { code: string; detail: string }).detail).toMatch(/[а-я]/);
      }
    } finally {
      Object.assign(state, before);
    }
  });

  it("writes problem details in the Accept-Language language, else the user's own", async () => {
    const path = `${g}/projects/NO-SUCH-CODE`;
    const ru = await callApi(path, {
      token: tokens.observer,
      headers: { "accept-language": "ru-RU,ru;q=0.9" },
    });
    const nb = await callApi(path, {
      token: tokens.observer,
      headers: { "accept-language": "nb" },
    });
    const en = await callApi(path, {
      token: tokens.observer,
      headers: { "accept-language": "en" },
    });
    expect(ru.status).toBe(404);
    const details = [ru, nb, en].map((c) => (c.json as { detail: string; type: string }).detail);
    expect(new Set(details).size).toBe(3);
    expect(details[0]).toMatch(/[а-я]/);
    expect((ru.json as { type: string }).type).toBe("urn:workplan:problem:not_found");
  });
});

describe(`API tokens (${testBackend()})`, () => {
  it("creates a token shown once and kept as a hash, lists it, revokes it; each audited", async () => {
    const owner = asSessionUser(w.users.delegate);
    const created = await createToken.execute(t.db, owner, {
      name: "Regneark",
      scope: "read",
      expiresInDays: "",
    });
    if (created.status !== "success") throw new Error(JSON.stringify(created));
    const { secret, id, expiresAt } = created.data;
    expect(secret).toMatch(/^wpat_[A-Za-z0-9_-]{43}$/);
    // 90 days by default.
    expect(Math.round((new Date(expiresAt).getTime() - Date.now()) / 86_400_000)).toBe(90);
    const [stored] = await t.db.select().from(s.accessTokens).where(eq(s.accessTokens.id, id));
    expect(stored?.tokenHash).not.toContain(secret.slice(5));
    expect(JSON.stringify(stored)).not.toContain(secret);
    expect((await callApi("/groups", { token: secret })).status).toBe(200);
    const listed = await listOwnTokens(t.db, owner.id);
    expect(JSON.stringify(listed)).not.toContain(secret);
    // Nobody else revokes it but an administrator.
    expect(
      await revokeOwnToken.execute(t.db, asSessionUser(w.users.coordinator), { tokenId: id }),
    ).toMatchObject({ status: "error", code: "not_found" });
    expect(
      await revokeAnyToken.execute(t.db, asSessionUser(w.users.coordinator), { tokenId: id }),
    ).toMatchObject({ status: "error", code: "forbidden" });
    expect(await revokeOwnToken.execute(t.db, owner, { tokenId: id })).toMatchObject({
      status: "success",
    });
    expect((await callApi("/groups", { token: secret })).status).toBe(401);
    const admin = await createToken.execute(t.db, owner, {
      name: "To",
      scope: "write",
      expiresInDays: "365",
    });
    if (admin.status !== "success") throw new Error("no token");
    expect(
      await revokeAnyToken.execute(t.db, asSessionUser(w.users.admin), { tokenId: admin.data.id }),
    ).toMatchObject({ status: "success" });
    expect((await listAllTokens(t.db)).some((x) => x.id === admin.data.id && x.revokedAt)).toBe(
      true,
    );
    const audited = await t.db
      .select({ action: s.auditEvents.action })
      .from(s.auditEvents)
      .where(eq(s.auditEvents.entityType, "access_token"));
    expect(audited.map((a) => a.action).sort()).toEqual(
      expect.arrayContaining(["token.create", "token.create", "token.revoke", "token.revoke"]),
    );
    expect(
      await createToken.execute(t.db, owner, {
        name: "Too long",
        scope: "write",
        expiresInDays: "366",
      }),
    ).toMatchObject({ status: "error", code: "validation" });
  });

  it("checked every answer above against the OpenAPI document", () => {
    expect(seen.responses).toBeGreaterThan(60);
  });
});
