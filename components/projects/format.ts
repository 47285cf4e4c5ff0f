import type { useFormatter } from "next-intl";

type Formatter = ReturnType<typeof useFormatter>;

/** A calendar date ("2018-03-15") in the reader's locale; no time zone may shift the day. */
export function formatDay(format: Formatter, isoDate: string): string {
  return format.dateTime(new Date(`${isoDate}T00:00:00Z`), {
    dateStyle: "medium",
    timeZone: "UTC",
  });
}

/** A moment (ISO 8601 timestamp) as date and time in the reader's locale and time zone. */
export function formatMoment(format: Formatter, iso: string): string {
  return format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
}
