"use server";

import { formAction } from "@/lib/forms/server";
import { saveNotificationSettings } from "./actions";
import { SETTINGS_PAGE } from "./rules";

export const saveNotificationSettingsAction = formAction(saveNotificationSettings, {
  revalidate: [SETTINGS_PAGE],
});
