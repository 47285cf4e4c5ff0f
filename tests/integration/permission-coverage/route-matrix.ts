import type { Transaction } from "@/db/client";
import * as s from "@/db/schema";
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
/** Links from mail: the token is the credential, so who asks changes nothing (a forged one: 404). */
export const UNKNOWN_LINK: Statuses = [404, 404, 404, 404, 404, 404, 404];
/** Posting a status update: coordinators and the project's named contacts (201 Created). */
export const CONTACTS: Statuses = [201, 201, 201, 403, 403, 404, 401];

/** The API's list of the caller's groups: anyone signed in (an outsider sees their own). */
export const SIGNED_IN: Statuses = [200, 200, 200, 200, 200, 200, 401];
/** Commenting through the API: every member but observers (201 Created). */
export const COMMENTERS: Statuses = [201, 201, 201, 201, 403, 404, 401];

/** Adding documents to a project, and their versions: coordinators (201 Created). */
export const ATTACHERS: Statuses = [201, 201, 403, 403, 403, 404, 401];

/** An inbox entry's link: only the reader's own; signed out, the sign-in page first (303). */
export const OWN_ONLY: Statuses = [404, 404, 404, 404, 404, 404, 303];

export interface RouteCase {
  /**
   * "public" for what anyone may call; "self" for a signed-in user's own things; else the
   * permission the handler checks.
   */
  access: Action | "public" | "self";
  /** Null when the route is not called here; `reason` says why. */
  expected: Statuses | null;
  reason?: string;
  params?: (w: World) => Record<string, string>;
  query?: (w: World) => string;
  /** Sent as JSON. */
  body?: (w: World) => unknown;
  /** Sent as they are, with their content type (a file upload). */
  raw?: (w: World) => { bytes: Uint8Array; type: string };
  /** Prepares the record the call acts on, in the call's rolled-back transaction. */
  setup?: (tx: Transaction, w: World) => Promise<void>;
}

const group = (w: World) => ({ group: w.group.slug });
const UPDATE = { status: "in_progress", health: "on_track", progress: 70 };
const meeting = (number: number) => (w: World) => ({ ...group(w), number: String(number) });

/** A small PDF, as the browser's upload sends it (the body is the file). */
const PDF_UPLOAD = () => ({
  bytes: new TextEncoder().encode("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"),
  type: "application/octet-stream",
});
const documentOf = (w: World) => ({ ...group(w), id: w.documents.application.id });

const read = (params: RouteCase["params"] = group, query?: RouteCase["query"]): RouteCase => ({
  access: "group.read",
  expected: MEMBERS,
  params,
  query,
});

const project = (w: World) => ({ ...group(w), code: w.project.code });
const plan = (w: World) => ({ ...group(w), number: String(w.plan.number) });
const apiRead = (params: RouteCase["params"] = group, query?: RouteCase["query"]) =>
  read(params, query);

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
  // The JSON API (issue 16): reads for every member, writes as the project page allows. The same
  // rows are also run with each persona's token (permission-coverage.test.ts).
  "GET /api/v1/openapi.json": { access: "public", expected: ANYONE },
  "GET /api/v1/groups": { access: "group.read", expected: SIGNED_IN },
  "GET /api/v1/groups/[group]": apiRead(),
  "GET /api/v1/groups/[group]/areas": apiRead(),
  "GET /api/v1/groups/[group]/plans": apiRead(),
  "GET /api/v1/groups/[group]/plans/[number]": apiRead(plan),
  "GET /api/v1/groups/[group]/projects": apiRead(group, () => "?status=in_progress&limit=5"),
  "GET /api/v1/groups/[group]/projects/[code]": apiRead(project),
  "GET /api/v1/groups/[group]/projects/[code]/history": apiRead(project),
  "GET /api/v1/groups/[group]/meetings": apiRead(),
  "GET /api/v1/groups/[group]/meetings/[number]": apiRead(meeting(5)),
  "GET /api/v1/groups/[group]/action-items": apiRead(group, () => "?state=all"),
  "GET /api/v1/groups/[group]/iati.xml": apiRead(group, (w) => `?plan=${w.plan.number}`),
  "POST /api/v1/groups/[group]/projects/[code]/status-updates": {
    access: "project.updateStatus",
    expected: CONTACTS,
    params: project,
    body: (w) => ({ version: w.project.version, ...UPDATE }),
  },
  "POST /api/v1/groups/[group]/projects/[code]/comments": {
    access: "project.comment",
    expected: COMMENTERS,
    params: project,
    body: () => ({ body: "Kommentar fra dekningstesten", locale: "nb" }),
  },
  // The project's latest update comes from its Russian contact: the Norwegian side confirms it.
  "POST /api/v1/groups/[group]/projects/[code]/confirmations": {
    access: "project.confirmUpdate",
    expected: CONTACTS,
    params: project,
    body: () => ({}),
    setup: async (tx, w) => {
      await tx.insert(s.statusUpdates).values({
        projectId: w.project.id,
        groupId: w.group.id,
        authorId: w.delegateRu.id,
        authorDelegation: "RU",
        status: "in_progress",
        health: "on_track",
        progress: 50,
      });
    },
  },
  "GET /unsubscribe/[token]": {
    access: "public",
    expected: UNKNOWN_LINK,
    params: () => ({ token: "forged.token" }),
  },
  "POST /unsubscribe/[token]": {
    access: "public",
    expected: UNKNOWN_LINK,
    params: () => ({ token: "forged.token" }),
  },
  // A reset or invitation link: a forged token is 404 for everyone (tests/integration/password-links).
  "GET /reset-password/[token]": {
    access: "public",
    expected: UNKNOWN_LINK,
    params: () => ({ token: "A".repeat(43) }),
  },
  "GET /calendar/[token]": {
    access: "public",
    expected: UNKNOWN_LINK,
    params: () => ({ token: "A".repeat(43) }),
  },
  "GET /g/[group]/meetings/[number]/calendar": read(meeting(7)),
  // Development only (NODE_ENV=test here): 404 for everyone.
  "GET /dev/mailbox/[id]/html": {
    access: "public",
    expected: UNKNOWN_LINK,
    params: () => ({ id: "00000000-0000-4000-8000-000000000000" }),
  },
  "GET /dev/mailbox/[id]/attachments/[index]": {
    access: "public",
    expected: UNKNOWN_LINK,
    params: () => ({ id: "00000000-0000-4000-8000-000000000000", index: "0" }),
  },
  // Someone else's notification: 404 for every persona (the own-notification case, which marks
  // it read and redirects, is in tests/integration/inbox.test.ts).
  "GET /inbox/[id]": {
    access: "self",
    expected: OWN_ONLY,
    params: (w) => ({ id: w.othersNotification.id }),
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
  "GET /g/[group]/meetings/[number]/brief/pdf": read(meeting(7)),
  "GET /g/[group]/meetings/[number]/brief/docx": read(meeting(7), () => "?lang=ru"),
  "GET /g/[group]/meetings/[number]/minutes/pdf": read(meeting(5)),
  "GET /g/[group]/meetings/[number]/minutes/docx": read(meeting(5), () => "?lang=en"),
  // Uploads stream the body into storage (lib/documents/handlers.ts); downloads stream it out.
  "POST /api/g/[group]/documents": {
    access: "document.attach",
    expected: ATTACHERS,
    params: group,
    query: (w) => `?target=project:${w.project.id}&name=${encodeURIComponent("Dekning æøå.pdf")}`,
    raw: PDF_UPLOAD,
  },
  "POST /api/g/[group]/documents/[id]/versions": {
    access: "document.attach",
    expected: ATTACHERS,
    params: documentOf,
    query: () => "?name=versjon-2.pdf",
    raw: PDF_UPLOAD,
  },
  "GET /g/[group]/documents/[id]": read(documentOf),
  "GET /g/[group]/documents/[id]/versions/[number]": read((w) => ({
    ...documentOf(w),
    number: "1",
  })),
  "GET /g/[group]/documents/[id]/thumbnail": read(
    (w) => ({ ...group(w), id: w.documents.photo.id }),
    () => "?v=1",
  ),
};
