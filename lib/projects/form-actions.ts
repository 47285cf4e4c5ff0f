"use server";

import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/actions/guard";
import { formDataToObject, runAction } from "@/lib/actions/run";
import {
  archiveProject,
  createProject,
  restoreProject,
  type SavedProject,
  updateProject,
} from "@/lib/projects/actions";
import { type ArchiveState, type ProjectFormState, submittedValues } from "@/lib/projects/rules";

const projectPath = ({ groupSlug, code }: SavedProject) =>
  `/g/${groupSlug}/projects/${encodeURIComponent(code)}`;

async function afterSave(
  result: ActionState<SavedProject>,
  formData: FormData,
): Promise<ProjectFormState> {
  if (result.status !== "success") {
    if (result.status !== "error") return { status: "idle" };
    const values = submittedValues(formData);
    const conflict = result.conflict?.changes.length ? result.conflict : null;
    // The user has now seen what changed: a second save knowingly applies their values.
    if (conflict) values.version = conflict.current;
    return {
      status: "error",
      code: result.code,
      message: result.message,
      fieldErrors: result.fieldErrors ?? {},
      conflict,
      values,
      attempt: randomUUID(),
    };
  }
  revalidatePath(`/g/${result.data.groupSlug}`, "layout");
  redirect(projectPath(result.data));
}

export async function createProjectAction(
  _previous: ProjectFormState,
  formData: FormData,
): Promise<ProjectFormState> {
  return afterSave(await runAction(createProject, formDataToObject(formData)), formData);
}

export async function updateProjectAction(
  _previous: ProjectFormState,
  formData: FormData,
): Promise<ProjectFormState> {
  return afterSave(await runAction(updateProject, formDataToObject(formData)), formData);
}

async function afterArchive(
  result: ActionState<SavedProject>,
  destination: (saved: SavedProject) => string,
): Promise<ArchiveState> {
  if (result.status !== "success")
    return { message: result.status === "error" ? result.message : undefined };
  revalidatePath(`/g/${result.data.groupSlug}`, "layout");
  redirect(destination(result.data));
}

export async function archiveProjectAction(
  _previous: ArchiveState,
  formData: FormData,
): Promise<ArchiveState> {
  return afterArchive(await runAction(archiveProject, formDataToObject(formData)), projectPath);
}

export async function restoreProjectAction(
  _previous: ArchiveState,
  formData: FormData,
): Promise<ArchiveState> {
  return afterArchive(
    await runAction(restoreProject, formDataToObject(formData)),
    (saved) => `${projectPath(saved)}/edit`,
  );
}
