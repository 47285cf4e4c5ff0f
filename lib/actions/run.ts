import "server-only";
import type { z } from "zod";
import { getViewer } from "@/lib/auth/session";
import type { Viewer } from "@/lib/auth/viewer";
import { ERRORS } from "@/lib/errors";
import { getDb } from "@/lib/server/db";
import { databaseIsDown } from "@/lib/server/outage";
import { noteDatabaseFailure } from "@/lib/server/outage-watch";
import { executeAs } from "./execute";
import type { ActionState, GuardedAction } from "./guard";

const UNAVAILABLE = {
  status: "error",
  code: "unavailable",
  message: { key: ERRORS.unavailable.message },
} as const;

/**
 * The signed-in viewer for an action, or the "unavailable" answer when the database is known
 * to be down (no query is tried) or turns out to be.
 */
export async function viewerForAction(): Promise<
  { viewer: Viewer | null; refusal?: never } | { refusal: typeof UNAVAILABLE }
> {
  if (databaseIsDown()) return { refusal: UNAVAILABLE };
  try {
    return { viewer: await getViewer() };
  } catch (error) {
    if (noteDatabaseFailure(error)) return { refusal: UNAVAILABLE };
    throw error;
  }
}

/** Runs a guarded action for the signed-in user of this request (see executeAs). */
export async function runAction<S extends z.ZodType, T>(
  action: GuardedAction<S, T>,
  input: unknown,
): Promise<ActionState<T>> {
  const loaded = await viewerForAction();
  if (loaded.refusal) return loaded.refusal;
  return executeAs(getDb(), loaded.viewer, action, input);
}

/** FormData to a plain object; repeated names become arrays, Next's internal fields are dropped. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key);
    result[key] = values.length > 1 ? values : values[0];
  }
  return result;
}
