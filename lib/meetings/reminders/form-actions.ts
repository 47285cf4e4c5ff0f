"use server";

import { formAction } from "@/lib/forms/server";
import { MEETING_PAGES } from "@/lib/meetings/rules";
import { sendReminders } from "./actions";

export const sendRemindersAction = formAction(sendReminders, { revalidate: MEETING_PAGES });
