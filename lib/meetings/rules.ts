import { timeZoneFor } from "@/lib/i18n/time-zone";
import type { Delegation } from "@/lib/vocabulary";

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

export type MeetingPhase = "planned" | "held" | "closed";

export function phaseOf(meeting: { state: "planned" | "held"; closedAt: unknown }): MeetingPhase {
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
