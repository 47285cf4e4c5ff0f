"use server";

import { formAction } from "@/lib/forms/server";
import { archiveProject, createProject, restoreProject, updateProject } from "./actions";
import { groupPages, projectPath } from "./rules";

export const createProjectAction = formAction(createProject, {
  revalidate: groupPages,
  redirect: projectPath,
  // A refused form shows everything typed again, the project's code included.
  shown: ["code"],
});

export const updateProjectAction = formAction(updateProject, {
  revalidate: groupPages,
  redirect: projectPath,
  // A refused form shows everything typed again, the project's code included.
  shown: ["code"],
});

export const archiveProjectAction = formAction(archiveProject, {
  revalidate: groupPages,
  redirect: projectPath,
});

// Restored, the project opens in its edit form again.
export const restoreProjectAction = formAction(restoreProject, {
  revalidate: groupPages,
  redirect: (saved) => `${projectPath(saved)}/edit`,
});
