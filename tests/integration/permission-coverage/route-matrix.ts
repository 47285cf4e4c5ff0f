import type { Action } from "@/lib/auth/permissions";
import type { World } from "./world";

/** HTTP status per persona, in PERSONAS' order (admin … signedOut). */
export type Statuses = readonly [number, number, number, number, number, number, number];

// By hand from product.md: reading (exports and documents included) is for every member; a
// non-member learns nothing (404), a member without the right gets 403, nobody signed in 401.
//                                   admin coord contact deleg observer outsider out
export const MEMBERS: Statuses = [200, 200, 200, 200, 200, 404, 401];
export const IMPORTERS: Statuses = [200, 200, 403, 403, 403, 404, 401];
export const ANYONE: Statuses = [200, 200, 200, 200, 200, 200, 200];
/** Posting a status update: coordinators and the project's named contacts (201 Created). */
export const CONTACTS: Statuses = [201, 201, 201, 403, 403, 404, 401];

export interface RouteCase {
  /** "public" for what anyone may call; else the permission the handler checks. */
  access: Action | "public";
  /** Null when the route is not called here; `reason` says why. */
  expected: Statuses | null;
  reason?: string;
  params?: (w: World) => Record<string, string>;
  query?: (w: World) => string;
  /** Sent as JSON. */
  body?: (w: World) => unknown;
}

const group = (w: World) => ({ group: w.group.slug });
const meeting = (number: number) => (w: World) => ({ ...group(w), number: String(number) });

const read = (params: RouteCase["params"] = group, query?: RouteCase["query"]): RouteCase => ({
  access: "group.read",
  expected: MEMBERS,
  params,
  query,
});

/** Keyed "METHOD /path/pattern", as discoverRoutes() names them. */
export const ROUTES: Record<string, RouteCase> = {
  "GET /api/health": { access: "public", expected: ANYONE },
  "GET /api/auth/[...nextauth]": {
    access: "public",
    expected: null,
    reason: "Auth.js's own endpoints (sign-in, sign-out, session, CSRF token): public by design",
  },
  "POST /api/auth/[...nextauth]": {
    access: "public",
    expected: null,
    reason: "Auth.js's own endpoints; credentials go through the throttle in lib/auth/next-auth.ts",
  },
  "POST /api/g/[group]/projects/[code]/status-updates": {
    access: "project.updateStatus",
    expected: CONTACTS,
    params: (w) => ({ ...group(w), code: w.project.code }),
    body: (w) => ({
      version: w.project.version,
      status: "in_progress",
      health: "on_track",
      progress: 70,
    }),
  },
  "GET /g/[group]/projects/export/csv": read(group, () => "?status=in_progress"),
  "GET /g/[group]/projects/export/xlsx": read(),
  "GET /g/[group]/projects/export/history/csv": read(group, (w) => `?project=${w.project.code}`),
  "GET /g/[group]/projects/export/history/xlsx": read(),
  "GET /g/[group]/projects/import/template/csv": {
    access: "project.import",
    expected: IMPORTERS,
    params: group,
  },
  "GET /g/[group]/projects/import/template/xlsx": {
    access: "project.import",
    expected: IMPORTERS,
    params: group,
    query: () => "?lang=ru",
  },
  "GET /g/[group]/report/pdf": read(),
  "GET /g/[group]/report/docx": read(group, () => "?from=2018-01-01&to=2019-12-31&lang=nb-ru"),
  "GET /g/[group]/meetings/[number]/brief/pdf": read(meeting(6)),
  "GET /g/[group]/meetings/[number]/brief/docx": read(meeting(6), () => "?lang=ru"),
  "GET /g/[group]/meetings/[number]/minutes/pdf": read(meeting(5)),
  "GET /g/[group]/meetings/[number]/minutes/docx": read(meeting(5), () => "?lang=en"),
};
