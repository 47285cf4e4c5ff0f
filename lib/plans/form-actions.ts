"use server";

import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/actions/guard";
import { formDataToObject, runAction } from "@/lib/actions/run";
import {
  addProjects,
  approvePlan,
  createPlan,
  deletePlan,
  removeProject,
  updatePlan,
} from "@/lib/plans/actions";
import type { SavedPlan } from "@/lib/plans/writes";
import { type FormState, submittedValues } from "@/lib/projects/update-form-state";

const PERIOD_FIELDS = ["periodStart", "periodEnd"] as const;
const APPROVAL_FIELDS = ["meetingId", "approvedOn"] as const;

/** Every page of the group may show a plan (lists, filters, project pages): refresh them all. */
function revalidateGroup() {
  revalidatePath("/g/[group]", "layout");
}

const planPath = ({ groupSlug, number }: SavedPlan) => `/g/${groupSlug}/plans/${number}`;

function answer<T>(
  result: ActionState<T>,
  raw: Record<string, unknown>,
  fields: readonly string[],
): FormState<T> {
  if (result.status === "success") revalidateGroup();
  return { ...result, values: submittedValues(raw, fields), nonce: randomUUID() };
}

export async function createPlanAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const raw = formDataToObject(formData);
  const result = await runAction(createPlan, raw);
  const state = answer(result, raw, PERIOD_FIELDS);
  if (result.status === "success") redirect(planPath(result.data));
  // The checkbox comes after a hidden "0": the last value is the one that counts.
  const carryOver = [raw.carryOver].flat().at(-1);
  return { ...state, values: { ...state.values, carryOver: String(carryOver ?? "0") } };
}

export async function updatePlanAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const raw = formDataToObject(formData);
  return answer(await runAction(updatePlan, raw), raw, PERIOD_FIELDS);
}

export async function addProjectsAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const raw = formDataToObject(formData);
  const state = answer(await runAction(addProjects, raw), raw, []);
  // The ticked projects, so that a refused form shows them ticked again.
  const projectIds = [raw.projectIds ?? []].flat().filter((v) => typeof v === "string");
  return { ...state, values: { projectIds: projectIds.join(",") } };
}

export async function removeProjectAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const raw = formDataToObject(formData);
  return answer(await runAction(removeProject, raw), raw, []);
}

export async function approvePlanAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const raw = formDataToObject(formData);
  return answer(await runAction(approvePlan, raw), raw, APPROVAL_FIELDS);
}

export async function deletePlanAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const raw = formDataToObject(formData);
  const result = await runAction(deletePlan, raw);
  if (result.status !== "success") return answer(result, raw, []);
  revalidateGroup();
  redirect(`/g/${result.data.groupSlug}/plans`);
}
