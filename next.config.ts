import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { staticSecurityHeaders } from "./lib/security/headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly at run time; argon2 is a native addon; pdfkit (with fontkit)
  // reads its own data files relative to its install folder, so it stays in node_modules.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pdfkit"],
  experimental: {
    authInterrupts: true,
    // A persisted dev cache was seen replaying stale compile issues, which made every page
    // reload in a loop; a cold start costs a few seconds instead.
    turbopackFileSystemCacheForDev: false,
  },
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: staticSecurityHeaders({ production: process.env.NODE_ENV === "production" }),
      },
    ];
  },
  typedRoutes: false,
};

export default withNextIntl(nextConfig);
