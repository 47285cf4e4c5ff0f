import type { GroupRole } from "@/lib/vocabulary";
import type { SessionUser } from "./session-user";

/** A working group the viewer may open. */
export interface ViewerGroup {
  id: string;
  slug: string;
  nameNb: string;
  nameRu: string;
  nameEn: string;
  /** The viewer's role; null for an admin who is not a member. */
  role: GroupRole | null;
}

/** Everything every signed-in page needs about its reader, from one query. */
export interface Viewer {
  user: SessionUser;
  groups: ViewerGroup[];
  demo: boolean;
  /** Signed in with a one-time password: every page sends them to the password change first. */
  mustChangePassword: boolean;
  twoFactorEnabled: boolean;
  /** A role of theirs must use two-factor sign-in and they have not set it up: every page sends them there. */
  mustEnrollTwoFactor: boolean;
  /** Unread notifications: the number on the shell's bell. */
  unreadNotifications: number;
}

/**
 * Where the sign-in form stands after an answer: still the password, or — the password was
 * right and the account has two-factor sign-in — the code. Never the password itself.
 */
export interface SignInStep {
  step: "password" | "code";
  email: string;
}
