import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "@/db/client";
import { projects } from "@/db/schema";
import { executeAs } from "@/lib/actions/execute";
import type { ActionState } from "@/lib/actions/guard";
import type { viewerForAction } from "@/lib/actions/run";
import type { Viewer } from "@/lib/auth/viewer";
import { ERRORS, type ErrorCode } from "@/lib/errors";
import { logUnexpected } from "@/lib/log";
import { postStatusUpdate } from "@/lib/projects/status-updates/actions";
import { getDb } from "@/lib/server/db";
import { noteDatabaseFailure } from "@/lib/server/outage-watch";

export interface ApiAnswer {
  status: number;
  body: ActionState<unknown>;
}

export const refused = (code: ErrorCode, message = ERRORS[code].message): ApiAnswer => ({
  status: ERRORS[code].status,
  body: { status: "error", code, message: { key: message } },
});

/**
 * A status update posted as JSON — the same guarded action as the project page's form
 * (postStatusUpdate through executeAs: parse, permission on this project, one transaction with
 * its audit row). Not a member of the group, or no such project: 404, as for the page.
 */
export async function answerStatusUpdate(
  db: Database,
  viewer: Viewer | null,
  slug: string,
  code: string,
  body: unknown,
): Promise<ApiAnswer> {
  if (!viewer) return refused("unauthenticated");
  const group = viewer.groups.find((g) => g.slug === slug);
  if (!group) return refused("not_found");
  const [project] = await db
    .select({ id: projects.id })
    .from(projects)
    .where(
      and(eq(projects.groupId, group.id), eq(projects.code, code), isNull(projects.archivedAt)),
    );
  if (!project) return refused("not_found");
  const fields = typeof body === "object" && body !== null && !Array.isArray(body) ? body : {};
  const result = await executeAs(db, viewer, postStatusUpdate, {
    ...fields,
    projectId: project.id,
  });
  if (result.status === "success") return { status: 201, body: result };
  if (result.status === "error") return { status: ERRORS[result.code].status, body: result };
  return refused("internal");
}

const json = ({ status, body }: ApiAnswer) =>
  Response.json(body, { status, headers: { "cache-control": "no-store" } });

/** Cookies are SameSite=Lax; a JSON body and a same-origin Origin are required on top. */
function crossSiteRefusal(request: Request): ApiAnswer | null {
  const origin = request.headers.get("origin");
  const host = request.headers.get("host");
  if (origin && host && hostOf(origin) !== host) return refused("forbidden");
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) return refused("validation");
  return null;
}

/** POST /api/g/[group]/projects/[code]/status-updates */
export async function postStatusUpdateRoute(
  request: Request,
  params: Promise<{ group: string; code: string }>,
  loaded: Awaited<ReturnType<typeof viewerForAction>>,
): Promise<Response> {
  const refusal = crossSiteRefusal(request);
  if (refusal) return json(refusal);
  if (loaded.refusal) return json({ status: 503, body: loaded.refusal });
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return json(refused("validation"));
  }
  const { group, code } = await params;
  try {
    return json(await answerStatusUpdate(getDb(), loaded.viewer, group, safeDecode(code), body));
  } catch (error) {
    if (noteDatabaseFailure(error)) return json(refused("unavailable"));
    const { correlationId } = logUnexpected("unexpected error in an API route", error, {
      route: "/api/g/[group]/projects/[code]/status-updates",
    });
    return json({
      status: 500,
      body: {
        status: "error",
        code: "internal",
        message: { key: ERRORS.internal.message, values: { reference: correlationId } },
      },
    });
  }
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
