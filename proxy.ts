import { NextResponse } from "next/server";
import NextAuth from "next-auth";
import { authConfig } from "@/lib/auth/config";
import { contentSecurityPolicy, newNonce } from "@/lib/security/headers";
import { databaseIsDown, REQUEST_PATH_HEADER } from "@/lib/server/outage";
import { unavailableJson, unavailablePage } from "@/lib/server/outage-response";

const { auth } = NextAuth(authConfig);

// Links from mail act without signing in (their token is the credential); /dev/mailbox is
// development only and answers 404 elsewhere.
const PUBLIC = [
  /^\/sign-in(\/|$)/,
  /^\/api\//,
  /^\/unsubscribe\//,
  /^\/reset-password(\/|$)/,
  /^\/calendar\//,
  /^\/dev\/mailbox(\/|$)/,
];

/**
 * Sets the per-request CSP nonce, and — as a convenience only — sends signed-out visitors to
 * the sign-in page. Every page, action and route checks the user and permissions itself.
 * While the database is known to be down (lib/server/outage.ts) pages are answered by the translated
 * "temporarily unavailable" page with status 503 at their own address, and /api/* with 503
 * JSON; server actions go through and answer "unavailable" themselves, without a query.
 */
export default auth((request) => {
  const { pathname, search } = request.nextUrl;
  if (databaseIsDown()) {
    const api = pathname.startsWith("/api/");
    if (api && pathname !== "/api/health") return unavailableJson();
    if (!api && !request.headers.has("next-action")) {
      return unavailablePage(request);
    }
  }
  if (!request.auth && !PUBLIC.some((pattern) => pattern.test(pathname))) {
    const url = new URL("/sign-in", request.nextUrl);
    if (pathname !== "/") url.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(url);
  }
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  headers.set(REQUEST_PATH_HEADER, `${pathname}${search}`);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  // Signed-in pages hold personal and governmental data: never stored by browsers or proxies.
  if (request.auth) response.headers.set("Cache-Control", "private, no-store");
  return response;
});

// Only real static files skip the proxy (and so its CSP): Next's built assets and the two icons
// that exist as files (app/icon.svg, public/icons.svg). Any other path, whatever it ends in, is a
// page or a route (tests/unit/proxy-matcher.test.ts) — but for the two document upload routes:
// Next holds a proxied request's body in memory and cuts it at 10 MB, and uploads may be 50 MB,
// streamed; those routes authenticate and answer an outage themselves.
export const config = {
  matcher: [
    {
      source:
        "/((?!_next/static/|icon\\.svg$|icons\\.svg$|api/g/[^/]+/documents$|api/g/[^/]+/documents/[^/]+/versions$).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
