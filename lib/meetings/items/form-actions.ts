"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run";
import { formAction } from "@/lib/forms/server";
import { FOLLOW_UP_PAGES, MEETING_PAGES } from "@/lib/meetings/rules";
import type { ReorderAnswer, ReorderRequest } from "@/lib/meetings/types";
import {
  addAgendaItem,
  addDecision,
  addMeetingActionItem,
  deleteAgendaItem,
  deleteDecision,
  deleteMeetingActionItem,
  reorderAgenda,
  reorderDecisions,
  updateAgendaItem,
  updateDecision,
  updateMeetingActionItem,
} from "./actions";

// After a conflict too (the kit refreshes then): the page shows what someone else changed.
export const addAgendaItemAction = formAction(addAgendaItem, { revalidate: MEETING_PAGES });
export const updateAgendaItemAction = formAction(updateAgendaItem, { revalidate: MEETING_PAGES });
export const deleteAgendaItemAction = formAction(deleteAgendaItem, { revalidate: MEETING_PAGES });

export const addDecisionAction = formAction(addDecision, { revalidate: MEETING_PAGES });
export const updateDecisionAction = formAction(updateDecision, { revalidate: MEETING_PAGES });
export const deleteDecisionAction = formAction(deleteDecision, { revalidate: MEETING_PAGES });

export const addActionItemAction = formAction(addMeetingActionItem, {
  revalidate: FOLLOW_UP_PAGES,
});
export const updateActionItemAction = formAction(updateMeetingActionItem, {
  revalidate: FOLLOW_UP_PAGES,
});
export const deleteActionItemAction = formAction(deleteMeetingActionItem, {
  revalidate: FOLLOW_UP_PAGES,
});

// The list editors reorder with a call, not a form: the whole list in its new order. After a
// refusal too the page is refreshed, so the editor shows the order as it is now.

export async function reorderAgendaAction(request: ReorderRequest): Promise<ReorderAnswer> {
  const result = await runAction(reorderAgenda, request);
  if (result.status === "success" || result.code === "conflict")
    revalidatePath(MEETING_PAGES[0].path, MEETING_PAGES[0].type);
  return result;
}

export async function reorderDecisionsAction(request: ReorderRequest): Promise<ReorderAnswer> {
  const result = await runAction(reorderDecisions, request);
  if (result.status === "success" || result.code === "conflict")
    revalidatePath(MEETING_PAGES[0].path, MEETING_PAGES[0].type);
  return result;
}
