import "server-only";
import { workingGroups } from "@/db/schema";
import { localizedColumns } from "@/lib/i18n/localized";

/*
 * The working-group columns many reads select alike, defined once: spread them into a select.
 */

/** A group's slug and its name in nb, ru and en. */
export const groupNameColumns = {
  slug: workingGroups.slug,
  ...localizedColumns(workingGroups, "name"),
};

/** The same, for a row about something else in the group (a meeting, an action item). */
export const groupLabelColumns = {
  groupSlug: workingGroups.slug,
  ...localizedColumns(workingGroups, "name", "group"),
};
