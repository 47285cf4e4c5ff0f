import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly at run time; argon2 is a native addon.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  experimental: {
    authInterrupts: true,
    // A persisted dev cache was seen replaying stale compile issues, which made every page
    // reload in a loop; a cold start costs a few seconds instead.
    turbopackFileSystemCacheForDev: false,
  },
  poweredByHeader: false,
  typedRoutes: false,
};

export default withNextIntl(nextConfig);
