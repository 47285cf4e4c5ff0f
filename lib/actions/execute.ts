import type { Database } from "@/db/client";
import type { Viewer } from "@/lib/auth/viewer";
import type { ActionState, GuardedAction } from "./guard";
import { pendingStepRefusal } from "./pending";

/**
 * Runs a guarded action for a viewer already loaded: while the user has a pending account step
 * (a one-time password, required two-factor sign-in) only their own account's actions.
 */
export function executeAs<T>(
  db: Database,
  viewer: Viewer | null,
  // biome-ignore lint/suspicious/noExplicitAny: any guarded action, whatever its schema
  action: GuardedAction<any, T>,
  input: unknown,
): Promise<ActionState<T>> {
  const refusal = pendingStepRefusal(viewer, action.definition.permission);
  if (refusal) return Promise.resolve(refusal);
  return action.execute(db, viewer?.user ?? null, input);
}
