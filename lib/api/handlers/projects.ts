import "server-only";
import { asc } from "drizzle-orm";
import type { z } from "zod";
import { projects } from "@/db/schema";
import type { SessionLoad } from "@/lib/api/authenticate";
import { decodeCursor, encodeCursor, parseLimit, queryRecord } from "@/lib/api/paging";
import { type Problem, problem } from "@/lib/api/problem";
import { projectListItemOut, projectOut } from "@/lib/api/represent";
import { type Project, ProjectQuery } from "@/lib/api/schemas";
import { decodeSegment, entityTag, json, refuse, serveGroupApi } from "@/lib/api/serve";
import { todayIso } from "@/lib/clock";
import { parseProjectFilters } from "@/lib/projects/list/input";
import { countProjects, listProjects } from "@/lib/projects/list/queries";
import { getProjectByCode, getProjectDetail } from "@/lib/projects/queries";
import { getProjectHistory } from "@/lib/projects/status-updates/queries";
import type { ProjectDetail } from "@/lib/projects/types";
import { toFieldErrors } from "@/lib/validation";

type Load = () => Promise<SessionLoad>;
type GroupParams = Promise<{ group: string }>;
type ProjectParams = Promise<{ group: string; code: string }>;

/**
 * A project's entity tag: its version first (what If-Match is compared with), then a hash of
 * the whole representation (a confirmation or a renamed area changes it without a new version).
 */
export function projectTag(body: z.output<typeof Project>): string {
  return `"${body.version}-${entityTag(JSON.stringify(body)).slice(1, 17)}"`;
}

/** The project as the API shows it, with its entity tag. */
export function projectRepresentation(detail: ProjectDetail) {
  const body = projectOut(detail);
  return { body, etag: projectTag(body) };
}

/** The query's filters, checked strictly (a client should hear about a mistyped value). */
export function checkQuery<T extends z.ZodType>(
  schema: T,
  url: URL,
): { params: Record<string, string | string[]> } | { problem: Problem } {
  const params = queryRecord(url.searchParams);
  const checked = schema.safeParse(params);
  return checked.success
    ? { params }
    : { problem: problem("validation", { fieldErrors: toFieldErrors(checked.error) }) };
}

/** GET /api/v1/groups/{slug}/projects — the list's filters, cursor paging by code. */
export function getProjects(request: Request, params: GroupParams, load: Load): Promise<Response> {
  return serveGroupApi(request, params, load, async ({ viewer, db, url, locale, now, group }) => {
    const checked = checkQuery(ProjectQuery, url);
    if ("problem" in checked) return refuse(checked.problem);
    const limit = parseLimit(url.searchParams.get("limit"));
    const cursor = decodeCursor(url.searchParams.get("cursor"));
    if (limit === null || cursor === "invalid" || (cursor && !("after" in cursor)))
      return refuse(
        problem("validation", {
          fieldErrors: {
            [limit === null ? "limit" : "cursor"]: [{ key: "validation.invalid" }],
          },
        }),
      );
    const { limit: _l, cursor: _c, page: _p, sort: _s, dir: _d, ...rest } = checked.params;
    const filters = parseProjectFilters(rest);
    const scope = {
      groupId: group.id,
      userId: viewer.user.id,
      today: todayIso(now),
      locale,
    };
    const after = cursor?.after;
    const [page, counted] = await Promise.all([
      listProjects(db, scope, filters, {
        orderBy: [asc(projects.code)],
        pageSize: limit + 1,
        ...(after === undefined ? {} : { after }),
      }),
      after === undefined ? null : countProjects(db, scope, filters),
    ]);
    const rows = page.rows.slice(0, limit);
    const last = rows.at(-1);
    return json({
      items: rows.map(projectListItemOut),
      total: counted ?? page.total,
      nextCursor: page.rows.length > limit && last ? encodeCursor({ after: last.code }) : null,
    });
  });
}

/** GET /api/v1/groups/{slug}/projects/{code} — ETag "version-hash". */
export function getProject(request: Request, params: ProjectParams, load: Load): Promise<Response> {
  return serveGroupApi(request, params, load, async ({ db, group, params: { code } }) => {
    const detail = await getProjectDetail(db, group.id, decodeSegment(code));
    if (!detail) return refuse(problem("not_found"));
    const { body, etag } = projectRepresentation(detail);
    return json(body, { etag });
  });
}

/** GET /api/v1/groups/{slug}/projects/{code}/history — updates and comments, newest first. */
export function getProjectHistoryRoute(
  request: Request,
  params: ProjectParams,
  load: Load,
): Promise<Response> {
  return serveGroupApi(request, params, load, async ({ db, group, params: { code } }) => {
    const project = await getProjectByCode(db, group.id, decodeSegment(code));
    if (!project) return refuse(problem("not_found"));
    return json(await getProjectHistory(db, group.id, project.id));
  });
}
