import type { useFormatter } from "next-intl";

type Formatter = ReturnType<typeof useFormatter>;

/** A calendar date ("2018-03-15") written out as in a document: "15 March 2018". */
export function formatLongDay(format: Formatter, isoDate: string): string {
  return format.dateTime(new Date(`${isoDate}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
}

/** The day of a moment, in the reader's time zone. */
export function formatMomentDay(format: Formatter, moment: Date): string {
  return format.dateTime(moment, { dateStyle: "long" });
}

/** The plan a form acts on, and its group: every plan form sends both (hidden fields). */
export interface PlanIds {
  groupId: string;
  planId: string;
}
