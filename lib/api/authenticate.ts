import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { accessTokens, users } from "@/db/schema";
import { clientIp } from "@/lib/auth/throttle";
import { loadViewer, type Viewer } from "@/lib/auth/viewer";
import { RETRY_AFTER_SECONDS } from "@/lib/server/outage";
import { type Problem, problem } from "./problem";
import { scopeAllows, type TokenScope } from "./rules";
import { hashTokenSecret, looksLikeToken } from "./secrets";

/*
 * Who is calling the API: a personal access token in the Authorization header (Bearer), or
 * a signed-in browser under the same rules as the JSON route before it (a same-origin Origin
 * and a JSON body for writes). A token is never taken from the URL: one there is refused.
 * Every request re-reads the token's user as a session does, so a deactivated user's tokens
 * stop at once; a token acts with its user's permissions and never beyond its scope.
 */

export type ApiCaller =
  | { via: "token"; viewer: Viewer; tokenId: string; scope: TokenScope; rateKey: string }
  | { via: "session"; viewer: Viewer; rateKey: string };

/** What the route's session loader answers (viewerForAction): a viewer, or "unavailable". */
export type SessionLoad =
  | { viewer: Viewer | null; refusal?: never }
  | { viewer?: never; refusal: object };

/** Query parameters a token is sometimes put in by mistake: refused, never looked up. */
const TOKEN_PARAMS = ["access_token", "token", "api_key", "apikey", "private_token"];

/** A last-use time is written at most this often per token (or when the address changes). */
const LAST_USE_EVERY_MS = 60_000;

const challenge = (error?: string) => ({
  "www-authenticate": error
    ? `Bearer realm="workplan", error="${error}"`
    : `Bearer realm="workplan"`,
});

const unauthenticated = (key: string, error?: string): Problem =>
  problem("unauthenticated", { message: { key }, headers: challenge(error) });

function pendingStep(viewer: Viewer): Problem | null {
  if (viewer.mustChangePassword)
    return problem("forbidden", { message: { key: "profile.mustChangeFirst" } });
  if (viewer.mustEnrollTwoFactor)
    return problem("forbidden", { message: { key: "twoFactor.mustEnrollFirst" } });
  return null;
}

const isWrite = (method: string) => method !== "GET" && method !== "HEAD";

async function byToken(
  db: Executor,
  request: Request,
  secret: string,
  now: Date,
): Promise<{ caller: ApiCaller } | { problem: Problem }> {
  const invalid = unauthenticated("api.errors.invalidToken", "invalid_token");
  if (!looksLikeToken(secret)) return { problem: invalid };
  const [row] = await db
    .select({
      id: accessTokens.id,
      userId: accessTokens.userId,
      scope: accessTokens.scope,
      expiresAt: accessTokens.expiresAt,
      revokedAt: accessTokens.revokedAt,
      lastUsedAt: accessTokens.lastUsedAt,
      lastUsedIp: accessTokens.lastUsedIp,
      active: users.active,
      sessionVersion: users.sessionVersion,
    })
    .from(accessTokens)
    .innerJoin(users, eq(users.id, accessTokens.userId))
    .where(eq(accessTokens.tokenHash, hashTokenSecret(secret)));
  if (!row || row.revokedAt || row.expiresAt.getTime() <= now.getTime() || !row.active)
    return { problem: invalid };
  const seconds = Math.floor(now.getTime() / 1000);
  // The user as a session sees them: the same statement, checked the same way (active).
  const viewer = await loadViewer(db, {
    userId: row.userId,
    sessionVersion: row.sessionVersion,
    signedInAt: seconds,
    nowSeconds: seconds,
    maxAgeSeconds: 1,
  });
  if (!viewer) return { problem: invalid };
  const scope = row.scope as TokenScope;
  if (!scopeAllows(scope, request.method))
    return {
      problem: problem("forbidden", {
        message: { key: "api.errors.insufficientScope" },
        headers: challenge("insufficient_scope"),
      }),
    };
  const pending = pendingStep(viewer);
  if (pending) return { problem: pending };
  const ip = clientIp(request.headers);
  if (
    !row.lastUsedAt ||
    now.getTime() - row.lastUsedAt.getTime() >= LAST_USE_EVERY_MS ||
    row.lastUsedIp !== ip
  ) {
    await db
      .update(accessTokens)
      .set({ lastUsedAt: now, lastUsedIp: ip })
      .where(eq(accessTokens.id, row.id));
  }
  return {
    caller: { via: "token", viewer, tokenId: row.id, scope, rateKey: `token:${row.id}` },
  };
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

/** Cookies are SameSite=Lax; a browser's write must also come from this site, as JSON. */
function crossSiteRefusal(request: Request): Problem | null {
  const origin = request.headers.get("origin");
  const host = request.headers.get("host") ?? new URL(request.url).host;
  if (origin && hostOf(origin) !== host)
    return problem("forbidden", { message: { key: "api.errors.crossSite" } });
  if (request.headers.get("sec-fetch-site") === "cross-site")
    return problem("forbidden", { message: { key: "api.errors.crossSite" } });
  return null;
}

/** The caller of an API request, or the problem to answer instead. */
export async function authenticate(
  db: Executor,
  request: Request,
  loadSession: () => Promise<SessionLoad>,
  now: Date = new Date(),
): Promise<{ caller: ApiCaller } | { problem: Problem }> {
  const params = new URL(request.url).searchParams;
  if (TOKEN_PARAMS.some((name) => params.has(name)))
    return { problem: unauthenticated("api.errors.tokenInUrl", "invalid_request") };
  const authorization = request.headers.get("authorization");
  if (authorization !== null) {
    const match = /^Bearer[ ]+([^\s]+)\s*$/i.exec(authorization);
    if (!match?.[1])
      return { problem: unauthenticated("api.errors.bearerOnly", "invalid_request") };
    return byToken(db, request, match[1], now);
  }
  if (isWrite(request.method)) {
    const refusal = crossSiteRefusal(request);
    if (refusal) return { problem: refusal };
  }
  const session = await loadSession();
  if (session.refusal)
    return {
      problem: problem("unavailable", {
        headers: { "retry-after": String(RETRY_AFTER_SECONDS) },
      }),
    };
  const viewer = session.viewer ?? null;
  if (!viewer) return { problem: unauthenticated("errors.unauthenticated") };
  const pending = pendingStep(viewer);
  if (pending) return { problem: pending };
  return { caller: { via: "session", viewer, rateKey: `user:${viewer.user.id}` } };
}
