import "server-only";
import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject } from "zod-openapi";
import { API_BASE, IDEMPOTENCY_HOURS } from "./rules";
import * as S from "./schemas";

/*
 * The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the handlers are typed by
 * (lib/api/schemas.ts). Served at /api/v1/openapi.json and rendered by the API reference page.
 */

const problemContent = { "application/problem+json": { schema: S.ProblemDetails } };

const rateHeaders = z.object({
  "RateLimit-Limit": z.string().meta({ description: "Requests allowed per minute." }),
  "RateLimit-Remaining": z.string().meta({ description: "Requests left in this minute." }),
  "RateLimit-Reset": z.string().meta({ description: "Seconds until the minute ends." }),
});

const readHeaders = rateHeaders.extend({
  ETag: z.string().meta({ description: "Send as If-None-Match: 304 when unchanged." }),
});

const problems = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((status) => [
      String(status),
      {
        description: PROBLEM_DESCRIPTIONS[status] ?? "Refused",
        content: problemContent,
        ...(status === 401
          ? {
              headers: z.object({
                "WWW-Authenticate": z.string().meta({ example: 'Bearer realm="workplan"' }),
              }),
            }
          : status === 429
            ? { headers: rateHeaders.extend({ "Retry-After": z.string() }) }
            : status === 503
              ? { headers: z.object({ "Retry-After": z.string() }) }
              : {}),
      },
    ]),
  );

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  401: "No valid token or session (expired, revoked, deactivated user, token in the URL).",
  403: "The caller's role does not allow it, or the token's scope does not.",
  404: "Not a member of the group, or no such record.",
  409: "The project changed since the version sent (If-Match); `current` holds it as it is now.",
  422: "The request is not valid: see `errors`.",
  429: "Too many requests this minute.",
  503: "The database is temporarily unavailable: try again after Retry-After.",
};

const slug = z
  .string()
  .meta({ description: "The working group's slug, e.g. regional-cooperation." });
const groupPath = z.object({ slug });
const projectPath = z.object({ slug, code: z.string().meta({ example: "2018-07" }) });
const numberPath = z.object({ slug, number: z.string().regex(/^\d+$/) });
const conditional = z.object({
  "If-None-Match": z.string().optional().meta({ description: "An ETag received before." }),
});

/** A read: `path` names what is read (none: the caller's own), `query` its filters. */
function read(
  summary: string,
  schema: z.ZodType,
  path?: z.ZodObject,
  query?: z.ZodObject,
): ZodOpenApiOperationObject {
  return {
    summary,
    tags: ["Read"],
    requestParams: { header: conditional, ...(path && { path }), ...(query && { query }) },
    responses: {
      "200": {
        description: "OK",
        headers: readHeaders,
        content: { "application/json": { schema } },
      },
      "304": { description: "Not modified (If-None-Match matched the ETag)." },
      ...problems(401, 403, 404, 422, 429, 503),
    },
  };
}

const writeHeaders = z.object({
  "If-Match": S.IfMatch.optional(),
  "Idempotency-Key": S.IdempotencyKey.optional(),
});

function write(
  summary: string,
  body: z.ZodType,
  created: z.ZodType,
  description: string,
): ZodOpenApiOperationObject {
  return {
    summary,
    description,
    tags: ["Write"],
    security: [{ bearer: [] }, { session: [] }],
    requestParams: { path: projectPath, header: writeHeaders },
    requestBody: { required: true, content: { "application/json": { schema: body } } },
    responses: {
      "201": {
        description: `Done. The same Idempotency-Key again within ${IDEMPOTENCY_HOURS} hours answers this again (with Idempotent-Replayed: true) and writes nothing.`,
        headers: rateHeaders.extend({
          Location: z.string(),
          "Idempotent-Replayed": z.string().optional(),
        }),
        content: { "application/json": { schema: created } },
      },
      ...problems(401, 403, 404, 409, 422, 429, 503),
    },
  };
}

const DESCRIPTION = `Workplan's data for the systems of ministries, programmes and the commission: the
working groups a user belongs to, their cooperation areas, work plans, projects with their
history, meetings and action items — and the status updates, confirmations and comments
members post.

**Authentication.** A personal access token (Profile → API tokens) in the header
\`Authorization: Bearer wpat_…\`; never in the URL (refused). A token acts as its user — never
beyond what the user may do, nor beyond its scope (\`read\`, or \`write\` which includes
reading) — and stops at once when revoked, expired, or its user is deactivated. A signed-in
browser may call the API too; its writes must come from this site as JSON.

**Conditional requests.** Every answer has an \`ETag\`; send it back as \`If-None-Match\` to
get \`304 Not Modified\`. Writes take \`If-Match\` with the project's version or ETag: a
stale one is refused with \`409\` and the project as it is now.

**Idempotency.** Writes take an \`Idempotency-Key\`: the same key from the same user within
${IDEMPOTENCY_HOURS} hours gets the first answer again and nothing is written twice, so a
client whose answer was lost can safely send again. The same key with another request: 422.

**Rate limit.** Per token (or signed-in user) and minute, shared by every server:
\`RateLimit-Limit\`, \`RateLimit-Remaining\`, \`RateLimit-Reset\` on every answer, 429 with
\`Retry-After\` past it.

**Errors** are RFC 9457 problem details (\`application/problem+json\`) with Workplan's error
code and a message in the \`Accept-Language\` language (nb, ru or en).`;

let cached: ReturnType<typeof createDocument> | undefined;

export function openApiDocument() {
  cached ??= createDocument({
    openapi: "3.1.0",
    info: {
      title: "Workplan API",
      version: "1.0.0",
      description: DESCRIPTION,
    },
    servers: [{ url: API_BASE }],
    security: [{ bearer: [] }, { session: [] }],
    tags: [
      { name: "Read", description: "Every member of the group; a read or write token." },
      { name: "Write", description: "As the project page allows the user; a write token." },
      { name: "Export", description: "Open data formats." },
    ],
    components: {
      securitySchemes: {
        bearer: {
          type: "http",
          scheme: "bearer",
          description: "A personal access token: wpat_ followed by 43 characters.",
        },
        session: {
          type: "apiKey",
          in: "cookie",
          name: "authjs.session-token",
          description: "The browser's session after signing in (same-origin JSON writes only).",
        },
      },
    },
    paths: {
      "/groups": { get: read("The caller's working groups", S.GroupList) },
      "/groups/{slug}": {
        get: read("A working group", S.GroupDetail, groupPath),
      },
      "/groups/{slug}/areas": {
        get: read("Its cooperation areas, in order", S.AreaList, groupPath),
      },
      "/groups/{slug}/plans": {
        get: read("Its work plans, newest first", S.PlanList, groupPath),
      },
      "/groups/{slug}/plans/{number}": {
        get: read("A work plan with its projects", S.Plan, numberPath),
      },
      "/groups/{slug}/projects": {
        get: read(
          "Its projects: the list's filters, paged by cursor",
          S.ProjectList,
          groupPath,
          S.ProjectQuery,
        ),
      },
      "/groups/{slug}/projects/{code}": {
        get: read("A project (ETag: its version first)", S.Project, projectPath),
      },
      "/groups/{slug}/projects/{code}/history": {
        get: read("Its status updates and comments, newest first", S.History, projectPath),
      },
      "/groups/{slug}/projects/{code}/status-updates": {
        post: write(
          "Post a status update",
          S.StatusUpdateBody,
          S.StatusUpdateCreated,
          "As the project page's form: coordinators, and delegates named as the project's contact. The version comes from If-Match (or `version` in the body).",
        ),
      },
      "/groups/{slug}/projects/{code}/confirmations": {
        post: write(
          "Confirm the latest status update",
          S.ConfirmationBody,
          S.ConfirmationCreated,
          "The other side confirms the project's latest update: its coordinators or its named contact.",
        ),
      },
      "/groups/{slug}/projects/{code}/comments": {
        post: write(
          "Comment on a project",
          S.CommentBody,
          S.CommentCreated,
          "Every member but observers.",
        ),
      },
      "/groups/{slug}/meetings": {
        get: read("Its meetings, newest first", S.MeetingList, groupPath),
      },
      "/groups/{slug}/meetings/{number}": {
        get: read("A meeting: agenda, decisions, action items", S.Meeting, numberPath),
      },
      "/groups/{slug}/action-items": {
        get: read(
          "Its action items, overdue first",
          S.ActionItemList,
          groupPath,
          S.ActionItemQuery,
        ),
      },
      "/groups/{slug}/iati.xml": {
        get: {
          summary: "A work plan's projects as IATI 2.03 activities",
          tags: ["Export"],
          requestParams: {
            path: groupPath,
            query: z.object({ plan: z.string().regex(/^\d+$/).meta({ example: "3" }) }),
            header: conditional,
          },
          responses: {
            "200": {
              description:
                "An iati-activities document (version 2.03), one iati-activity per project of the plan.",
              headers: readHeaders,
              content: { "application/xml": { schema: z.string() } },
            },
            "304": { description: "Not modified." },
            ...problems(401, 403, 404, 409, 422, 429, 503),
          },
        },
      },
    },
  });
  return cached;
}
