import type { ResourceRef } from "@/lib/auth/authorize";

/** What every administration action declares: installation-wide, admins only. */
export const ADMIN_ONLY: { permission: "admin.manage"; resource: () => ResourceRef } = {
  permission: "admin.manage",
  resource: () => ({ kind: "installation" }),
};
