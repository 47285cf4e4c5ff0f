/** The typed error catalogue: every failure the app reports has a code, a status and a message key. */
export const ERRORS = {
  unauthenticated: { status: 401, message: "errors.unauthenticated" },
  forbidden: { status: 403, message: "errors.forbidden" },
  not_found: { status: 404, message: "errors.notFound" },
  validation: { status: 422, message: "errors.validation" },
  conflict: { status: 409, message: "errors.conflict" },
  unavailable: { status: 503, message: "errors.unavailable" },
  /** Too many failed sign-ins (or password checks): the message says how long to wait. */
  throttled: { status: 429, message: "auth.throttled" },
  /** Anything unexpected: logged with a correlation id, which the user sees as a reference. */
  internal: { status: 500, message: "errors.internal" },
} as const;

export type ErrorCode = keyof typeof ERRORS;

export interface MessageRef {
  /** A key in messages/*.json. */
  key: string;
  values?: Record<string, string | number>;
}

export type FieldErrors = Record<string, MessageRef[]>;

/** One write someone else made after the version a form started from (from the audit log). */
export interface ConflictChange {
  at: string;
  actorName: string | null;
  action: string;
  fields: { field: string; before: unknown; after: unknown }[];
}

/**
 * Why a write was refused as stale: the version (or fingerprint) the record is at now — a form
 * that shows the refusal sends it with the next attempt, knowingly applying on top — and, when
 * known, what changed since the form opened.
 */
export interface Conflict {
  current: string;
  changes: ConflictChange[];
}

export interface AppErrorDetails {
  message?: MessageRef;
  fieldErrors?: FieldErrors;
  conflict?: Conflict;
  /** A partial answer of the action's own result type (e.g. an import's fresh preview). */
  data?: unknown;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details: AppErrorDetails = {},
  ) {
    super(code);
    this.name = "AppError";
  }

  get status(): number {
    return ERRORS[this.code].status;
  }
}

const CONNECTION_ERROR_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now
  "53300", // too_many_connections
]);

/** Connection errors that mean the statement never reached the server: safe to send again. */
const NEVER_SENT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "CONNECT_TIMEOUT",
  "57P03", // cannot_connect_now: the server is starting up or shutting down
  "53300", // too_many_connections
]);

function codes(error: unknown): string[] {
  const found: string[] = [];
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") found.push(code);
    e = (e as { cause?: unknown }).cause;
  }
  return found;
}

/** The SQLSTATE of a failed statement (the first in the error's chain of causes), if any. */
export function sqlState(error: unknown): string | undefined {
  return codes(error).find((code) => /^[0-9A-Z]{5}$/.test(code));
}

/** A connection error from before the statement was sent (retrying it cannot apply it twice). */
export function isNeverSent(error: unknown): boolean {
  return codes(error).some((code) => NEVER_SENT_CODES.has(code));
}

/** True for errors that mean "the database cannot be reached", not "the input was wrong". */
export function isDatabaseUnavailable(error: unknown): boolean {
  return codes(error).some((code) => CONNECTION_ERROR_CODES.has(code));
}
/** True when the error (or one it wraps) is a unique violation of the named index or constraint. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const {
      code,
      constraint_name,
      constraint: name,
    } = e as {
      code?: unknown;
      constraint_name?: unknown;
      constraint?: unknown;
    };
    if (code === "23505") return constraint_name === constraint || name === constraint;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/** The one row a read of a record found, or not_found when the record does not exist. */
export async function found<T>(rows: PromiseLike<T[]>): Promise<T> {
  const [row] = await rows;
  if (!row) throw new AppError("not_found");
  return row;
}

/**
 * Runs a write a unique index may refuse (two saves racing past the check before it): that
 * refusal — of `constraint` when named, else of any unique index — becomes `refusal()`, the
 * answer the check gives.
 */
export async function refuseDuplicate<T>(
  write: () => Promise<T>,
  refusal: () => Error,
  constraint?: string,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const duplicate =
      constraint === undefined ? sqlState(error) === "23505" : isUniqueViolation(error, constraint);
    if (duplicate) throw refusal();
    throw error;
  }
}
