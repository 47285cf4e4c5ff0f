/** What every administration action declares: installation-wide, admins only. */
export const ADMIN_ONLY = {
  permission: "admin.manage",
  resource: () => ({ kind: "installation" }),
} as const satisfies {
  permission: "admin.manage";
  resource: () => { kind: "installation" };
};
