import "server-only";
import { executeAs } from "@/lib/actions/execute";
import type { ActionRefusal, ActionState } from "@/lib/actions/guard";
import type { SessionLoad } from "@/lib/api/authenticate";
import { type Problem, problem } from "@/lib/api/problem";
import { API_BASE, IDEMPOTENCY_KEY_PATTERN } from "@/lib/api/rules";
import {
  type ApiContext,
  type ApiResult,
  decodeSegment,
  groupAccess,
  json,
  type Renderer,
  readJsonObject,
  refuse,
  serveApi,
} from "@/lib/api/serve";
import { ERRORS } from "@/lib/errors";
import { addComment } from "@/lib/projects/comments/actions";
import { getProjectByCode, getProjectDetail } from "@/lib/projects/queries";
import { confirmStatusUpdate, postStatusUpdate } from "@/lib/projects/status-updates/actions";
import { projectRepresentation } from "./projects";

/*
 * The API's writes: the same guarded actions as the project page's forms (parse, permission on
 * this project, one transaction with its audit row), reached through serveApi. Each takes
 * If-Match (the project's version or ETag; stale: 409 with the project as it is now) and
 * Idempotency-Key (lib/actions/idempotency.ts: the same key again answers the first result).
 */

type Load = () => Promise<SessionLoad>;
type ProjectParams = Promise<{ group: string; code: string }>;

/** The version an If-Match names: `"12-…"`, `W/"12-…"`, `"12"` or `12`; "any" for `*`. */
export function ifMatchVersion(header: string | null): number | "any" | null | "invalid" {
  if (header === null || header.trim() === "") return null;
  const value = header.trim();
  if (value === "*") return "any";
  const match = /^(?:W\/)?"?(\d{1,10})(?:-[A-Za-z0-9_-]*)?"?$/.exec(value);
  const version = match?.[1] ? Number(match[1]) : Number.NaN;
  return Number.isSafeInteger(version) && version >= 1 && version <= 2_147_483_647
    ? version
    : "invalid";
}

interface WriteTarget {
  context: ApiContext;
  slug: string;
  project: { id: string; code: string; version: number };
  body: Record<string, unknown>;
  /** The version If-Match named, if any. */
  ifMatch: number | "any" | null;
  idempotencyKey: string | null;
}

/** Everything a write checks before its action: group, project, body and headers. */
async function writeTarget(
  context: ApiContext,
  params: ProjectParams,
): Promise<WriteTarget | { problem: Problem }> {
  const { group: slug, code } = await params;
  const access = groupAccess(context.viewer, slug);
  if ("problem" in access) return access;
  const project = await getProjectByCode(context.db, access.group.id, decodeSegment(code));
  if (!project || project.archivedAt) return { problem: problem("not_found") };
  const read = await readJsonObject(context.request);
  if ("problem" in read) return read;
  const ifMatch = ifMatchVersion(context.request.headers.get("if-match"));
  if (ifMatch === "invalid")
    return {
      problem: problem("validation", {
        fieldErrors: { "If-Match": [{ key: "validation.format" }] },
      }),
    };
  const key = context.request.headers.get("idempotency-key");
  if (key !== null && !IDEMPOTENCY_KEY_PATTERN.test(key))
    return {
      problem: problem("validation", {
        fieldErrors: { "Idempotency-Key": [{ key: "validation.format" }] },
      }),
    };
  return {
    context,
    slug,
    project: { id: project.id, code: project.code, version: project.version },
    body: read.body,
    ifMatch,
    idempotencyKey: key,
  };
}

/** The target project as it is now, as the project page reads it. */
async function currentDetail({ context, slug, project }: WriteTarget) {
  const groupId = context.viewer.groups.find((g) => g.slug === slug)?.id;
  return groupId ? getProjectDetail(context.db, groupId, project.code) : null;
}

/** 409 with the project as it is now (and its ETag), so the client can apply on top knowingly. */
async function conflict(target: WriteTarget, refusal?: ActionRefusal): Promise<ApiResult> {
  const detail = await currentDetail(target);
  const current = detail ? projectRepresentation(detail) : null;
  return refuse(
    problem("conflict", {
      ...(refusal?.message ? { message: refusal.message } : {}),
      ...(current
        ? { extensions: { current: current.body }, headers: { etag: current.etag } }
        : {}),
    }),
  );
}

/** A stale If-Match on a write that carries no version of its own (comments, confirmations). */
function staleIfMatch(target: WriteTarget): boolean {
  return typeof target.ifMatch === "number" && target.ifMatch !== target.project.version;
}

/** The action's answer: 201 with its result, or the refusal as a problem. */
async function answer<T>(
  target: WriteTarget,
  result: ActionState<T>,
  legacy: boolean,
): Promise<ApiResult> {
  const location = `${API_BASE}/groups/${target.slug}/projects/${encodeURIComponent(target.project.code)}`;
  if (result.status === "success") {
    const headers: Record<string, string> = { location };
    if (result.replayed) headers["idempotent-replayed"] = "true";
    const version = (result.data as { version?: unknown } | null)?.version;
    return json(legacy ? { status: "success", data: result.data } : result.data, {
      status: 201,
      headers,
      ...(typeof version === "number" ? { etag: `"${version}"` } : {}),
    });
  }
  if (result.code === "conflict" && !legacy) return conflict(target, result);
  return refuse({
    code: result.code,
    message: result.message,
    ...(result.fieldErrors ? { fieldErrors: result.fieldErrors } : {}),
    ...(legacy && result.conflict ? { extensions: { conflict: result.conflict } } : {}),
  });
}

const withKey = (target: WriteTarget) =>
  target.idempotencyKey === null ? {} : { idempotencyKey: target.idempotencyKey };

/** The body's fields without those the address or the headers decide. */
function fields(body: Record<string, unknown>, ...drop: string[]) {
  const rest = { ...body };
  for (const name of ["projectId", "idempotencyKey", ...drop]) delete rest[name];
  return rest;
}

/**
 * The answers of the JSON route before /api/v1 (kept as its alias): `{status, data}` on
 * success, `{status: "error", code, message}` when refused.
 */
const LEGACY: Renderer = {
  problem: (p, _locale, _instance, headers) =>
    Response.json(
      {
        status: "error",
        code: p.code,
        message: p.message ?? { key: ERRORS[p.code].message },
        ...(p.fieldErrors ? { fieldErrors: p.fieldErrors } : {}),
        ...(p.extensions?.conflict ? { conflict: p.extensions.conflict } : {}),
      },
      {
        status: ERRORS[p.code].status,
        headers: { "cache-control": "no-store", ...headers, ...p.headers },
      },
    ),
};

/** POST /api/v1/groups/{slug}/projects/{code}/status-updates (and its older alias). */
export function postStatusUpdateApi(
  request: Request,
  params: ProjectParams,
  load: Load,
  { legacy = false }: { legacy?: boolean } = {},
): Promise<Response> {
  return serveApi(
    request,
    load,
    async (context) => {
      const target = await writeTarget(context, params);
      if ("problem" in target) return refuse(target.problem);
      const { ifMatch, body, project } = target;
      // If-Match names the version the update applies to; `*` the current one, whatever it is.
      const version = ifMatch === "any" ? project.version : (ifMatch ?? body.version);
      const result = await executeAs(context.db, context.viewer, postStatusUpdate, {
        ...fields(body, "version"),
        ...(version === undefined ? {} : { version }),
        projectId: project.id,
        ...withKey(target),
      });
      return answer(target, result, legacy);
    },
    legacy ? { render: LEGACY } : {},
  );
}

/**
 * A write that carries no version of its own (comments, confirmations): a stale If-Match is
 * refused before `run` sends the action; its answer is the action's.
 */
function unversionedWrite(
  request: Request,
  params: ProjectParams,
  load: Load,
  run: (target: WriteTarget) => Promise<ActionState<unknown> | ApiResult>,
): Promise<Response> {
  return serveApi(request, load, async (context) => {
    const target = await writeTarget(context, params);
    if ("problem" in target) return refuse(target.problem);
    if (staleIfMatch(target)) return conflict(target);
    const result = await run(target);
    return "kind" in result ? result : answer(target, result, false);
  });
}

/** POST …/projects/{code}/comments */
export function postCommentApi(
  request: Request,
  params: ProjectParams,
  load: Load,
): Promise<Response> {
  return unversionedWrite(request, params, load, (target) =>
    executeAs(target.context.db, target.context.viewer, addComment, {
      ...fields(target.body),
      projectId: target.project.id,
      ...withKey(target),
    }),
  );
}

/** POST …/projects/{code}/confirmations — the other side confirms the latest update. */
export function postConfirmationApi(
  request: Request,
  params: ProjectParams,
  load: Load,
): Promise<Response> {
  return unversionedWrite(request, params, load, async (target) => {
    let updateId = target.body.updateId;
    if (updateId === undefined) {
      updateId = (await currentDetail(target))?.latestUpdate?.id;
      if (!updateId)
        return refuse(problem("not_found", { message: { key: "api.errors.nothingToConfirm" } }));
    }
    return executeAs(target.context.db, target.context.viewer, confirmStatusUpdate, {
      updateId,
      ...withKey(target),
    });
  });
}
