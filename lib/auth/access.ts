import "server-only";
import { forbidden, notFound } from "next/navigation";
import { type Action, decide } from "@/lib/auth/permissions";
import { getViewer, requireViewer } from "@/lib/auth/session";

/**
 * For pages under /g/[group]: the signed-in user and the group, after the permission module
 * said yes. Not a member: 404. A member without the right: 403. No query of its own: the
 * viewer (loaded once per request) already lists the groups the user may open.
 */
export async function requireGroupAccess(slug: string, action: Action = "group.read") {
  const viewer = await requireViewer();
  const group = viewer.groups.find((g) => g.slug === slug);
  if (!group) notFound();
  const decision = decide(viewer.user, action, { role: group.role });
  if (decision === "not_found") notFound();
  if (decision === "forbidden") forbidden();
  return { viewer, user: viewer.user, group, role: group.role };
}

/**
 * For every page under /admin: the signed-in admin, after the permission module said yes.
 * Layouts do not guard the pages below them on every navigation, so each page calls this.
 */
export async function requireAdmin() {
  const viewer = await requireViewer();
  if (decide(viewer.user, "admin.manage", { role: null }) !== "allow") forbidden();
  return viewer;
}

/** For metadata, which renders apart from the page: true only for an admin. */
export async function viewerIsAdmin(): Promise<boolean> {
  const viewer = await getViewer();
  return !!viewer && decide(viewer.user, "admin.manage", { role: null }) === "allow";
}
