import { NextResponse } from "next/server";
import NextAuth from "next-auth";
import { authConfig } from "@/auth.config";
import { contentSecurityPolicy, newNonce } from "@/lib/security/headers";

const { auth } = NextAuth(authConfig);

const PUBLIC = [/^\/sign-in(\/|$)/, /^\/api\//];

/**
 * Sets the per-request CSP nonce, and — as a convenience only — sends signed-out visitors to
 * the sign-in page. Every page, action and route checks the user and permissions itself.
 */
export default auth((request) => {
  const { pathname, search } = request.nextUrl;
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
