import "server-only";
import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import type { ActionState, GuardedAction } from "@/lib/actions/guard";
import { formDataToObject, runAction } from "@/lib/actions/run";
import type { MeetingFormState } from "./form-state";

/** The record's pages: the list, the meeting, and its brief and minutes underneath. */
export function revalidateMeetingPages() {
  revalidatePath("/g/[group]/meetings", "layout");
}

/** Action items also show on the action-item list, "my projects" and the dashboard. */
export function revalidateFollowUpPages() {
  revalidateMeetingPages();
  revalidatePath("/g/[group]/actions", "page");
  revalidatePath("/g/[group]/my", "page");
  revalidatePath("/g/[group]", "page");
}

// After a conflict too: the page then shows what someone else changed, next to the kept entries.
export const refreshes = (result: ActionState<unknown>) =>
  result.status === "success" || (result.status === "error" && result.code === "conflict");

function submitted(raw: Record<string, unknown>): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === "string") values[key] = value;
    else if (Array.isArray(value)) values[key] = value.filter((v) => typeof v === "string");
  }
  return values;
}

/** Runs a guarded action on a submitted form and answers in the meeting forms' shape. */
export async function runForm<S extends z.ZodType, T>(
  action: GuardedAction<S, T>,
  formData: FormData,
  revalidate: () => void = revalidateMeetingPages,
): Promise<MeetingFormState<T>> {
  const raw = formDataToObject(formData);
  const result = await runAction(action, raw);
  if (refreshes(result)) revalidate();
  return { ...result, values: submitted(raw), nonce: randomUUID() };
}
