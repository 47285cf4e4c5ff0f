"use server";

import { formAction } from "@/lib/forms/server";
import { markAllNotificationsRead, markNotificationRead } from "./actions";
import { EVERY_BELL } from "./rules";

export const markNotificationReadAction = formAction(markNotificationRead, {
  revalidate: EVERY_BELL,
});

export const markAllNotificationsReadAction = formAction(markAllNotificationsRead, {
  revalidate: EVERY_BELL,
});
