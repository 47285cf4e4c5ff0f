import "server-only";
import { createEvents, type EventAttributes } from "ics";

/** A day-long calendar entry: a meeting (all its days) or an action item's due date. */
export interface CalendarEntry {
  /** Stable across changes, so calendars update the entry instead of adding one. */
  uid: string;
  title: string;
  description: string;
  location?: string;
  url: string;
  /** ISO dates; the last day is included. */
  startsOn: string;
  endsOn: string;
  /** Raised each time the entry moves or is cancelled. */
  sequence: number;
  cancelled?: boolean;
  /** For an invitation by mail: who sends it and whom it invites (mail clients need both). */
  organizer?: { name: string; email: string };
  attendee?: { name: string; email: string };
}

export type CalendarMethod = "REQUEST" | "CANCEL" | "PUBLISH";

const dateArray = (iso: string): [number, number, number] => {
  const [y, m, d] = iso.split("-").map(Number);
  return [y ?? 1970, m ?? 1, d ?? 1];
};

const nextDay = (iso: string) => {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
};

/**
 * An iCalendar file: REQUEST for an invitation (or an update, with a higher SEQUENCE), CANCEL
 * when a meeting is called off, PUBLISH for a subscription feed. Meetings are whole days in
 * their own place, so the entries are all-day (DATE values); the place's time zone is named for
 * calendars that show it.
 */
export function calendarFile(
  entries: readonly CalendarEntry[],
  { method, name, timeZone }: { method: CalendarMethod; name?: string; timeZone?: string },
): string {
  const events: EventAttributes[] = entries.map((entry) => ({
    uid: entry.uid,
    title: entry.title,
    description: entry.description,
    location: entry.location,
    url: entry.url,
    start: dateArray(entry.startsOn),
    // All-day entries end on the day after their last day (RFC 5545, 3.6.1).
    end: dateArray(nextDay(entry.endsOn)),
    sequence: entry.sequence,
    status: entry.cancelled || method === "CANCEL" ? "CANCELLED" : "CONFIRMED",
    ...(entry.organizer ? { organizer: entry.organizer } : {}),
    ...(entry.attendee
      ? {
          attendees: [
            { ...entry.attendee, rsvp: false, partstat: "NEEDS-ACTION", role: "REQ-PARTICIPANT" },
          ],
        }
      : {}),
    productId: "workplan/ics",
  }));
  const { error, value } = createEvents(events, {
    productId: "workplan/ics",
    method,
    ...(name ? { calName: name } : {}),
  });
  if (error || !value) throw error ?? new Error("could not write the calendar");
  return timeZone
    ? value.replace("VERSION:2.0\r\n", `VERSION:2.0\r\nX-WR-TIMEZONE:${timeZone}\r\n`)
    : value;
}
