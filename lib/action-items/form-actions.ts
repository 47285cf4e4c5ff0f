"use server";

import { revalidatePath } from "next/cache";
import { completeActionItem, reopenActionItem } from "@/lib/action-items/actions";
import type { ActionState } from "@/lib/actions/guard";
import { formDataToObject, runAction } from "@/lib/actions/run";

export type ToggleState = ActionState<{ actionItemId: string; doneAt: string | null }>;

/** Route patterns, not submitted paths: nothing from the request decides what is refreshed. */
function revalidateActionItemPages() {
  revalidatePath("/g/[group]/actions", "page");
  revalidatePath("/g/[group]/my", "page");
  revalidatePath("/g/[group]", "page");
}

// After a conflict too: the page then shows the state someone else left the item in.
const refreshes = (result: ToggleState) =>
  result.status === "success" || (result.status === "error" && result.code === "conflict");

export async function completeActionItemAction(
  _previous: ToggleState,
  formData: FormData,
): Promise<ToggleState> {
  const result = await runAction(completeActionItem, formDataToObject(formData));
  if (refreshes(result)) revalidateActionItemPages();
  return result;
}

export async function reopenActionItemAction(
  _previous: ToggleState,
  formData: FormData,
): Promise<ToggleState> {
  const result = await runAction(reopenActionItem, formDataToObject(formData));
  if (refreshes(result)) revalidateActionItemPages();
  return result;
}
