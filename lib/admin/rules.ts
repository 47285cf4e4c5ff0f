/** What every administration action declares: installation-wide, admins only. */
export const ADMIN_ONLY = {
  permission: "admin.manage",
  resource: () => ({ kind: "installation" }),
} as const satisfies {
  permission: "admin.manage";
  resource: () => { kind: "installation" };
};

/**
 * What an administration write refreshes: names, roles, groups, areas and access show across
 * the whole app (menus, group switcher, member lists, project pages, dashboards).
 */
export const EVERY_PAGE = [{ path: "/", type: "layout" }] as const;
