import { randomBytes } from "node:crypto";

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

/** The parts of an error worth logging: name, message, stack, code and its causes. */
export function describeError(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) return { name: typeof error, message: String(error) };
  const code = (error as { code?: unknown }).code;
  const cause = (error as { cause?: unknown }).cause;
  return {
    name: error.name,
    message: error.message,
    ...(typeof code === "string" || typeof code === "number" ? { code } : {}),
    stack: error.stack,
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
