import "server-only";
import type { z } from "zod";
import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import type { ActionState, GuardedAction } from "./guard";

/** Runs a guarded action for the signed-in user of this request. */
export async function runAction<S extends z.ZodType, T>(
  action: GuardedAction<S, T>,
  input: unknown,
): Promise<ActionState<T>> {
  return action.execute(getDb(), await getSessionUser(), input);
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
