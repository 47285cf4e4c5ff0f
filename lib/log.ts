import { randomBytes } from "node:crypto";
import { safeDatabaseMessage } from "@/db/query-errors";

export type LogLevel = "debug" | "info" | "warn" | "error";

/** Fields every line may carry; anything else is added as given (never secrets or form input). */
export interface LogFields {
  correlationId?: string;
  /** A route file path ("/g/[group]/projects") or a guarded action's name. */
  route?: string;
  action?: string;
  [key: string]: unknown;
}

/** A short id the user can read out to support; the same id is on the log line. */
export function newCorrelationId(): string {
  return randomBytes(6).toString("hex");
}

/** The first error code in an error's chain of causes (a failed query's SQLSTATE). */
function firstCode(error: unknown): string | number | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" || typeof code === "number") return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * The parts of an error worth logging: name, message, stack, code and its causes. A failed
 * query is logged with its statement and its code, never its parameters (db/query-errors.ts):
 * they hold password hashes, sealed secrets and what people wrote.
 */
export function describeError(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) return { name: typeof error, message: String(error) };
  const query = (error as { query?: unknown }).query;
  const failedQuery = typeof query === "string" && error.message.startsWith("Failed query:");
  const code = failedQuery ? firstCode(error) : (error as { code?: unknown }).code;
  const message = safeDatabaseMessage(failedQuery ? `Failed query: ${query}` : error.message, code);
  const frames = (error.stack ?? "").split("\n").filter((line) => /^\s+at /.test(line));
  const cause = (error as { cause?: unknown }).cause;
  return {
    name: error.name,
    message,
    ...(typeof code === "string" || typeof code === "number" ? { code } : {}),
    stack:
      message === error.message ? error.stack : [`${error.name}: ${message}`, ...frames].join("\n"),
    ...(cause !== undefined && depth < 3 ? { cause: describeError(cause, depth + 1) } : {}),
  };
}

function write(level: LogLevel, msg: string, fields: LogFields) {
  const line = { time: new Date().toISOString(), level, msg, ...fields };
  let text: string;
  try {
    text = JSON.stringify(line);
  } catch {
    text = JSON.stringify({ time: line.time, level, msg, unserialisable: true });
  }
  // One JSON object per line on stderr: what log collectors expect from a container.
  process.stderr.write(`${text}\n`);
}

export const log = {
  debug: (msg: string, fields: LogFields = {}) => write("debug", msg, fields),
  info: (msg: string, fields: LogFields = {}) => write("info", msg, fields),
  warn: (msg: string, fields: LogFields = {}) => write("warn", msg, fields),
  error: (msg: string, fields: LogFields = {}) => write("error", msg, fields),
};

/** Logs an unexpected error with its correlation id (a new one unless given) and returns the id. */
export function logUnexpected(
  msg: string,
  error: unknown,
  fields: LogFields = {},
): { correlationId: string } {
  const correlationId = fields.correlationId ?? newCorrelationId();
  write("error", msg, { ...fields, correlationId, error: describeError(error) });
  return { correlationId };
}
