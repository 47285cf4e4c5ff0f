"use server";

import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/actions/guard";
import { formDataToObject, runAction } from "@/lib/actions/run";
import { addComment } from "@/lib/projects/comments/actions";
import { confirmStatusUpdate, postStatusUpdate } from "@/lib/projects/status-updates/actions";
import { type FormState, submittedValues } from "@/lib/projects/update-form-state";

const UPDATE_FIELDS = ["status", "health", "progress", "note", "noteLocale", "nextSteps"] as const;
const COMMENT_FIELDS = ["body", "locale"] as const;

const refreshes = (result: ActionState<unknown>) =>
  result.status === "success" || (result.status === "error" && result.code === "conflict");

/** Route patterns, not submitted paths: nothing from the request decides what is refreshed. */
function revalidateProjectPages() {
  revalidatePath("/g/[group]/projects/[code]", "page");
  revalidatePath("/g/[group]/projects", "page");
  revalidatePath("/g/[group]/my", "page");
  revalidatePath("/g/[group]", "page");
}

function answer<T>(
  result: ActionState<T>,
  raw: Record<string, unknown>,
  fields: readonly string[],
): FormState<T> {
  return { ...result, values: submittedValues(raw, fields), nonce: randomUUID() };
}

export async function postStatusUpdateAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const raw = formDataToObject(formData);
  const result = await runAction(postStatusUpdate, raw);
  // After a conflict the page shows what the other writer changed, next to the kept entries.
  if (refreshes(result)) revalidateProjectPages();
  return answer(result, raw, UPDATE_FIELDS);
}

export async function confirmStatusUpdateAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const raw = formDataToObject(formData);
  const result = await runAction(confirmStatusUpdate, raw);
  if (refreshes(result)) revalidateProjectPages();
  return answer(result, raw, []);
}

export async function addCommentAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const raw = formDataToObject(formData);
  const result = await runAction(addComment, raw);
  if (result.status === "success") revalidateProjectPages();
  return answer(result, raw, COMMENT_FIELDS);
}
