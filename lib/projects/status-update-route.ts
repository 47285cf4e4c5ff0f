import "server-only";
import { viewerForAction } from "@/lib/actions/run";
import { getDb } from "@/lib/db";
import { ERRORS } from "@/lib/errors";
import { logUnexpected } from "@/lib/log";
import { noteDatabaseFailure } from "@/lib/outage-watch";
import { type ApiAnswer, answerStatusUpdate, refused } from "./status-update-api";

const json = ({ status, body }: ApiAnswer) =>
  Response.json(body, { status, headers: { "cache-control": "no-store" } });

/** Cookies are SameSite=Lax; a JSON body and a same-origin Origin are required on top. */
function crossSiteRefusal(request: Request): ApiAnswer | null {
  const origin = request.headers.get("origin");
  const host = request.headers.get("host");
  if (origin && host && hostOf(origin) !== host) return refused("forbidden");
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) return refused("validation");
  return null;
}

/** POST /api/g/[group]/projects/[code]/status-updates */
export async function postStatusUpdateRoute(
  request: Request,
  params: Promise<{ group: string; code: string }>,
): Promise<Response> {
  const refusal = crossSiteRefusal(request);
  if (refusal) return json(refusal);
  const loaded = await viewerForAction();
  if (loaded.refusal) return json({ status: 503, body: loaded.refusal });
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return json(refused("validation"));
  }
  const { group, code } = await params;
  try {
    return json(await answerStatusUpdate(getDb(), loaded.viewer, group, safeDecode(code), body));
  } catch (error) {
    if (noteDatabaseFailure(error)) return json(refused("unavailable"));
    const { correlationId } = logUnexpected("unexpected error in an API route", error, {
      route: "/api/g/[group]/projects/[code]/status-updates",
    });
    return json({
      status: 500,
      body: {
        status: "error",
        code: "internal",
        message: { key: ERRORS.internal.message, values: { reference: correlationId } },
      },
    });
  }
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
