import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { staticSecurityHeaders } from "./lib/security/headers";

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: {
    // ICU messages are compiled when the build imports messages/*.json, so that browsers get
    // the small formatter of use-intl instead of the ICU parser (about 9 kB gzip on every page).
    messages: {
      path: "./messages",
      format: "json",
      locales: "infer",
      sourceLocale: "en",
      precompile: true,
    },
  },
});

const nextConfig: NextConfig = {
  // `npm run bench` builds into its own folder, so that it never replaces a build another
  // process (an end-to-end run) is serving, and leaves type checking to `npm test`.
  ...(process.env.WORKPLAN_BENCH_BUILD === "1"
    ? { distDir: ".next-bench", typescript: { ignoreBuildErrors: true } }
    : process.env.WORKPLAN_DIST_DIR
      ? {
          distDir: process.env.WORKPLAN_DIST_DIR,
          // A side build next to work in progress: `npm test` type-checks on its own.
          typescript: { ignoreBuildErrors: process.env.WORKPLAN_SKIP_TYPECHECK === "1" },
        }
      : {}),
  // PGlite loads its WebAssembly at run time; argon2 is a native addon; pdfkit (with fontkit)
  // reads its own data files relative to its install folder, so it stays in node_modules;
  // exceljs (CommonJS with a browser build) is loaded as Node loads it.
  // pdfjs-dist (page counts of uploaded PDFs) starts its worker from its own folder.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@node-rs/argon2",
    "pdfkit",
    "exceljs",
    "pdfjs-dist",
  ],
  experimental: {
    // Spreadsheet imports: a file of up to 5 MB, and its confirmation carrying it back
    // base64-encoded (lib/spreadsheets/import/token.ts).
    serverActions: { bodySizeLimit: "8mb" },
    authInterrupts: true,
    // A persisted dev cache was seen replaying stale compile issues, which made every page
    // reload in a loop; a cold start costs a few seconds instead.
    turbopackFileSystemCacheForDev: false,
  },
  // `next dev` serves its scripts and hot-reload socket only to localhost unless told otherwise:
  // opened at http://127.0.0.1:3000 the page rendered but never hydrated (nothing reacted).
  allowedDevOrigins: ["127.0.0.1", "localhost"],
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
