import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startUpOrExit } = await import("./lib/server/startup");
  await startUpOrExit();
}

/** Every error Next catches in a page, route handler, action or the proxy: one JSON log line. */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { reportRequestError } = await import("./lib/server/request-errors");
  reportRequestError(error, request, context);
};
