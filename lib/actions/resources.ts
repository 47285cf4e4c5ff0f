import type { z } from "zod";
import type { GroupResourceRef } from "@/lib/actions/guard";
import { ADMIN_ONLY } from "@/lib/admin/rules";
import type { GroupAction } from "@/lib/auth/permissions";

/**
 * An action's `permission`, its `schema`, and the `resource` the permission is checked against,
 * named by one id in its input; spread into the definition:
 * `{ name, ...onGroup("plan.manage", schema), run }`.
 */
function by<F extends string, R extends GroupResourceRef>(field: F, ref: (id: string) => R) {
  return <P extends GroupAction, S extends z.ZodType<Record<F, string>>>(
    permission: P,
    schema: S,
  ) => ({
    permission,
    schema,
    resource: (input: z.output<S>): R => ref((input as Record<F, string>)[field]),
  });
}

export const onGroup = by("groupId", (id) => ({ kind: "group" as const, groupId: id }));
export const onProject = by("projectId", (id) => ({ kind: "project" as const, projectId: id }));
export const onStatusUpdate = by("updateId", (id) => ({
  kind: "statusUpdate" as const,
  updateId: id,
}));
export const onActionItem = by("actionItemId", (id) => ({
  kind: "actionItem" as const,
  actionItemId: id,
}));
export const onDocument = by("documentId", (id) => ({ kind: "document" as const, documentId: id }));

/** An administration action's `schema`, checked installation-wide for administrators only. */
export const adminOnly = <S extends z.ZodType>(schema: S) => ({ ...ADMIN_ONLY, schema });

/** A signed-in user's action on their own account (`schema`): no permission beyond signing in. */
export const ownAccount = <S extends z.ZodType>(schema: S) => ({
  permission: "self" as const,
  schema,
});
