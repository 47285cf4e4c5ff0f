"use server";

import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/actions/guard";
import { formDataToObject, runAction } from "@/lib/actions/run";
import { type CommandState, type FormState, refusal, saved } from "@/lib/admin/form-state";
import { setTwoFactorRequirement } from "@/lib/admin/settings/actions";
import {
  type CreatedUser,
  createUser,
  deactivateUser,
  endSessions,
  reactivateUser,
  resetPassword,
  resetTwoFactor,
  setMemberships,
  updateUser,
} from "@/lib/admin/users/actions";
import { membershipsFromForm } from "@/lib/admin/users/input";

export type CreateUserState =
  | FormState
  | { status: "created"; user: CreatedUser & { name: string } };

// Names, roles and access show across the whole app (menus, group switcher, member lists).
const refreshAll = () => revalidatePath("/", "layout");

export async function createUserAction(
  _previous: CreateUserState,
  formData: FormData,
): Promise<CreateUserState> {
  const values = formDataToObject(formData);
  const result = await runAction(createUser, {
    ...values,
    memberships: membershipsFromForm(values),
  });
  if (result.status === "error") return refusal(result, formData);
  if (result.status !== "success") return { status: "idle" };
  refreshAll();
  return { status: "created", user: { ...result.data, name: String(values.name ?? "").trim() } };
}

export async function updateUserAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const result = await runAction(updateUser, formDataToObject(formData));
  if (result.status === "error") return refusal(result, formData);
  refreshAll();
  return saved();
}

export async function setMembershipsAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const values = formDataToObject(formData);
  const result = await runAction(setMemberships, {
    userId: values.userId,
    memberships: membershipsFromForm(values),
  });
  if (result.status === "error") return refusal(result, formData);
  refreshAll();
  return saved();
}

function commandState<T extends object>(result: ActionState<T>): CommandState {
  if (result.status === "error")
    return { status: "error", message: result.message, attempt: crypto.randomUUID() };
  refreshAll();
  const data: { initialPassword?: unknown } = result.status === "success" ? result.data : {};
  const initialPassword =
    typeof data.initialPassword === "string" ? data.initialPassword : undefined;
  return { status: "done", attempt: crypto.randomUUID(), initialPassword };
}

const userRef = (formData: FormData) => ({ userId: formData.get("userId") });

export async function deactivateUserAction(_p: CommandState, formData: FormData) {
  return commandState(await runAction(deactivateUser, userRef(formData)));
}

export async function reactivateUserAction(_p: CommandState, formData: FormData) {
  return commandState(await runAction(reactivateUser, userRef(formData)));
}

export async function resetPasswordAction(_p: CommandState, formData: FormData) {
  return commandState(await runAction(resetPassword, userRef(formData)));
}

export async function endSessionsAction(_p: CommandState, formData: FormData) {
  return commandState(await runAction(endSessions, userRef(formData)));
}

export async function resetTwoFactorAction(_p: CommandState, formData: FormData) {
  return commandState(await runAction(resetTwoFactor, userRef(formData)));
}

export async function setTwoFactorRequirementAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const result = await runAction(setTwoFactorRequirement, { roles: formData.getAll("roles") });
  if (result.status === "error") return refusal(result, formData);
  refreshAll();
  return saved();
}
