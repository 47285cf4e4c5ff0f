import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // First: every request carries its connection's address from now on (issue 18.2).
  const { recordPeerAddresses } = await import("./lib/server/peer-address");
  recordPeerAddresses();
  const { startUpOrExit } = await import("./lib/server/startup");
  await startUpOrExit();
  const { startBackgroundWork } = await import("./lib/server/background");
  startBackgroundWork();
}

/** Every error Next catches in a page, route handler, action or the proxy: one JSON log line. */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { reportRequestError } = await import("./lib/server/request-errors");
  reportRequestError(error, request, context);
};
