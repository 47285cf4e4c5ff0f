import { describeError, log, logUnexpected, newCorrelationId } from "@/lib/log";
import { noteDatabaseFailure } from "@/lib/server/outage-watch";

interface RequestInfo {
  path: string;
  method: string;
}

interface RequestContext {
  routePath: string;
  routeType: string;
}

/** Next's digest for the error: what the error page shows the user as the reference. */
function digestOf(error: unknown): string | undefined {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && digest ? digest : undefined;
}

/**
 * For instrumentation's onRequestError: one structured line per failed page, route handler or
 * action, carrying the digest the user sees as "Reference: …". A connection error marks the
 * database down (the proxy then answers 503) and is logged as a warning, without a stack.
 */
export function reportRequestError(
  error: unknown,
  request: RequestInfo,
  context: RequestContext,
): void {
  const fields = {
    correlationId: digestOf(error) ?? newCorrelationId(),
    route: context.routePath,
    routeType: context.routeType,
    method: request.method,
    // The query string may hold what someone searched for: not needed to find the bug.
    path: request.path.split("?")[0],
  };
  if (noteDatabaseFailure(error)) {
    const { name, message, code } = describeError(error);
    log.warn("request failed: database unavailable", { ...fields, error: { name, message, code } });
    return;
  }
  logUnexpected("unexpected error while handling a request", error, fields);
}
