import { type NextRequest, NextResponse } from "next/server";
import NextAuth from "next-auth";
import { authConfig } from "@/lib/auth/config";
import { ERRORS } from "@/lib/errors";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { contentSecurityPolicy, newNonce } from "@/lib/security/headers";
import {
  databaseIsDown,
  localPath,
  REQUEST_PATH_HEADER,
  RETRY_AFTER_SECONDS,
} from "@/lib/server/outage";
import { outageLocale, outagePageHtml } from "@/lib/server/outage-page";

const { auth } = NextAuth(authConfig);

const PUBLIC = [/^\/sign-in(\/|$)/, /^\/api\//];

const OUTAGE_HEADERS = {
  "Retry-After": String(RETRY_AFTER_SECONDS),
  "Cache-Control": "no-store",
};

/** While the database is down, API routes answer this instead of failing one by one. */
function unavailableJson() {
  return NextResponse.json(
    { status: "error", code: "unavailable", message: { key: ERRORS.unavailable.message } },
    { status: 503, headers: OUTAGE_HEADERS },
  );
}

/** While the database is down, pages are answered with this, at their own address. */
function unavailablePage(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const locale = outageLocale(
    request.cookies.get(LOCALE_COOKIE)?.value,
    request.headers.get("accept-language"),
  );
  return new NextResponse(outagePageHtml(locale, localPath(`${pathname}${search}`)), {
    status: 503,
    headers: {
      ...OUTAGE_HEADERS,
      "Content-Type": "text/html; charset=utf-8",
      // No scripts at all on this page.
      "Content-Security-Policy": contentSecurityPolicy(newNonce(), { dev: false }),
    },
  });
}

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

export const config = {
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico|icon.svg|.*\\.(?:png|svg|ico|woff2?)$).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
