import "server-only";
import { forbidden } from "next/navigation";
import { decide } from "@/lib/auth/permissions";
import { getViewer, requireViewer } from "@/lib/auth/session";

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
