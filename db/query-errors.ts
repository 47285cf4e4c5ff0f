/**
 * A failed query's error as it may be logged: the statement and the error code, never the
 * parameters. drizzle's DrizzleQueryError puts the parameters — password hashes, sealed
 * two-factor secrets, note text — into its message, its stack and a `params` property; PGlite's
 * error carries them as `params`, postgres.js's as `parameters` and `args`; and for a value it
 * cannot read PostgreSQL quotes the value in its message (SQLSTATE class 22). Next prints an
 * error a page or an action throws as it is, so the error itself is cleaned where it is thrown
 * (db/client.ts), and again by the log (lib/log.ts). No imports: pure.
 */

/** Where drivers keep a statement's values; `detail` repeats key values ("Key (email)=(…)"). */
const PARAMETER_KEYS = ["params", "parameters", "args", "detail"] as const;

/** "invalid input syntax for type uuid: "…"": the quoted value of a data exception (class 22). */
const QUOTED_VALUE = /: ".*"$/s;

interface Shape {
  message?: unknown;
  stack?: unknown;
  query?: unknown;
  code?: unknown;
  cause?: unknown;
  name?: unknown;
}

/** The stack's frames without the message it starts with (which repeated the parameters). */
function framesOnly(stack: string): string[] {
  return stack.split("\n").filter((line) => /^\s+at /.test(line));
}

/** PostgreSQL's message of a data exception quotes the value it could not read. */
export function safeDatabaseMessage(message: string, code: unknown): string {
  return typeof code === "string" && code.startsWith("22")
    ? message.replace(QUOTED_VALUE, ': "…"')
    : message;
}

/** Deletes the parameters; false when a property cannot be removed (postgres.js defines them fixed). */
function dropParameters(error: Error): boolean {
  const fields = error as unknown as Record<string, unknown>;
  let clean = true;
  for (const key of PARAMETER_KEYS) {
    if (!(key in error)) continue;
    try {
      delete fields[key];
    } catch {
      clean = false;
    }
    if (fields[key] !== undefined) clean = false;
  }
  return clean;
}

/** A copy of a driver's error without its parameters: same class, code, message and stack. */
function copyWithout(error: Error & Shape): Error {
  const copy = Object.create(Object.getPrototypeOf(error)) as Record<string, unknown>;
  for (const key of Object.keys(error))
    if (!(PARAMETER_KEYS as readonly string[]).includes(key))
      copy[key] = (error as unknown as Record<string, unknown>)[key];
  copy.message = error.message;
  copy.stack = error.stack;
  if (error.cause !== undefined) copy.cause = error.cause;
  return copy as unknown as Error;
}

function cleanMessage(error: Error & Shape) {
  let message = typeof error.message === "string" ? error.message : "";
  if (typeof error.query === "string" && message.startsWith("Failed query:")) {
    // drizzle's "Failed query: <statement>\nparams: <values>".
    message = `Failed query: ${error.query}`;
  }
  message = safeDatabaseMessage(message, error.code);
  if (message === error.message) return;
  const name = typeof error.name === "string" ? error.name : "Error";
  try {
    error.message = message;
    if (typeof error.stack === "string")
      error.stack = [`${name}: ${message}`, ...framesOnly(error.stack)].join("\n");
  } catch {
    // Read-only: left as it is.
  }
}

/**
 * Removes the parameters from a failed query's error and the errors it wraps, in place (the
 * error keeps its class, code and cause, which the outage handling reads), and returns it.
 */
export function withoutQueryParameters<T>(error: T): T {
  let parent: (Error & Shape) | null = null;
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; depth++) {
    let current = e as Error & Shape;
    if (!dropParameters(current) && parent) {
      // Fixed properties (postgres.js): the wrapping error gets a clean copy as its cause.
      current = copyWithout(current) as Error & Shape;
      parent.cause = current;
    }
    cleanMessage(current);
    parent = current;
    e = current.cause;
  }
  return error;
}
