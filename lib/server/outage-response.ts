import { ERRORS } from "@/lib/errors";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { contentSecurityPolicy, newNonce } from "@/lib/security/headers";
import { localPath, RETRY_AFTER_SECONDS } from "@/lib/server/outage";
import { outageLocale, outagePageHtml } from "@/lib/server/outage-page";

/**
 * What a request gets while the database is away — from the proxy once the outage is known,
 * and from a route handler whose own query met it first (lib/server/route.ts): 503 with
 * Retry-After, never stored. `/api/*` answers JSON; anything else (a page, a download a browser
 * asked for) the translated "temporarily unavailable" page, at its own address. No imports that
 * need the database: the language comes from the cookie or the browser's Accept-Language.
 */
export const OUTAGE_HEADERS = {
  "Retry-After": String(RETRY_AFTER_SECONDS),
  "Cache-Control": "no-store",
};

export function unavailableJson(): Response {
  return Response.json(
    { status: "error", code: "unavailable", message: { key: ERRORS.unavailable.message } },
    { status: 503, headers: OUTAGE_HEADERS },
  );
}

function cookie(header: string | null, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return decodeURIComponent(value.join("="));
  }
  return undefined;
}

export function unavailablePage(request: Request): Response {
  const url = new URL(request.url);
  const locale = outageLocale(
    cookie(request.headers.get("cookie"), LOCALE_COOKIE),
    request.headers.get("accept-language"),
  );
  return new Response(outagePageHtml(locale, localPath(`${url.pathname}${url.search}`)), {
    status: 503,
    headers: {
      ...OUTAGE_HEADERS,
      "Content-Type": "text/html; charset=utf-8",
      // No scripts at all on this page.
      "Content-Security-Policy": contentSecurityPolicy(newNonce(), { dev: false }),
    },
  });
}

/** The answer for this request: JSON under /api/, the translated page elsewhere. */
export function unavailableResponse(request: Request | undefined): Response {
  if (!request || new URL(request.url).pathname.startsWith("/api/")) return unavailableJson();
  return unavailablePage(request);
}
