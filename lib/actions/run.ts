import "server-only";
import type { z } from "zod";
import { getViewer } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import type { ActionState, GuardedAction } from "./guard";

/**
 * Runs a guarded action for the signed-in user of this request. A user who must still
 * replace a one-time password may only act on their own account (e.g. change it).
 */
export async function runAction<S extends z.ZodType, T>(
  action: GuardedAction<S, T>,
  input: unknown,
): Promise<ActionState<T>> {
  const viewer = await getViewer();
  if (viewer?.mustChangePassword && action.definition.permission !== "self") {
    return { status: "error", code: "forbidden", message: { key: "profile.mustChangeFirst" } };
  }
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
