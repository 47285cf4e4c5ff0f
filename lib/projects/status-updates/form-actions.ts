"use server";

import { formAction } from "@/lib/forms/server";
import { PROJECT_PAGES } from "@/lib/projects/rules";
import { confirmStatusUpdate, postStatusUpdate, translateStatusUpdate } from "./actions";

// After a conflict too (the kit refreshes then): the page shows what the other writer changed.
export const postStatusUpdateAction = formAction(postStatusUpdate, { revalidate: PROJECT_PAGES });

export const confirmStatusUpdateAction = formAction(confirmStatusUpdate, {
  revalidate: PROJECT_PAGES,
});

export const translateStatusUpdateAction = formAction(translateStatusUpdate, {
  revalidate: PROJECT_PAGES,
});
