import { NextResponse } from "next/server";
import NextAuth from "next-auth";
import { authConfig } from "@/auth.config";

const { auth } = NextAuth(authConfig);

const PUBLIC = [/^\/sign-in(\/|$)/, /^\/api\//];

/**
 * A convenience only: sends signed-out visitors to the sign-in page. Every page, action and
 * route checks the user and their permissions on the server itself.
 */
export default auth((request) => {
  const { pathname, search } = request.nextUrl;
  if (request.auth || PUBLIC.some((pattern) => pattern.test(pathname))) return NextResponse.next();
  const url = new URL("/sign-in", request.nextUrl);
  if (pathname !== "/") url.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(url);
});

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|woff2?)$).*)"],
};
