import "server-only";
import type { z } from "zod";
import { getViewer } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import type { ActionState, GuardedAction } from "./guard";
import { pendingStepRefusal } from "./pending";

/**
 * Runs a guarded action for the signed-in user of this request; while the user has a pending
 * account step (a one-time password, required two-factor sign-in) only their own account's.
 */
export async function runAction<S extends z.ZodType, T>(
  action: GuardedAction<S, T>,
  input: unknown,
): Promise<ActionState<T>> {
  const viewer = await getViewer();
  const refusal = pendingStepRefusal(viewer, action.definition.permission);
  if (refusal) return refusal;
  return action.execute(getDb(), viewer?.user ?? null, input);
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
