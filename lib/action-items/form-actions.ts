"use server";

import { formAction } from "@/lib/forms/server";
import { completeActionItem, reopenActionItem } from "./actions";
import { ACTION_ITEM_PAGES } from "./rules";

// After a conflict too: the page then shows the state someone else left the item in.
export const completeActionItemAction = formAction(completeActionItem, {
  revalidate: ACTION_ITEM_PAGES,
});

export const reopenActionItemAction = formAction(reopenActionItem, {
  revalidate: ACTION_ITEM_PAGES,
});
