import type { GroupAction } from "@/lib/auth/permissions";

/** What a page answers a persona: rendered, 403, 404, or a redirect to the sign-in page. */
export type PageOutcome = 200 | 403 | 404 | "sign-in";
export type PageExpected = readonly [
  PageOutcome,
  PageOutcome,
  PageOutcome,
  PageOutcome,
  PageOutcome,
  PageOutcome,
  PageOutcome,
];

export type PageGuard =
  /** requireGroupAccess(slug, action): the group's pages. */
  | { kind: "group"; action: GroupAction }
  /** requireAdmin(): the administration. */
  | { kind: "admin" }
  /** requireViewer(): signed-in pages that show only the reader's own things. */
  | { kind: "viewer" }
  /** requireDevelopment(): development tools, 404 anywhere but `npm run dev`. */
  | { kind: "development" }
  | { kind: "public" };

export interface PageCase {
  guard: PageGuard;
  expected: PageExpected;
}

// By hand from product.md.                         admin coord contact deleg observer outsider out
const READERS: PageExpected = [200, 200, 200, 200, 200, 404, "sign-in"];
const COORDINATORS: PageExpected = [200, 200, 403, 403, 403, 404, "sign-in"];
const ADMINS: PageExpected = [200, 403, 403, 403, 403, 403, "sign-in"];
const SIGNED_IN: PageExpected = [200, 200, 200, 200, 200, 200, "sign-in"];
const ANYONE: PageExpected = [200, 200, 200, 200, 200, 200, 200];
const NOBODY: PageExpected = [404, 404, 404, 404, 404, 404, 404];

const read: PageCase = { guard: { kind: "group", action: "group.read" }, expected: READERS };
const coordinators = (action: GroupAction): PageCase => ({
  guard: { kind: "group", action },
  expected: COORDINATORS,
});
const admin: PageCase = { guard: { kind: "admin" }, expected: ADMINS };
const viewer: PageCase = { guard: { kind: "viewer" }, expected: SIGNED_IN };

/** Every app/**\/page.tsx and the guard it must call first. */
export const PAGES: Record<string, PageCase> = {
  "app/page.tsx": viewer,
  "app/sign-in/page.tsx": { guard: { kind: "public" }, expected: ANYONE },
  // Development only: the tests run with NODE_ENV=test, where it does not exist.
  "app/dev/mailbox/page.tsx": { guard: { kind: "development" }, expected: NOBODY },
  "app/dev/mailbox/[id]/page.tsx": { guard: { kind: "development" }, expected: NOBODY },
  "app/overview/page.tsx": viewer,
  "app/inbox/page.tsx": viewer,
  "app/profile/page.tsx": viewer,
  "app/profile/password/page.tsx": viewer,
  "app/profile/two-factor/page.tsx": viewer,
  "app/profile/notifications/page.tsx": viewer,
  "app/profile/tokens/page.tsx": viewer,
  "app/api-reference/page.tsx": viewer,
  // Before signing in: asking for a reset link, and choosing a password through one (the
  // link's token, in a cookie, is the credential; without it the page only offers to ask).
  "app/reset-password/page.tsx": { guard: { kind: "public" }, expected: ANYONE },
  "app/reset-password/new/page.tsx": { guard: { kind: "public" }, expected: ANYONE },
  "app/admin/page.tsx": admin,
  "app/admin/audit/page.tsx": admin,
  "app/admin/settings/page.tsx": admin,
  "app/admin/tokens/page.tsx": admin,
  "app/admin/deliveries/page.tsx": admin,
  "app/admin/users/page.tsx": admin,
  "app/admin/users/new/page.tsx": admin,
  "app/admin/users/[id]/page.tsx": admin,
  "app/admin/groups/page.tsx": admin,
  "app/admin/groups/new/page.tsx": admin,
  "app/admin/groups/[id]/page.tsx": admin,
  "app/admin/places/page.tsx": admin,
  // The benchmark's floor (npm run bench): 404 unless WORKPLAN_BENCH=1, then a group's shell.
  "app/bench/empty/page.tsx": read,
  "app/g/[group]/page.tsx": read,
  "app/g/[group]/my/page.tsx": read,
  "app/g/[group]/actions/page.tsx": read,
  "app/g/[group]/report/page.tsx": read,
  "app/g/[group]/audit/page.tsx": coordinators("audit.read"),
  "app/g/[group]/projects/page.tsx": read,
  "app/g/[group]/projects/[code]/page.tsx": read,
  "app/g/[group]/projects/new/page.tsx": coordinators("project.manage"),
  "app/g/[group]/projects/[code]/edit/page.tsx": coordinators("project.manage"),
  "app/g/[group]/projects/import/page.tsx": coordinators("project.import"),
  "app/g/[group]/plans/page.tsx": read,
  "app/g/[group]/plans/[number]/page.tsx": read,
  "app/g/[group]/plans/compare/page.tsx": read,
  "app/g/[group]/plans/new/page.tsx": coordinators("plan.manage"),
  "app/g/[group]/meetings/page.tsx": read,
  "app/g/[group]/meetings/[number]/page.tsx": read,
  "app/g/[group]/meetings/[number]/brief/page.tsx": read,
  "app/g/[group]/meetings/[number]/minutes/page.tsx": read,
  "app/g/[group]/meetings/new/page.tsx": coordinators("meeting.manage"),
  "app/g/[group]/meetings/[number]/edit/page.tsx": coordinators("meeting.manage"),
};

/** The guards a page's source calls, as PageGuard kinds and group actions. */
export function guardsIn(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/requireGroupAccess\(\s*\w+\s*(?:,\s*"([\w.]+)"\s*)?\)/g))
    found.push(`group:${m[1] ?? "group.read"}`);
  if (/\brequireAdmin\(\)/.test(source)) found.push("admin");
  if (/\brequire(?:Viewer|User)\(/.test(source)) found.push("viewer");
  if (/\brequireDevelopment\(\)/.test(source)) found.push("development");
  return [...new Set(found)];
}

export const guardName = (guard: PageGuard) =>
  guard.kind === "group" ? `group:${guard.action}` : guard.kind;
