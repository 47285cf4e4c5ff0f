"use server";

import { EVERY_PAGE } from "@/lib/admin/rules";
import { formAction } from "@/lib/forms/server";
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
} from "./actions";

// A new group needs its cooperation areas next: they are on its page.
export const createGroupAction = formAction(createGroup, {
  revalidate: EVERY_PAGE,
  redirect: (group) => `/admin/groups/${group.groupId}?created=1`,
});

export const updateGroupAction = formAction(updateGroup, { revalidate: EVERY_PAGE });

export const archiveGroupAction = formAction(archiveGroup, { revalidate: EVERY_PAGE });

export const restoreGroupAction = formAction(restoreGroup, { revalidate: EVERY_PAGE });

export const createAreaAction = formAction(createArea, { revalidate: EVERY_PAGE });

export const renameAreaAction = formAction(renameArea, { revalidate: EVERY_PAGE });

// The answer names the area's new place, which the list announces.
export const moveAreaAction = formAction(moveArea, { revalidate: EVERY_PAGE });

export const archiveAreaAction = formAction(archiveArea, { revalidate: EVERY_PAGE });

export const restoreAreaAction = formAction(restoreArea, { revalidate: EVERY_PAGE });
