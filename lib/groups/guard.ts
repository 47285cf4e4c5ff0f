import "server-only";
import { forbidden, notFound } from "next/navigation";
import { cache } from "react";
import { type Action, decide } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { findGroupBySlug } from "./queries";

const loadGroup = cache(async (slug: string) => {
  const user = await requireUser();
  const found = await findGroupBySlug(getDb(), user, slug);
  return { user, found };
});

/**
 * For pages under /g/[group]: the signed-in user and the group, after the permission module
 * said yes. Not a member: 404. A member without the right: 403.
 */
export async function requireGroupAccess(slug: string, action: Action = "group.read") {
  const { user, found } = await loadGroup(slug);
  if (!found) notFound();
  const decision = decide(user, action, { role: found.role });
  if (decision === "not_found") notFound();
  if (decision === "forbidden") forbidden();
  return { user, group: found.group, role: found.role };
}
