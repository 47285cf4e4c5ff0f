"use server";

import { formAction } from "@/lib/forms/server";
import {
  cancelMeeting,
  closeMeeting,
  createMeeting,
  holdMeeting,
  publishBrief,
  reopenMeeting,
  updateAttendees,
  updateMeeting,
  updateMinutes,
} from "./actions";
import { MEETING_PAGES } from "./rules";

// After a conflict too (the kit refreshes then): the page shows what someone else changed.
// A saved meeting's number may have changed: the browser goes to the meeting as it is now.
export const createMeetingAction = formAction(createMeeting, {
  revalidate: MEETING_PAGES,
  redirect: (saved) => `/g/${saved.groupSlug}/meetings/${saved.number}`,
});

export const updateMeetingAction = formAction(updateMeeting, {
  revalidate: MEETING_PAGES,
  redirect: (saved) => `/g/${saved.groupSlug}/meetings/${saved.number}`,
});

export const holdMeetingAction = formAction(holdMeeting, { revalidate: MEETING_PAGES });

export const closeMeetingAction = formAction(closeMeeting, { revalidate: MEETING_PAGES });

export const reopenMeetingAction = formAction(reopenMeeting, { revalidate: MEETING_PAGES });

export const updateMinutesAction = formAction(updateMinutes, { revalidate: MEETING_PAGES });

export const updateAttendeesAction = formAction(updateAttendees, { revalidate: MEETING_PAGES });

export const cancelMeetingAction = formAction(cancelMeeting, { revalidate: MEETING_PAGES });

export const publishBriefAction = formAction(publishBrief, { revalidate: MEETING_PAGES });
