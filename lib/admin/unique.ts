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
