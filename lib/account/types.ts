/** One of the user's open sessions, as the profile lists it (issue 18.5). */
export interface ProfileSession {
  id: string;
  /** "Firefox on Windows"; null when the browser said nothing we know. */
  device: string | null;
  ip: string | null;
  lastSeenAt: string;
  createdAt: string;
  current: boolean;
}
