import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "@/db/client";
import { projects } from "@/db/schema";
import { executeAs } from "@/lib/actions/execute";
import type { ActionState } from "@/lib/actions/guard";
import type { Viewer } from "@/lib/auth/viewer";
import { ERRORS, type ErrorCode } from "@/lib/errors";
import { postStatusUpdate } from "@/lib/projects/status-updates/actions";

export interface ApiAnswer {
  status: number;
  body: ActionState<unknown>;
}

export const refused = (code: ErrorCode, message = ERRORS[code].message): ApiAnswer => ({
  status: ERRORS[code].status,
  body: { status: "error", code, message: { key: message } },
});

/**
 * A status update posted as JSON for a viewer already known (tests and scripts call it) — the
 * same guarded action as the project page's form (postStatusUpdate through executeAs: parse,
 * permission on this project, one transaction with its audit row). Not a member of the group,
 * or no such project: 404, as for the page. The route itself, POST
 * /api/g/[group]/projects/[code]/status-updates, is an alias of the API's
 * (lib/api/handlers/writes.ts), which adds tokens, the rate limit, If-Match and Idempotency-Key.
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
