/**
 * Calling the API in tests, as its routes do (the handlers of lib/api/handlers with a session
 * loader), and checking every answer against the OpenAPI document: each call's response is
 * validated by the contract (path, method, status, content type, headers, and the JSON body
 * against the operation's schema), so every API response the suite sees is checked.
 */
import { createHash, randomBytes } from "node:crypto";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { expect } from "vitest";
import type { Executor } from "@/db/client";
import * as s from "@/db/schema";
import type { SessionLoad } from "@/lib/api/authenticate";
import { getActionItems } from "@/lib/api/handlers/action-items";
import { getAreas, getGroup, getGroups } from "@/lib/api/handlers/groups";
import { getIati } from "@/lib/api/handlers/iati";
import { getMeeting, getMeetings } from "@/lib/api/handlers/meetings";
import { getOpenApi } from "@/lib/api/handlers/openapi";
import { getPlanRoute, getPlans } from "@/lib/api/handlers/plans";
import { getProject, getProjectHistoryRoute, getProjects } from "@/lib/api/handlers/projects";
import {
  postCommentApi,
  postConfirmationApi,
  postStatusUpdateApi,
} from "@/lib/api/handlers/writes";
import { openApiDocument } from "@/lib/api/openapi";
import type { TokenScope } from "@/lib/api/rules";
import type { Viewer } from "@/lib/auth/viewer";

export const ORIGIN = "http://workplan.test";
export const BASE = `${ORIGIN}/api/v1`;

/** A token for the user, stored as the app stores them (hash and prefix); returns its secret. */
export async function apiToken(
  db: Executor,
  userId: string,
  scope: TokenScope = "write",
  options: { expiresAt?: Date; revokedAt?: Date | null; name?: string } = {},
): Promise<string> {
  const secret = `wpat_${randomBytes(32).toString("base64url")}`;
  await db.insert(s.accessTokens).values({
    userId,
    name: options.name ?? `test ${scope}`,
    scope,
    tokenHash: createHash("sha256").update(secret).digest("hex"),
    prefix: secret.slice(0, 11),
    expiresAt: options.expiresAt ?? new Date(Date.now() + 86_400_000),
    revokedAt: options.revokedAt ?? null,
  });
  return secret;
}

export const asSession = (viewer: Viewer | null) => async (): Promise<SessionLoad> => ({ viewer });

export const signedOut = asSession(null);

type Load = () => Promise<SessionLoad>;
type Handler = (request: Request, match: string[], load: Load) => Promise<Response> | Response;
const p = <T>(value: T) => Promise.resolve(value);

/** The API's routes, as app/api/v1 maps them to handlers. */
const ROUTES: [string, RegExp, Handler][] = [
  ["GET", /^\/openapi\.json$/, (r) => getOpenApi(r)],
  ["GET", /^\/groups$/, (r, _m, l) => getGroups(r, l)],
  ["GET", /^\/groups\/([^/]+)$/, (r, [g = ""], l) => getGroup(r, p({ group: g }), l)],
  ["GET", /^\/groups\/([^/]+)\/areas$/, (r, [g = ""], l) => getAreas(r, p({ group: g }), l)],
  ["GET", /^\/groups\/([^/]+)\/plans$/, (r, [g = ""], l) => getPlans(r, p({ group: g }), l)],
  [
    "GET",
    /^\/groups\/([^/]+)\/plans\/([^/]+)$/,
    (r, [g = "", n = ""], l) => getPlanRoute(r, p({ group: g, number: n }), l),
  ],
  ["GET", /^\/groups\/([^/]+)\/projects$/, (r, [g = ""], l) => getProjects(r, p({ group: g }), l)],
  [
    "GET",
    /^\/groups\/([^/]+)\/projects\/([^/]+)$/,
    (r, [g = "", c = ""], l) => getProject(r, p({ group: g, code: c }), l),
  ],
  [
    "GET",
    /^\/groups\/([^/]+)\/projects\/([^/]+)\/history$/,
    (r, [g = "", c = ""], l) => getProjectHistoryRoute(r, p({ group: g, code: c }), l),
  ],
  [
    "POST",
    /^\/groups\/([^/]+)\/projects\/([^/]+)\/status-updates$/,
    (r, [g = "", c = ""], l) => postStatusUpdateApi(r, p({ group: g, code: c }), l),
  ],
  [
    "POST",
    /^\/groups\/([^/]+)\/projects\/([^/]+)\/confirmations$/,
    (r, [g = "", c = ""], l) => postConfirmationApi(r, p({ group: g, code: c }), l),
  ],
  [
    "POST",
    /^\/groups\/([^/]+)\/projects\/([^/]+)\/comments$/,
    (r, [g = "", c = ""], l) => postCommentApi(r, p({ group: g, code: c }), l),
  ],
  ["GET", /^\/groups\/([^/]+)\/meetings$/, (r, [g = ""], l) => getMeetings(r, p({ group: g }), l)],
  [
    "GET",
    /^\/groups\/([^/]+)\/meetings\/([^/]+)$/,
    (r, [g = "", n = ""], l) => getMeeting(r, p({ group: g, number: n }), l),
  ],
  [
    "GET",
    /^\/groups\/([^/]+)\/action-items$/,
    (r, [g = ""], l) => getActionItems(r, p({ group: g }), l),
  ],
  ["GET", /^\/groups\/([^/]+)\/iati\.xml$/, (r, [g = ""], l) => getIati(r, p({ group: g }), l)],
];

export interface CallOptions {
  method?: "GET" | "POST" | "HEAD";
  token?: string;
  session?: Load;
  headers?: Record<string, string>;
  /** Sent as JSON (unless a string: sent as it is). */
  body?: unknown;
}

export interface ApiCall {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed JSON body, when the answer is JSON. */
  json: unknown;
}

/** Every answer checked so far, for the suite's own count. */
export const seen = { responses: 0 };

/** Calls the API as a client would (path relative to /api/v1) and checks the answer's contract. */
export async function callApi(path: string, options: CallOptions = {}): Promise<ApiCall> {
  const method = options.method ?? (options.body === undefined ? "GET" : "POST");
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === "string" ? options.body : JSON.stringify(options.body);
    headers["content-type"] ??= "application/json";
  }
  const request = new Request(`${BASE}${path}`, { method, headers, body });
  const pathname = new URL(request.url).pathname.replace(/^\/api\/v1/, "");
  const route = ROUTES.find(
    ([m, pattern]) => m === (method === "HEAD" ? "GET" : method) && pattern.test(pathname),
  );
  if (!route) throw new Error(`no API route ${method} ${pathname}`);
  const match = route[1].exec(pathname)?.slice(1) ?? [];
  const response = await route[2](request, match, options.session ?? signedOut);
  const text = await response.text();
  const call: ApiCall = {
    status: response.status,
    headers: response.headers,
    text,
    json: /json/.test(response.headers.get("content-type") ?? "") && text ? JSON.parse(text) : null,
  };
  expectContract(method, pathname, call);
  return call;
}

/* The contract */

type Doc = ReturnType<typeof openApiDocument>;
let compiled: {
  ajv: Ajv2020;
  doc: Doc;
  templates: { template: string; pattern: RegExp }[];
} | null = null;

function contract() {
  if (compiled) return compiled;
  const doc = openApiDocument();
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  ajv.addSchema(doc as object, "openapi");
  const templates = Object.keys(doc.paths ?? {}).map((template) => ({
    template,
    pattern: new RegExp(`^${template.replace(/[.]/g, "\\.").replace(/\{[^}]+\}/g, "[^/]+")}$`),
  }));
  compiled = { ajv, doc, templates };
  return compiled;
}

const pointer = (...parts: string[]) =>
  parts.map((part) => part.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");

/** The response matches the document: a declared status, its content type, headers and schema. */
export function expectContract(method: string, pathname: string, call: ApiCall) {
  seen.responses += 1;
  // The document itself is not an operation of the API it describes.
  if (pathname === "/openapi.json") {
    expect(call.status === 200 || call.status === 304).toBe(true);
    return;
  }
  const { ajv, doc, templates } = contract();
  const found = templates.find((t) => t.pattern.test(pathname));
  expect(found, `${pathname} is in the OpenAPI document`).toBeDefined();
  if (!found) return;
  const verb = (method === "HEAD" ? "get" : method.toLowerCase()) as "get" | "post";
  const operation = doc.paths?.[found.template]?.[verb];
  expect(operation, `${method} ${found.template} is in the OpenAPI document`).toBeDefined();
  const declared = operation?.responses?.[String(call.status)] as
    | { content?: Record<string, unknown>; headers?: Record<string, unknown> }
    | undefined;
  expect(
    declared,
    `${method} ${found.template} answered ${call.status}, not declared: ${call.text.slice(0, 300)}`,
  ).toBeDefined();
  if (!declared) return;
  // Every answer after the caller is known and allowed in counts against the rate limit.
  if (![401, 403, 503].includes(call.status))
    expect(call.headers.get("ratelimit-limit"), "RateLimit-Limit").toMatch(/^\d+$/);
  if (call.status === 401)
    expect(call.headers.get("www-authenticate"), "WWW-Authenticate").toMatch(/^Bearer /);
  if (call.status === 429) expect(call.headers.get("retry-after")).toMatch(/^\d+$/);
  if (call.status === 304) {
    expect(call.text).toBe("");
    return;
  }
  if (verb === "get" && call.status === 200) expect(call.headers.get("etag")).toMatch(/^"/);
  const type = (call.headers.get("content-type") ?? "").split(";")[0]?.trim() ?? "";
  const media = Object.keys(declared.content ?? {});
  expect(media, `${call.status} of ${found.template}: content type`).toContain(type);
  if (!type.endsWith("json") || method === "HEAD") return;
  const ref = `openapi#/${pointer("paths", found.template, verb, "responses", String(call.status), "content", type, "schema")}`;
  const validate = ajv.getSchema(ref);
  if (!validate) throw new Error(`no schema at ${ref}`);
  const valid = validate(call.json);
  expect(
    valid,
    `${method} ${pathname} ${call.status}: ${ajv.errorsText(validate.errors)}\n${call.text.slice(0, 500)}`,
  ).toBe(true);
}
