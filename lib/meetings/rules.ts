import { ACTION_ITEM_PAGES } from "@/lib/action-items/rules";
import { timeZoneFor } from "@/lib/i18n/time-zone";
import type { Delegation, MeetingState } from "@/lib/vocabulary";

/** Limits of the meeting forms, shared by the server schemas and the browser (no zod here). */
export const MEETING_LIMITS = {
  number: 999,
  city: 100,
  title: 300,
  minutes: 20_000,
  decision: 2_000,
  actionText: 1_000,
  guestName: 200,
  capacity: 200,
  linkedProjects: 40,
  items: 80,
  attendees: 200,
  guests: 100,
} as const;

/** The record's pages, refreshed after a write: the list, the meeting, its brief and minutes. */
export const MEETING_PAGES = [{ path: "/g/[group]/meetings", type: "layout" }] as const;

/** Action items also show on the action-item list, "my projects" and the dashboard. */
export const FOLLOW_UP_PAGES = [...MEETING_PAGES, ...ACTION_ITEM_PAGES] as const;

export type MeetingPhase = MeetingState | "closed";

/** Planned, held, closed (held, minutes final) or cancelled. */
export function phaseOf(meeting: { state: MeetingState; closedAt: unknown }): MeetingPhase {
  if (meeting.closedAt) return "closed";
  return meeting.state;
}

/** Today where the meeting takes place: a meeting in Murmansk starts by Moscow's calendar. */
export function meetingToday(country: Delegation, now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: timeZoneFor(country),
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

/** A meeting can be marked as held from its first day on, not before. */
export function mayBeHeld(
  meeting: { startsOn: string; country: Delegation },
  now: Date = new Date(),
): boolean {
  return meeting.startsOn <= meetingToday(meeting.country, now);
}

/** The day updates are due by and the brief reports up to: the cut-off, else the first day. */
export const cutoffOf = (meeting: { briefCutoffOn: string | null; startsOn: string }): string =>
  meeting.briefCutoffOn ?? meeting.startsOn;

interface Whereabouts {
  startsOn: string;
  endsOn: string;
  city: { nb: string | null; ru: string | null; en: string | null };
  country: Delegation;
}

/**
 * Whether a change of details moves the meeting (its calendar entry changes): other dates,
 * another country, or a city name changed or removed. Adding a missing translation is no move.
 */
export function hasMoved(before: Whereabouts, after: Whereabouts): boolean {
  if (before.startsOn !== after.startsOn || before.endsOn !== after.endsOn) return true;
  if (before.country !== after.country) return true;
  return (["nb", "ru", "en"] as const).some(
    (lang) => before.city[lang] !== null && before.city[lang] !== after.city[lang],
  );
}

/** Whether the group still needs to hear of the meeting: its last day is not past. */
export const isAhead = (
  meeting: { endsOn: string; country: Delegation },
  now: Date = new Date(),
): boolean => meeting.endsOn >= meetingToday(meeting.country, now);

/** "Send reminder now" is refused this soon after the previous one. */
export const REMINDER_PAUSE_MINUTES = 60;
