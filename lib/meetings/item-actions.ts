"use server";

import type { ActionState } from "@/lib/actions/guard";
import { runAction } from "@/lib/actions/run";
import {
  addMeetingActionItem,
  deleteMeetingActionItem,
  updateMeetingActionItem,
} from "./action-items";
import { addAgendaItem, deleteAgendaItem, reorderAgenda, updateAgendaItem } from "./agenda";
import { addDecision, deleteDecision, reorderDecisions, updateDecision } from "./decisions";
import type { MeetingFormState, ReorderRequest } from "./form-state";
import { refreshes, revalidateFollowUpPages, revalidateMeetingPages, runForm } from "./respond";

export async function addAgendaItemAction(_previous: MeetingFormState, formData: FormData) {
  return runForm(addAgendaItem, formData);
}
export async function updateAgendaItemAction(_previous: MeetingFormState, formData: FormData) {
  return runForm(updateAgendaItem, formData);
}
export async function deleteAgendaItemAction(_previous: MeetingFormState, formData: FormData) {
  return runForm(deleteAgendaItem, formData);
}

export async function addDecisionAction(_previous: MeetingFormState, formData: FormData) {
  return runForm(addDecision, formData);
}
export async function updateDecisionAction(_previous: MeetingFormState, formData: FormData) {
  return runForm(updateDecision, formData);
}
export async function deleteDecisionAction(_previous: MeetingFormState, formData: FormData) {
  return runForm(deleteDecision, formData);
}

export async function addActionItemAction(_previous: MeetingFormState, formData: FormData) {
  return runForm(addMeetingActionItem, formData, revalidateFollowUpPages);
}
export async function updateActionItemAction(_previous: MeetingFormState, formData: FormData) {
  return runForm(updateMeetingActionItem, formData, revalidateFollowUpPages);
}
export async function deleteActionItemAction(_previous: MeetingFormState, formData: FormData) {
  return runForm(deleteMeetingActionItem, formData, revalidateFollowUpPages);
}

export async function reorderAgendaAction(request: ReorderRequest): Promise<ActionState> {
  const result = await runAction(reorderAgenda, request);
  if (refreshes(result)) revalidateMeetingPages();
  return result;
}

export async function reorderDecisionsAction(request: ReorderRequest): Promise<ActionState> {
  const result = await runAction(reorderDecisions, request);
  if (refreshes(result)) revalidateMeetingPages();
  return result;
}
