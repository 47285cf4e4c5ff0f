import type { User } from "@/db/schema";
import type { Delegation, Locale } from "@/lib/vocabulary";

/** What the rest of the app knows about the signed-in user (never the password hash). */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  delegation: Delegation;
  locale: Locale;
  isAdmin: boolean;
}

export function toSessionUser(user: User): SessionUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    delegation: user.delegation,
    locale: user.locale,
    isAdmin: user.isAdmin,
  };
}

export function sessionIsValid(
  user: Pick<User, "active" | "sessionVersion"> | undefined,
  token: { sessionVersion: number; signedInAt: number; nowSeconds: number; maxAgeSeconds: number },
): boolean {
  if (!user?.active) return false;
  if (user.sessionVersion !== token.sessionVersion) return false;
  // Absolute lifetime: activity does not stretch a session past its maximum age.
  return token.nowSeconds - token.signedInAt < token.maxAgeSeconds;
}
