"use server";

import { formAction } from "@/lib/forms/server";
import { SETTINGS_PAGE } from "@/lib/notifications/preferences/rules";
import { createCalendarFeed, revokeCalendarFeed } from "./actions";

// The answer carries the new address's secret: the page shows it this once.
export const createCalendarFeedAction = formAction(createCalendarFeed, {
  revalidate: [SETTINGS_PAGE],
});

export const revokeCalendarFeedAction = formAction(revokeCalendarFeed, {
  revalidate: [SETTINGS_PAGE],
});
