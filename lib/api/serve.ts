import "server-only";
import { createHash } from "node:crypto";
import type { Database } from "@/db/client";
import { type Action, decide } from "@/lib/auth/permissions";
import type { Viewer, ViewerGroup } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";
import { logUnexpected } from "@/lib/log";
import { getDb } from "@/lib/server/db";
import { databaseIsDown, RETRY_AFTER_SECONDS } from "@/lib/server/outage";
import { noteDatabaseFailure } from "@/lib/server/outage-watch";
import type { Locale } from "@/lib/vocabulary";
import { type ApiCaller, authenticate, type SessionLoad } from "./authenticate";
import { answerLocale, type Problem, problem, problemResponse } from "./problem";
import {
  configuredRateLimit,
  countRequest,
  type RateVerdict,
  rateLimitHeaders,
} from "./rate-limit";

/*
 * One path for every API request: authenticate (token or session), count it against the rate
 * limit, run the handler, and answer — JSON with an ETag (304 when the client has it), or a
 * problem document in the client's language. Handlers return what to answer; they never build
 * responses themselves, so every answer carries the same headers.
 */

export interface ApiContext {
  request: Request;
  url: URL;
  db: Database;
  caller: ApiCaller;
  viewer: Viewer;
  locale: Locale;
  now: Date;
}

export type ApiResult =
  | {
      kind: "json";
      status?: number;
      body: unknown;
      /** The entity tag; by default a hash of the body. */
      etag?: string;
      headers?: Record<string, string>;
    }
  | {
      kind: "text";
      status?: number;
      body: string;
      contentType: string;
      etag?: string;
      headers?: Record<string, string>;
    }
  | { kind: "problem"; problem: Problem };

export const json = (
  body: unknown,
  extra: Omit<Extract<ApiResult, { kind: "json" }>, "kind" | "body"> = {},
): ApiResult => ({ kind: "json", body, ...extra });

export const refuse = (p: Problem): ApiResult => ({ kind: "problem", problem: p });

export interface ServeOptions {
  /** Requests a minute (tests pass a small one); API_RATE_LIMIT otherwise. */
  rateLimit?: number;
  now?: Date;
  /** Where the answer is rendered: the API's own problem documents, or another route's shape. */
  render?: Renderer;
}

/** How a result becomes a response: the v1 renderer below, or an older route's own. */
export interface Renderer {
  problem: (
    p: Problem,
    locale: Locale,
    instance: string,
    headers: Record<string, string>,
  ) => Response;
}

const V1: Renderer = { problem: problemResponse };

/** A strong entity tag of the answer's bytes. */
export function entityTag(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

const opaque = (tag: string) => tag.trim().replace(/^W\//, "");

/** If-None-Match: does the client already have this representation? (weak comparison) */
export function notModified(request: Request, etag: string): boolean {
  const header = request.headers.get("if-none-match");
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((tag) => opaque(tag) === opaque(etag));
}

function respond(
  request: Request,
  result: Exclude<ApiResult, { kind: "problem" }>,
  headers: Record<string, string>,
): Response {
  const text = result.kind === "json" ? JSON.stringify(result.body) : result.body;
  const type = result.kind === "json" ? "application/json" : result.contentType;
  const etag = result.etag ?? entityTag(text);
  const all = {
    // Kept by the client only, and checked with it each time (ETag, If-None-Match).
    "cache-control": "private, no-cache",
    vary: "Authorization, Cookie, Accept-Language",
    etag,
    ...headers,
    ...result.headers,
  };
  const method = request.method;
  if ((method === "GET" || method === "HEAD") && notModified(request, etag))
    return new Response(null, { status: 304, headers: all });
  return new Response(method === "HEAD" ? null : text, {
    status: result.status ?? 200,
    headers: { "content-type": `${type}; charset=utf-8`, ...all },
  });
}

/** What an unexpected failure becomes: 503 while the database is away, else 500 with a reference. */
function failureProblem(error: unknown, route: string): Problem {
  if (error instanceof AppError) {
    const { message, fieldErrors } = error.details;
    return problem(error.code, {
      ...(message ? { message } : {}),
      ...(fieldErrors ? { fieldErrors } : {}),
    });
  }
  if (noteDatabaseFailure(error))
    return problem("unavailable", { headers: { "retry-after": String(RETRY_AFTER_SECONDS) } });
  const { correlationId } = logUnexpected("unexpected error in an API route", error, { route });
  return problem("internal", {
    message: { key: "errors.internal", values: { reference: correlationId } },
    extensions: { reference: correlationId },
  });
}

/** Serves one API request through authentication, the rate limit and the handler. */
export async function serveApi(
  request: Request,
  loadSession: () => Promise<SessionLoad>,
  handle: (context: ApiContext) => Promise<ApiResult>,
  options: ServeOptions = {},
): Promise<Response> {
  const url = new URL(request.url);
  const instance = url.pathname;
  const render = options.render ?? V1;
  let locale = answerLocale(request);
  let limits: Record<string, string> = {};
  try {
    if (databaseIsDown())
      return render.problem(
        problem("unavailable", { headers: { "retry-after": String(RETRY_AFTER_SECONDS) } }),
        locale,
        instance,
        {},
      );
    const db = getDb();
    const now = options.now ?? new Date();
    const who = await authenticate(db, request, loadSession, now);
    if ("problem" in who) return render.problem(who.problem, locale, instance, {});
    const { caller } = who;
    locale = answerLocale(request, caller.viewer.user.locale);
    const verdict: RateVerdict = await countRequest(
      db,
      caller.rateKey,
      options.rateLimit ?? configuredRateLimit(),
      now,
    );
    limits = rateLimitHeaders(verdict);
    if (!verdict.allowed)
      return render.problem(
        problem("throttled", {
          message: { key: "api.errors.rateLimited", values: { seconds: verdict.resetSeconds } },
          headers: { "retry-after": String(verdict.resetSeconds) },
        }),
        locale,
        instance,
        limits,
      );
    const result = await handle({
      request,
      url,
      db,
      caller,
      viewer: caller.viewer,
      locale,
      now,
    });
    if (result.kind === "problem") return render.problem(result.problem, locale, instance, limits);
    return respond(request, result, limits);
  } catch (error) {
    return render.problem(failureProblem(error, instance), locale, instance, limits);
  }
}

/** The viewer's group by its slug when they may do `action` in it; else not found (or forbidden). */
export function groupAccess(
  viewer: Viewer,
  slug: string,
  action: Action = "group.read",
): { group: ViewerGroup } | { problem: Problem } {
  const group = viewer.groups.find((g) => g.slug === slug);
  if (!group) return { problem: problem("not_found") };
  const decision = decide(viewer.user, action, { role: group.role });
  if (decision === "allow") return { group };
  return { problem: problem(decision === "forbidden" ? "forbidden" : "not_found") };
}

/**
 * A request about a working group (`params.group`, the URL's slug): serveApi, with the group
 * checked for the caller first as groupAccess says; `handle` gets the group and the parameters.
 */
export function serveGroupApi<P extends { group: string }>(
  request: Request,
  params: Promise<P>,
  loadSession: () => Promise<SessionLoad>,
  handle: (context: ApiContext & { group: ViewerGroup; params: P }) => Promise<ApiResult>,
): Promise<Response> {
  return serveApi(request, loadSession, async (context) => {
    const resolved = await params;
    const access = groupAccess(context.viewer, resolved.group);
    if ("problem" in access) return refuse(access.problem);
    return handle({ ...context, group: access.group, params: resolved });
  });
}

/** The largest request body the API reads: a status update's texts fit many times over. */
const BODY_LIMIT = 64 * 1024;

/** A write's JSON object body, or the problem with it (not JSON, too large, not an object). */
export async function readJsonObject(
  request: Request,
): Promise<{ body: Record<string, unknown> } | { problem: Problem }> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type))
    return { problem: problem("validation", { message: { key: "api.errors.jsonBody" } }) };
  const text = await request.text();
  if (text.length > BODY_LIMIT)
    return { problem: problem("validation", { message: { key: "api.errors.bodyTooLarge" } }) };
  let body: unknown;
  try {
    body = text.trim() === "" ? {} : JSON.parse(text);
  } catch {
    return { problem: problem("validation", { message: { key: "api.errors.jsonBody" } }) };
  }
  if (typeof body !== "object" || body === null || Array.isArray(body))
    return { problem: problem("validation", { message: { key: "api.errors.jsonObject" } }) };
  return { body: body as Record<string, unknown> };
}

/** A path segment as sent, decoded; undecodable text stays as it came. */
export function decodeSegment(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
