import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { isDatabaseUnavailable, isNeverSent } from "@/lib/errors";
import { getDatabase, setQueryErrorHook, setQuerySuccessHook } from "@/lib/server/instance";
import { localPath, REQUEST_PATH_HEADER } from "@/lib/server/outage";
import { confirmDatabaseFailure, databaseAnswered } from "@/lib/server/outage-watch";

export { getDatabase };

// React memoises cache() per request only while it renders: the same object twice means a page
// (or its layout or metadata) is being rendered, not an action or a route handler.
const renderMarker = cache(() => ({}));
function inPageRender(): boolean {
  const first = renderMarker();
  return renderMarker() === first;
}

/**
 * A query failed with a connection error. When a probe finds the database answering, the error
 * was transient (a server just restarted still refuses some connections, a pooled connection
 * reports the shutdown that closed it): a statement that never reached it, or any statement of
 * a page being rendered, is sent once more. When the database is gone (the outage is then marked,
 * lib/server/outage-watch.ts) and a page is being rendered, the browser is sent to ask for the same
 * address again, which the proxy answers with the translated 503 page instead of this render
 * ending in a 500. Actions and route handlers get the error and answer "unavailable" (503).
 */
setQueryErrorHook(async (error, retried) => {
  if (!isDatabaseUnavailable(error)) return;
  const down = await confirmDatabaseFailure(error);
  if (!down && !retried) {
    // The database answers again. A page only reads (and upserts its visit), so any of its
    // statements may be sent once more: after a restart of PostgreSQL a pooled connection can
    // still report the shutdown (57P01) that closed it. Actions retry only what never arrived.
    return isNeverSent(error) || inPageRender() ? "retry" : undefined;
  }
  // Down, or up but failing twice (a connection opened during the outage can hang until its
  // connect timeout): a page sends the browser to ask again rather than ending in a 500.
  if (inPageRender()) redirect(localPath((await headers()).get(REQUEST_PATH_HEADER)));
});

// The first query that succeeds ends an outage: pages and /api/health agree at once.
setQuerySuccessHook(databaseAnswered);

export function getDb() {
  return getDatabase().db;
}
