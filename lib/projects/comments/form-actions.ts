"use server";

import { formAction } from "@/lib/forms/server";
import { PROJECT_PAGES } from "@/lib/projects/rules";
import { addComment } from "./actions";

export const addCommentAction = formAction(addComment, { revalidate: PROJECT_PAGES });
