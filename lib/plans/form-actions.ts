"use server";

import { formAction } from "@/lib/forms/server";
import {
  addProjects,
  approvePlan,
  createPlan,
  deletePlan,
  removeProject,
  updatePlan,
} from "@/lib/plans/actions";
import { GROUP_PAGES, planPath, plansPath } from "@/lib/plans/rules";

// Pages are refreshed after a success only (the function form): a refused write changed
// nothing, and a refresh would take away the form saying why, e.g. of a plan approved meanwhile.
export const createPlanAction = formAction(createPlan, {
  revalidate: () => GROUP_PAGES,
  redirect: planPath,
});

export const updatePlanAction = formAction(updatePlan, { revalidate: () => GROUP_PAGES });

export const addProjectsAction = formAction(addProjects, { revalidate: () => GROUP_PAGES });

export const removeProjectAction = formAction(removeProject, { revalidate: () => GROUP_PAGES });

export const approvePlanAction = formAction(approvePlan, { revalidate: () => GROUP_PAGES });

export const deletePlanAction = formAction(deletePlan, {
  revalidate: () => GROUP_PAGES,
  redirect: plansPath,
});
