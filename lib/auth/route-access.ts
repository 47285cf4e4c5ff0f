import "server-only";
import { type Action, decide } from "@/lib/auth/permissions";
import type { Viewer, ViewerGroup } from "@/lib/auth/types";
import { pendingAccountStep } from "@/lib/auth/viewer";

/**
 * For route handlers (downloads) under /g/[group]: the viewer allowed `action` in the group,
 * or the response to send instead — 401 signed out, 404 not a member (nobody learns the group
 * exists), 403 a member without the right. The route reads the viewer from the session and
 * passes it in; the check never relies on proxy.ts.
 */
export function groupRouteAccess(
  viewer: Viewer | null,
  slug: string,
  action: Action = "group.read",
): { viewer: Viewer; group: ViewerGroup } | { response: Response } {
  if (!viewer) return { response: plain(401, "Unauthorized") };
  // A pending one-time password or required two-factor set-up comes first, as on every page.
  const pending = pendingAccountStep(viewer);
  if (pending)
    return {
      response: new Response(null, {
        status: 303,
        headers: { location: pending, "cache-control": "no-store" },
      }),
    };
  const group = viewer.groups.find((g) => g.slug === slug);
  if (!group) return { response: plain(404, "Not found") };
  const decision = decide(viewer.user, action, { role: group.role });
  if (decision === "not_found") return { response: plain(404, "Not found") };
  if (decision === "forbidden") return { response: plain(403, "Forbidden") };
  return { viewer, group };
}

export function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}

/** A download's access, once granted: the URL's group slug and parameters, the viewer, the group. */
export interface GroupRouteGrant<P> {
  slug: string;
  params: P;
  viewer: Viewer;
  group: ViewerGroup;
}

/**
 * A download route handler under /g/[group] in the format `F`: answers as groupRouteAccess says
 * for a viewer without `action` in the URL's group, and otherwise runs `body`.
 */
export function groupFileRoute<P extends { group: string }, F>(
  action: Action,
  body: (grant: GroupRouteGrant<P>, request: Request, format: F) => Promise<Response>,
) {
  return async (
    request: Request,
    params: Promise<P>,
    format: F,
    viewer: Viewer | null,
  ): Promise<Response> => {
    const resolved = await params;
    const access = groupRouteAccess(viewer, resolved.group, action);
    if ("response" in access) return access.response;
    return body({ ...access, slug: resolved.group, params: resolved }, request, format);
  };
}
