import { readdirSync, readFileSync } from "node:fs";
import * as staticInfo from "next/dist/build/analysis/get-page-static-info";
import { describe, expect, it } from "vitest";

// The proxy sets the Content-Security-Policy and sends signed-out visitors to sign in; only
// real static files may skip it (issue 18.7: `/profile.png` answered without a CSP). Next reads
// the matcher statically from proxy.ts (a literal); so does this test, then compiles it with
// Next's own code.
const literal = readFileSync("proxy.ts", "utf8").split("export const config = ")[1] ?? "";
const config = new Function(`return (${literal.trim().replace(/;$/, "")});`)() as {
  matcher: unknown;
};
// Next's own compiler of the matcher (exported by the module, absent from its types).
const { getMiddlewareMatchers } = staticInfo as unknown as {
  getMiddlewareMatchers: (matcher: unknown, config: object) => { regexp: string }[];
};
const matchers = getMiddlewareMatchers(config.matcher, {});
const runsProxy = (path: string) => matchers.some((m) => new RegExp(m.regexp).test(path));

describe("which paths the proxy runs on", () => {
  it("runs on every page and route, whatever the path ends in", () => {
    for (const path of [
      "/",
      "/sign-in",
      "/profile",
      "/profile.png",
      "/g/regional-cooperation/projects/logo.svg",
      "/favicon.ico",
      "/fonts/x.woff2",
      "/x.woff",
      "/icon.svg.png",
      "/icons.svg/x",
      "/_next/staticx",
      "/_next/image",
      "/api/health",
      "/g/regional-cooperation/projects/export/csv",
      "/api/g/regional-cooperation/documents/x",
      "/api/g/regional-cooperation/documents/1/versions/2",
      "/g/regional-cooperation/documents/1",
    ])
      expect(runsProxy(path), path).toBe(true);
  });

  it("skips the two upload routes: Next would buffer a proxied body and cut it at 10 MB", () => {
    // The routes authenticate, check the origin and answer 503 in an outage themselves
    // (lib/documents/handlers.ts; tests/integration/route-outage.test.ts).
    for (const path of [
      "/api/g/regional-cooperation/documents",
      "/api/g/regional-cooperation/documents/0b6c3a52-2f1e-4b8e-9d1a-7c2f4e5a6b7c/versions",
    ])
      expect(runsProxy(path), path).toBe(false);
  });

  it("skips Next's built assets and the files that exist in public/ and app/", () => {
    const publicFiles = readdirSync("public").map((name) => `/${name}`);
    expect(publicFiles).toContain("/icons.svg");
    for (const path of [
      "/_next/static/chunks/main.js",
      "/_next/static/media/x.woff2",
      "/icon.svg",
      ...publicFiles,
    ])
      expect(runsProxy(path), path).toBe(false);
  });
});
