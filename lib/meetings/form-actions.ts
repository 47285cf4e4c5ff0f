"use server";

import { redirect } from "next/navigation";
import {
  closeMeeting,
  createMeeting,
  holdMeeting,
  reopenMeeting,
  type SavedMeeting,
  updateAttendees,
  updateMeeting,
  updateMinutes,
} from "@/lib/meetings/actions";
import type { MeetingFormState } from "@/lib/meetings/form-state";
import { runForm } from "@/lib/meetings/respond";

const meetingPath = (saved: SavedMeeting) => `/g/${saved.groupSlug}/meetings/${saved.number}`;

export async function createMeetingAction(_previous: MeetingFormState, formData: FormData) {
  const result = await runForm(createMeeting, formData);
  if (result.status === "success") redirect(meetingPath(result.data));
  return result;
}

export async function updateMeetingAction(_previous: MeetingFormState, formData: FormData) {
  const result = await runForm(updateMeeting, formData);
  if (result.status === "success") redirect(meetingPath(result.data));
  return result;
}

export async function holdMeetingAction(_previous: MeetingFormState, formData: FormData) {
  return runForm(holdMeeting, formData);
}

export async function closeMeetingAction(_previous: MeetingFormState, formData: FormData) {
  return runForm(closeMeeting, formData);
}

export async function reopenMeetingAction(_previous: MeetingFormState, formData: FormData) {
  return runForm(reopenMeeting, formData);
}

export async function updateMinutesAction(_previous: MeetingFormState, formData: FormData) {
  return runForm(updateMinutes, formData);
}

export async function updateAttendeesAction(_previous: MeetingFormState, formData: FormData) {
  return runForm(updateAttendees, formData);
}
