// What coordinators see of the reminders before a meeting. Types only.
import type { LocalizedValues } from "@/lib/i18n/localized";
import type { Delegation } from "@/lib/vocabulary";

export interface PendingProject {
  id: string;
  code: string;
  title: LocalizedValues;
}

/** A contact person with their projects that have no update from their side yet. */
export interface PendingContact {
  userId: string;
  name: string;
  delegation: Delegation;
  /** An active member of the group: only they are reminded. */
  reachable: boolean;
  projects: PendingProject[];
}

/** The last "Send reminder now", from the audit log. */
export interface SentReminder {
  at: string;
  byName: string | null;
  contacts: number;
}

/** The "Updates before the meeting" section of a planned meeting. */
export interface ReminderOverview {
  /** The day updates are due by. */
  cutoff: string;
  /** Updates count from this day on (the previous held meeting's first day). */
  since: string;
  /** Open projects of the group. */
  projects: number;
  contacts: PendingContact[];
  /** Projects no side has reported on since the previous meeting. */
  unreported: PendingProject[];
  lastSent: SentReminder | null;
  /** When "Send reminder now" may be pressed again; null when it may now. */
  nextAllowedAt: string | null;
}

/** What "Send reminder now" answers: how many were reminded. */
export interface SentReminders {
  contacts: number;
}
