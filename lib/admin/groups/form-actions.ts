"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/actions/guard";
import { formDataToObject, runAction } from "@/lib/actions/run";
import { type CommandState, type FormState, refusal, saved } from "@/lib/admin/form-state";
import {
  archiveArea,
  archiveGroup,
  createArea,
  createGroup,
  moveArea,
  renameArea,
  restoreArea,
  restoreGroup,
  updateGroup,
} from "@/lib/admin/groups/actions";

// Group and area names show across the whole app (menus, project pages, dashboards).
const refreshAll = () => revalidatePath("/", "layout");

export async function createGroupAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const result = await runAction(createGroup, formDataToObject(formData));
  if (result.status === "error") return refusal(result, formData);
  if (result.status !== "success") return { status: "idle" };
  refreshAll();
  // A new group needs its cooperation areas next: they are on its page.
  redirect(`/admin/groups/${result.data.groupId}?created=1`);
}

export async function updateGroupAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const result = await runAction(updateGroup, formDataToObject(formData));
  if (result.status === "error") return refusal(result, formData);
  refreshAll();
  return saved();
}

function commandState<T extends object>(result: ActionState<T>): CommandState {
  if (result.status === "error")
    return { status: "error", message: result.message, attempt: crypto.randomUUID() };
  refreshAll();
  const data: { position?: unknown; total?: unknown } =
    result.status === "success" ? result.data : {};
  const number = (value: unknown) => (typeof value === "number" ? value : undefined);
  return {
    status: "done",
    attempt: crypto.randomUUID(),
    position: number(data.position),
    total: number(data.total),
  };
}

export async function archiveGroupAction(_p: CommandState, formData: FormData) {
  return commandState(await runAction(archiveGroup, formDataToObject(formData)));
}

export async function restoreGroupAction(_p: CommandState, formData: FormData) {
  return commandState(await runAction(restoreGroup, formDataToObject(formData)));
}

export async function createAreaAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const result = await runAction(createArea, formDataToObject(formData));
  if (result.status === "error") return refusal(result, formData);
  refreshAll();
  return saved();
}

export async function renameAreaAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const result = await runAction(renameArea, formDataToObject(formData));
  if (result.status === "error") return refusal(result, formData);
  refreshAll();
  return saved();
}

export async function moveAreaAction(_p: CommandState, formData: FormData) {
  return commandState(await runAction(moveArea, formDataToObject(formData)));
}

export async function archiveAreaAction(_p: CommandState, formData: FormData) {
  return commandState(await runAction(archiveArea, formDataToObject(formData)));
}

export async function restoreAreaAction(_p: CommandState, formData: FormData) {
  return commandState(await runAction(restoreArea, formDataToObject(formData)));
}
