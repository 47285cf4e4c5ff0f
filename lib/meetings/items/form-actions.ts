"use server";

import type { ActionState } from "@/lib/actions/guard";
import { runAction } from "@/lib/actions/run";
import type { MeetingFormState, ReorderRequest } from "@/lib/meetings/form-state";
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
} from "@/lib/meetings/items/actions";
import {
  refreshes,
  revalidateFollowUpPages,
  revalidateMeetingPages,
  runForm,
} from "@/lib/meetings/respond";

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
