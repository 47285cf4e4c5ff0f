import "server-only";
import { describeError, log } from "@/lib/log";
import { unavailableResponse } from "@/lib/server/outage-response";
import { noteDatabaseFailure } from "@/lib/server/outage-watch";

/**
 * Every route handler is wrapped in this (`export const GET = route(async (request, …) => …)`,
 * tests/integration/route-outage.test.ts checks them all): when a query of the handler meets a
 * lost database — before the outage is known, when the proxy still lets requests through — the
 * caller gets what the proxy answers during an outage, 503 with Retry-After (JSON under /api/,
 * else the translated page), instead of Next's 500 with an empty body. Any other error is left
 * to Next (logged by instrumentation's onRequestError, answered 500).
 */
export function route<A extends unknown[]>(
  handler: (...args: A) => Promise<Response>,
): (...args: A) => Promise<Response> {
  return async (...args: A) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (!noteDatabaseFailure(error)) throw error;
      const request = args[0] instanceof Request ? args[0] : undefined;
      const { name, message, code } = describeError(error);
      log.warn("request failed: database unavailable", {
        route: request ? new URL(request.url).pathname : undefined,
        error: { name, message, code },
      });
      return unavailableResponse(request);
    }
  };
}
