import type { Delegation, GroupRole, Locale } from "@/lib/vocabulary";

/** A user's role in one working group, with the group's names (archived groups included). */
export interface UserMembership {
  groupId: string;
  slug: string;
  nameNb: string;
  nameRu: string;
  nameEn: string;
  archived: boolean;
  role: GroupRole;
}

/** A user as the administration lists and edits them: never the password hash or secrets. */
export interface AdminUserRow {
  id: string;
  email: string;
  name: string;
  delegation: Delegation;
  locale: Locale;
  position: string | null;
  isAdmin: boolean;
  active: boolean;
  mustChangePassword: boolean;
  /** Two-factor sign-in is on (never the secret or the codes). */
  twoFactor: boolean;
  memberships: UserMembership[];
}

/**
 * A new account, as its form shows it once: only the password's hash is stored. With mail, an
 * invitation went to the user instead of a one-time password for the administrator.
 */
export interface CreatedUser {
  userId: string;
  email: string;
  name: string;
  initialPassword: string | null;
  invited: boolean;
}

/** What the user edit forms start from (the checkbox as a boolean). */
export interface UserDetails {
  email: string;
  name: string;
  delegation: Delegation | "";
  locale: Locale | "";
  position: string;
  isAdmin: boolean;
}
