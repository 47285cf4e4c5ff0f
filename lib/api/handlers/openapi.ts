import "server-only";
import { openApiDocument } from "@/lib/api/openapi";
import { entityTag, notModified } from "@/lib/api/serve";

let text: { body: string; etag: string } | undefined;

/** GET /api/v1/openapi.json — public: it describes the API, it holds no data. */
export function getOpenApi(request: Request): Response {
  if (!text) {
    const body = JSON.stringify(openApiDocument());
    text = { body, etag: entityTag(body) };
  }
  const headers = { etag: text.etag, "cache-control": "public, max-age=300" };
  if (notModified(request, text.etag)) return new Response(null, { status: 304, headers });
  return new Response(text.body, {
    headers: { ...headers, "content-type": "application/json; charset=utf-8" },
  });
}
